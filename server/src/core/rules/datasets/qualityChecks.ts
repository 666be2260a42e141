import { problemCounts, problemLabel } from '../../data/csvAnalysis';
import { counted, t } from '../../l10n';
import { stringValue, valueOf } from '../../parse/sourceTree';
import { datasetRule, fieldSpan, fieldText, fileName, headSpan, reportedBySchema } from './datasetRule';

/**
 * intermedio-3b, quality documented and checked: every dataset says in `quality` how its quality is
 * controlled, and each local data file of its resources passes the data checks (their findings are
 * on the file itself; the resource's `downloadURL` gets a summary so the metadata shows it too).
 */
export const qualityChecks = datasetRule('intermedio-3b', (scope) => {
  const { dataset } = scope;
  if (fieldText(dataset.node, 'quality') === undefined && reportedBySchema(scope.file, dataset.node, 'quality')) {
    // Taken in by an unclosed quote (or not text at all): the syntax or schema finding says it.
    scope.failsWithoutFinding();
  } else if (fieldText(dataset.node, 'quality') === undefined) {
    const written = stringValue(valueOf(dataset.node, 'quality'))?.trim();
    scope.report(
      fieldSpan(dataset.node, 'quality') ?? headSpan(dataset.node),
      'mandatory',
      written
        ? t(
            '«quality» del conjunto «{0}» tiene un texto provisional («{1}»), que no dice cómo se controla la calidad: describe las validaciones que se hacen (p. ej. «Se validan claves y totales contra el censo en cada actualización»).',
            scope.name,
            written,
          )
        : t(
            'El conjunto «{0}» no dice en «quality» cómo se controla la calidad de sus datos: describe las validaciones que se hacen (p. ej. «Se validan claves y totales contra el censo en cada actualización»).',
            scope.name,
          ),
      { rule: 'sin-control-de-calidad' },
    );
  }
  for (const resource of dataset.distributions) {
    const local = scope.localFile(resource);
    const problems = local ? problemCounts(local.csv)['intermedio-3b'] : undefined;
    if (!local || !problems) continue;
    scope.report(
      fieldSpan(resource.node, 'downloadURL')!,
      'mandatory',
      t(
        'El archivo local {0} de este recurso no pasa las revisiones de datos ({1}: {2}): corrígelos en el archivo, donde cada uno está señalado en su línea.',
        fileName(local.id),
        counted(problems, t('1 problema'), t('{0} problemas', problems)),
        local.csv.problems.map((problem) => problemLabel(problem.kind)).join(', '),
      ),
      { rule: 'datos-locales-con-problemas', file: local.id, problems },
    );
  }
});
