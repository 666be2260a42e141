import { t } from '../../l10n';
import { datasetRule, fieldSpan, headSpan, resourceName } from './datasetRule';
import { formatName, resourceFormat } from './resourceFormat';

/**
 * basico-2a: every resource is in an open format. A proprietary one (XLS, XLSX, DOC, PDF, a web
 * page) is accepted only next to an open resource of the same dataset, as the guide allows an
 * Excel copy beside the CSV but never alone.
 */
export const openFormats = datasetRule('basico-2a', (scope) => {
  const { dataset } = scope;
  // A dataset without resources is basico-2b's finding; it has no format to judge.
  if (dataset.distributions.length === 0) return scope.noEvidence();
  const formats = dataset.distributions.map((resource) => ({ resource, info: resourceFormat(resource) }));
  const hasOpen = formats.some(({ info }) => info?.open === true);
  for (const { resource, info } of formats) {
    const span = fieldSpan(resource.node, 'mediaType') ?? fieldSpan(resource.node, 'downloadURL') ?? headSpan(resource.node);
    if (!info) {
      const mediaType = resource.mediaType?.trim();
      // A missing or malformed mediaType is basico-2b's finding; an unknown but well-formed one is ours to question.
      if (mediaType && mediaType.includes('/')) {
        scope.report(span, 'recommendation',
          t('El tipo de medio «{0}» del recurso «{1}» no está entre los formatos que reconoce la guía: si es abierto y legible por máquina, ignora este aviso; si no, publica también los datos en CSV (text/csv), JSON o XML.', mediaType, resourceName(dataset, resource)),
          { rule: 'formato-desconocido', mediaType });
      }
      continue;
    }
    if (info.open || hasOpen) continue;
    scope.report(span, 'mandatory',
      t('El recurso «{0}» está en {1}, que no es un formato abierto, y el conjunto «{2}» no ofrece los mismos datos en uno abierto: publica también una versión en CSV (text/csv), JSON o XML; un formato propietario solo puede acompañar a uno abierto.', resourceName(dataset, resource), formatName(info), scope.name),
      { rule: 'formato-no-abierto', mediaType: info.mediaType });
  }
});
