import { counted, t } from '../../l10n';
import { datasetRule, hasContent, headSpan, keySpan, resourceName } from './datasetRule';
import { formatName, isWebService, resourceFormat, resourceStars } from './resourceFormat';

/** ADELA's openness stars every dataset must reach, and those that make a dataset linkable. */
const MINIMUM_STARS = 3;
const LINKED_STARS = 4;

/**
 * What a dataset's check finds for the workspace-wide part: whether its best resource reaches 4
 * stars, and whether some resource is a web service or feed (a static `datos.json` download is a
 * file, not a service: only an address that answers a query counts).
 */
interface Openness {
  linked: boolean;
  service: boolean;
}

/**
 * avanzado-2a, machine-readable services: every dataset reaches 3 openness stars (those of its best
 * resource, on ADELA's scale); some dataset reaches 4 or some resource is a web service or feed;
 * file resources state their `byteSize` and every resource recommends `tools`.
 */
export const machineReadable = datasetRule<Openness | undefined>(
  'avanzado-2a',
  (scope) => {
    const { dataset } = scope;
    if (dataset.distributions.length === 0) {
      scope.noEvidence();
      return undefined;
    }
    let service = false;
    // The first resource with the most stars, each resource measured once.
    let best = dataset.distributions[0]!;
    let stars = resourceStars(best);
    for (const resource of dataset.distributions) {
      const measured = resourceStars(resource);
      if (measured > stars) [best, stars] = [resource, measured];
    }
    if (stars < MINIMUM_STARS) {
      const { info } = resourceFormat(best);
      scope.report(
        keySpan(dataset.node, 'distribution') ?? headSpan(dataset.node),
        'mandatory',
        t(
          'El conjunto «{0}» tiene {1} de apertura (su mejor recurso está en {2}): publica al menos un recurso en un formato abierto y legible por máquina (CSV, JSON o XML dan 3 estrellas; RDF, 4).',
          scope.name,
          counted(stars, t('1 estrella'), t('{0} estrellas', stars)),
          info ? formatName(info) : (best.mediaType ?? t('un formato sin declarar')),
        ),
        { rule: 'apertura-insuficiente', stars },
      );
    }
    for (const resource of dataset.distributions) {
      const name = resourceName(dataset, resource);
      const isService = isWebService(resource);
      service ||= isService;
      if (!isService && !hasContent(resource.node, 'byteSize')) {
        scope.report(
          headSpan(resource.node),
          'mandatory',
          t(
            'El recurso «{0}» no declara «byteSize»: escribe el tamaño del archivo en bytes, como número entero (p. ej. 3145728), para que quien lo descarga sepa qué esperar.',
            name,
          ),
          { rule: 'sin-tamano' },
        );
      }
      if (!hasContent(resource.node, 'tools')) {
        scope.report(
          headSpan(resource.node),
          'mandatory',
          t('El recurso «{0}» no indica «tools»: recomienda las herramientas con que se puede abrir o consumir (p. ej. «LibreOffice Calc, R, Python»).', name),
          { rule: 'sin-herramientas' },
        );
      }
    }
    return { linked: stars >= LINKED_STARS, service };
  },
  {
    after(_input, scopes, report) {
      if (scopes.length === 0) return;
      // Each dataset's openness comes from its check, remembered with it: not measured again here.
      if (scopes.some(({ value }) => value?.linked === true || value?.service === true)) return { items: 1, failed: 0 };
      const first = scopes[0]!;
      report(
        first.file.id,
        keySpan(first.dataset.node, 'distribution') ?? headSpan(first.dataset.node),
        'mandatory',
        t(
          'Ningún conjunto del espacio de trabajo llega a 4 estrellas (RDF) ni ofrece un servicio web o canal (JSON, XML, RSS o Atom): publica al menos un recurso así, sobre todo para datos que cambian seguido.',
        ),
        { rule: 'sin-servicio-ni-datos-enlazados', scope: 'workspace' },
      );
      return { items: 1, failed: 1 };
    },
  },
);
