import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { reportUnknownDatasets } from './datasetReferences';
import { logSection, planRule } from './planRule';

/**
 * avanzado-4a: use cases or data stories document impact, each with a title, a link and the
 * datasets it uses (which must exist in the workspace's metadata). One piece of evidence per story;
 * an empty list is unmet.
 */
export const impactStories = planRule('avanzado-4a', (context) => {
  const { plan } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'historias',
    () => t('Falta «historias»: registra los casos de uso o historias de datos que documentan el impacto, con titulo, url y los conjuntos que usan.'),
    { kind: 'fails', rule: 'sin-historias', message: () => t('«historias» está vacía: registra al menos un caso de uso o historia de datos con titulo, url y conjuntos.') },
  );
  if (!log) return;
  for (const { item, index } of log.entries) {
    let failed = plan.schemaFailsAt('avanzado-4a', ['historias', index]);
    if (reportUnknownDatasets(context, valueOf(item, 'conjuntos'))) failed = true;
    context.count(failed);
  }
});
