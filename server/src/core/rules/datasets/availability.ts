import { findMediaType } from '../../catalog/vocabularies';
import type { DistributionFacts } from '../../model/facts';
import type { FindingData } from '../../findings';
import { t } from '../../l10n';
import { isRelativePath } from '../../schema/formats';
import { asciiUrl, nonAsciiCharacters } from './asciiText';
import { datasetRule, fieldSpan, fieldText, fileName, headSpan, lineOf, reportedBySchema, resourceName, type CheckedDataset, type DatasetScope, type Span } from './datasetRule';

/**
 * intermedio-2b, availability and documentation: every download URL is direct (not the landing
 * page, not a web page), on a domain name, ASCII, not FTP, preferably https, and unique across the
 * whole workspace; every dataset has a landing page (or ADELA's `dataDictionary`) that follows the
 * same URL rules.
 */
export const availability = datasetRule(
  'intermedio-2b',
  (scope) => {
    const { dataset } = scope;
    const landingKey =
      fieldText(dataset.node, 'landingPage') !== undefined ? 'landingPage' : fieldText(dataset.node, 'dataDictionary') !== undefined ? 'dataDictionary' : undefined;
    const landing = landingKey ? fieldText(dataset.node, landingKey)! : undefined;
    if (landingKey) checkUrl(scope, landingKey, landing!, fieldSpan(dataset.node, landingKey)!);
    else if (reportedBySchema(scope.file, dataset.node, 'landingPage') || reportedBySchema(scope.file, dataset.node, 'dataDictionary')) {
      // Missing or empty is said once, at basico-2b, the lowest level it breaks.
      scope.failsWithoutFinding();
    } else {
      scope.report(
        headSpan(dataset.node),
        'mandatory',
        t('El conjunto «{0}» no tiene «landingPage»: escribe la URL de la página con su documentación o su diccionario de datos.', scope.name),
        { rule: 'sin-pagina-de-documentacion' },
      );
    }

    // Without resources there is no download URL to show available (basico-2b says the dataset has none).
    if (dataset.distributions.length === 0) scope.failsWithoutFinding();

    // Per resource, the address its download URL names (for `after`), when it is a published one.
    const addresses: Array<string | undefined> = [];
    for (const resource of dataset.distributions) {
      const url = resource.downloadURL?.trim();
      const span = fieldSpan(resource.node, 'downloadURL');
      // Relative paths are for local checks (basico-2b asks for the full URL); malformed ones are the schema's.
      const parsed = url && span && !isRelativePath(url) ? parse(url) : undefined;
      addresses.push(parsed?.href);
      if (!url || !span || !parsed) continue;
      if (!checkUrl(scope, 'downloadURL', url, span)) continue;
      if (landing && sameUrl(url, landing)) {
        scope.report(
          span,
          'mandatory',
          t(
            '«downloadURL» del recurso «{0}» es igual a «{1}»: la URL de descarga debe llevar directo al archivo de datos, no a la página de documentación.',
            resourceName(dataset, resource),
            landingKey!,
          ),
          { rule: 'url-no-directa', url },
        );
      } else if (isWebPage(url, resource.mediaType)) {
        scope.report(
          span,
          'mandatory',
          t(
            '«downloadURL» del recurso «{0}» lleva a una página web ({1}), no a los datos: enlaza directo al archivo (CSV, JSON…) o al servicio, y deja la página en «landingPage».',
            resourceName(dataset, resource),
            url,
          ),
          { rule: 'url-no-directa', url },
        );
      }
    }
    return addresses;
  },
  {
    after(_input, datasets, report) {
      // The first resource (in file order) keeps a URL; every later one that repeats it is flagged.
      // Where the first one is, is worked out only when a repeat names it.
      const first = new Map<string, { checked: CheckedDataset<Array<string | undefined>>; resource: DistributionFacts }>();
      let failed = 0;
      for (const checked of datasets) {
        checked.dataset.distributions.forEach((resource, i) => {
          const address = checked.value[i];
          if (address === undefined) return;
          const seen = first.get(address);
          if (!seen) {
            first.set(address, { checked, resource });
            return;
          }
          failed++;
          const url = resource.downloadURL!.trim();
          const firstFile = seen.checked.file.id;
          const firstLine = lineOf(seen.checked.file, fieldSpan(seen.resource.node, 'downloadURL')!.start);
          const where = firstFile === checked.file.id ? t('este archivo') : fileName(firstFile);
          report(
            checked.file.id,
            fieldSpan(resource.node, 'downloadURL')!,
            'mandatory',
            t(
              'La URL de descarga {0} ya la usa el recurso «{1}» ({2}, línea {3}): cada recurso necesita su propia URL, única y permanente.',
              url,
              resourceName(seen.checked.dataset, seen.resource),
              where,
              firstLine,
            ),
            { rule: 'url-repetida', url, firstFile, firstLine },
          );
        });
      }
      return { items: 0, failed };
    },
  },
);

/** Checks what every published URL must be; returns false when it is not worth checking further. */
function checkUrl(scope: DatasetScope, key: string, url: string, span: Span): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  const report = (rule: string, message: string, weight: 'mandatory' | 'recommendation' = 'mandatory', data: Omit<FindingData, 'rule'> = {}): void =>
    scope.report(span, weight, message, { rule, url, field: key, ...data });
  const characters = nonAsciiCharacters(url);
  if (characters.length > 0) {
    report(
      'url-no-ascii',
      t('«{0}» tiene caracteres que no son ASCII ({1}): publica el archivo en una ruta sin acentos, eñes ni espacios, p. ej. {2}', key, characters.join(' '), asciiUrl(url)),
      'mandatory',
      { suggestion: asciiUrl(url) },
    );
  }
  if (parsed.protocol === 'ftp:') {
    report(
      'url-ftp',
      t(
        '«{0}» usa FTP ({1}): la guía no cuenta FTP como datos abiertos, porque no es un enlace directo que abra cualquier navegador; publica el archivo en una URL web (http://, mejor https://).',
        key,
        url,
      ),
    );
    return false;
  }
  if (isIpAddress(parsed.hostname)) {
    report(
      'url-ip',
      t(
        '«{0}» usa una dirección IP ({1}) en lugar de un nombre de dominio: las IP cambian y no identifican a la institución; usa el dominio institucional (p. ej. datos.institucion.gob.mx).',
        key,
        parsed.hostname,
      ),
    );
  }
  // http is allowed, https preferred. The tip is not given on a bare IP (https would not fix that),
  // and it proposes the escaped URL, never one that still holds spaces.
  if (parsed.protocol === 'http:' && !isIpAddress(parsed.hostname)) {
    const https = parsed.href.replace(/^http:/i, 'https:');
    report(
      'url-http',
      t('«{0}» usa http, que la guía acepta; se prefiere https ({1}), para que los datos lleguen íntegros y los navegadores no bloqueen la descarga.', key, https),
      'recommendation',
      { https },
    );
  }
  return true;
}

function parse(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'ftp:'].includes(parsed.protocol) && parsed.hostname !== '' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isIpAddress(hostname: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

/** Two URLs that name the same address (scheme and host case, default port and a final slash aside). */
function sameUrl(a: string, b: string): boolean {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return a === b;
  const key = (url: URL): string => url.href.replace(/\/$/, '');
  return key(left) === key(right);
}

/** A download URL that is a web page: declared `text/html`, or a path ending in `.html`/`.htm`. */
function isWebPage(url: string, mediaType: string | undefined): boolean {
  if (mediaType && findMediaType(mediaType)?.mediaType === 'text/html') return true;
  return /\.html?$/i.test(parse(url)?.pathname ?? '');
}
