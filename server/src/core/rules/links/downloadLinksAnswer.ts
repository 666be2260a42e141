import { t } from '../../l10n';
import { resultsByUrl, type LinkCheckReport, type LinkResult } from '../../model/linkResults';
import { datasetRule, fieldSpan } from '../datasets/datasetRule';

const lookups = new WeakMap<LinkCheckReport, Map<string, LinkResult>>();

/**
 * basico-3b, the link-check side: if a link check was run (on demand only), every download URL it
 * asked about answered. Each dataset whose URLs were checked is one item of evidence; a URL that did
 * not answer is flagged on its `downloadURL`, with the date of the check. With no check run, this
 * rule says nothing and the requirement rests on the plan's `monitoreo`.
 */
export const downloadLinksAnswer = datasetRule('basico-3b', (scope) => {
  const report = scope.input.linkCheck;
  if (!report) {
    scope.noEvidence();
    return;
  }
  let results = lookups.get(report);
  if (!results) lookups.set(report, (results = resultsByUrl(report)));
  let checked = 0;
  for (const resource of scope.dataset.distributions) {
    const url = resource.downloadURL?.trim();
    const span = fieldSpan(resource.node, 'downloadURL');
    const result = url ? results.get(url) : undefined;
    if (!result || !span) continue;
    checked++;
    if (result.ok) continue;
    // A URL that is not http(s) was not asked at all: it is unconfirmed rather than known broken.
    // So was one whose turn came after the check's deadline.
    const unconfirmed = (result.problem === 'esquema-no-permitido' && result.redirects === 0) || result.problem === 'sin-revisar';
    scope.report(span, unconfirmed ? 'recommendation' : 'mandatory', failureMessage(result), {
      rule: 'url-no-disponible',
      url: result.url,
      checkedAt: result.checkedAt,
      ...(result.status !== undefined ? { status: result.status } : {}),
      ...(result.problem ? { problem: result.problem } : {}),
    });
  }
  // Datasets added after the check, or whose URLs are all local, hold no evidence of it.
  if (checked === 0) scope.noEvidence();
});

function failureMessage(result: LinkResult): string {
  const date = result.checkedAt.slice(0, 10);
  switch (result.problem) {
    case 'tiempo-agotado':
      return t('La revisión de enlaces del {0} no recibió respuesta de esta URL de descarga en el tiempo límite: comprueba que el servidor esté disponible.', date);
    case 'demasiadas-redirecciones':
      return t(
        'La revisión de enlaces del {0} dejó de seguir esta URL de descarga tras {1} redirecciones (demasiadas o en ciclo): enlaza directo al archivo.',
        date,
        result.redirects,
      );
    case 'esquema-no-permitido':
      return result.redirects === 0 && result.finalUrl === undefined
        ? t('La revisión de enlaces solo consulta URL http y https, así que no pudo comprobar que esta URL de descarga responda: publica los datos en una URL https.')
        : t('La revisión de enlaces del {0} encontró que esta URL de descarga redirige a «{1}», que no es una dirección http ni https.', date, result.finalUrl ?? '');
    case 'direccion-privada':
      return result.redirects === 0
        ? t(
            'La revisión de enlaces del {0} no consultó esta URL de descarga: dirección privada, no se consulta ({1} no es una dirección pública de Internet). Los datos abiertos se publican en una URL pública.',
            date,
            result.detail ?? '',
          )
        : t(
            'La revisión de enlaces del {0} encontró que esta URL de descarga redirige a «{1}»: dirección privada, no se consulta ({2} no es una dirección pública de Internet).',
            date,
            result.finalUrl ?? '',
            result.detail ?? '',
          );
    case 'sin-revisar':
      return t('La revisión de enlaces del {0} terminó su tiempo total antes de llegar a esta URL de descarga: no se comprobó; vuelve a revisar los enlaces.', date);
    case 'red':
      return t('La revisión de enlaces del {0} no pudo conectar con esta URL de descarga ({1}): revisa el dominio y que el servidor esté en línea.', date, result.detail ?? '');
    default:
      return t(
        'La revisión de enlaces del {0} recibió el estado HTTP {1} de esta URL de descarga: la URL no está disponible; corrígela o vuelve a publicar el archivo.',
        date,
        result.status ?? '',
      );
  }
}
