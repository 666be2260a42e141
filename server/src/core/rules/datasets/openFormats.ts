import { t } from '../../l10n';
import { datasetRule, fieldSpan, headSpan, resourceName } from './datasetRule';
import { formatName, openAlternatives, resourceFormat } from './resourceFormat';

/**
 * basico-2a: every resource is in an open format. A proprietary one (XLS, XLSX, DOC, PDF, a web
 * page) is accepted only next to an open resource of the same dataset, as the guide allows an
 * Excel copy beside the CSV but never alone. Openness is read from the best evidence (see
 * resourceFormat); a resource whose openness nothing establishes is questioned, never passed in
 * silence, and a declared format that the URL's extension contradicts is reported naming both.
 */
export const openFormats = datasetRule('basico-2a', (scope) => {
  const { dataset } = scope;
  // A dataset without resources is basico-2b's finding; it has no format to judge.
  if (dataset.distributions.length === 0) return scope.noEvidence();
  const formats = dataset.distributions.map((resource) => ({ resource, format: resourceFormat(resource) }));
  const hasOpen = formats.some(({ format }) => format.openness === 'open');
  for (const { resource, format } of formats) {
    const span = fieldSpan(resource.node, 'mediaType') ?? fieldSpan(resource.node, 'format') ?? fieldSpan(resource.node, 'downloadURL') ?? headSpan(resource.node);
    const name = resourceName(dataset, resource);
    if (format.contradiction) {
      const { declared, extension } = format.contradiction;
      scope.report(
        span,
        'recommendation',
        t(
          'El recurso «{0}» declara «{1}» ({2}), pero su dirección de descarga termina en «.{3}» ({4}): corrige «mediaType» o la dirección para que digan lo mismo; mientras tanto se juzga por lo declarado.',
          name,
          format.declared.text,
          formatName(declared),
          extension.extension,
          formatName(extension.info),
        ),
        { rule: 'formato-contradictorio', mediaType: declared.mediaType },
      );
    }
    if (format.openness === 'unknown') {
      const written = format.declared.text;
      // Nothing declared and nothing in the URL: the missing mediaType is basico-2b's finding.
      // Declared and URL disagreeing on openness: the contradiction above already says so.
      if (!written || format.contradiction) continue;
      const stores = format.declared.stores;
      scope.report(
        span,
        'recommendation',
        stores.length > 0
          ? t(
              'El recurso «{0}» declara «{1}», que es el sistema donde se guardan los datos y no el formato del archivo publicado, así que no se puede saber si es abierto: escribe en «mediaType» el tipo del archivo (p. ej. text/csv).',
              name,
              written,
            )
          : t(
              'No se puede saber si el recurso «{0}» está en un formato abierto: «{1}» no es un formato que reconozca la guía. Escribe su tipo de medio IANA (p. ej. text/csv); si no es abierto, publica también los datos en {2}.',
              name,
              written,
              openAlternatives(undefined),
            ),
        { rule: 'formato-desconocido', mediaType: written },
      );
      continue;
    }
    if (format.openness === 'open' || hasOpen) continue;
    const info = format.info!;
    scope.report(
      span,
      'mandatory',
      t(
        'El recurso «{0}» está en {1}, que no es un formato abierto, y el conjunto «{2}» no ofrece los mismos datos en uno abierto: publica también una versión en {3}; un formato propietario solo puede acompañar a uno abierto.',
        name,
        formatName(info),
        scope.name,
        openAlternatives(info.kind),
      ),
      { rule: 'formato-no-abierto', mediaType: info.mediaType },
    );
  }
});
