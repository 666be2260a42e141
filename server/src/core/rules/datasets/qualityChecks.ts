import { problemCounts, problemLabel } from '../../data/csvAnalysis';
import { counted, t } from '../../l10n';
import { datasetRule, fieldSpan, fieldText, fileName, headSpan, keySpan } from './datasetRule';

/**
 * intermedio-3b, quality documented and checked: every dataset says in `quality` how its quality is
 * controlled, and each local data file of its resources passes the data checks (their findings are
 * on the file itself; the resource's `downloadURL` gets a summary so the metadata shows it too).
 */
export const qualityChecks = datasetRule('intermedio-3b', (scope) => {
  const { dataset } = scope;
  if (fieldText(dataset.node, 'quality') === undefined) {
    scope.report(keySpan(dataset.node, 'quality') ?? headSpan(dataset.node), 'mandatory',
      t('El conjunto «{0}» no dice en «quality» cómo se controla la calidad de sus datos: describe las validaciones que se hacen (p. ej. «Se validan claves y totales contra el censo en cada actualización»).', scope.name),
      { rule: 'sin-control-de-calidad' });
  }
  for (const resource of dataset.distributions) {
    const local = scope.localFile(resource);
    const problems = local ? problemCounts(local.csv)['intermedio-3b'] : undefined;
    if (!local || !problems) continue;
    scope.report(fieldSpan(resource.node, 'downloadURL')!, 'mandatory',
      t('El archivo local {0} de este recurso no pasa las revisiones de datos ({1}: {2}): corrígelos en el archivo, donde cada uno está señalado en su línea.', fileName(local.id), counted(problems, t('1 problema'), t('{0} problemas', problems)), local.csv.problems.map((problem) => problemLabel(problem.kind)).join(', ')),
      { rule: 'datos-locales-con-problemas', file: local.id, problems });
  }
});
