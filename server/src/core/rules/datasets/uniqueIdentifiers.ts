import type { FileAnalysis } from '../../model/analysis';
import type { WorkspaceRule } from '../../model/workspaceRule';
import type { PlacedFinding } from '../../model/workspaceRule';
import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { fileName, lineOf, metadataFiles, nodeSpan } from './datasetRule';

/**
 * basico-2b: a dataset identifier, and a dataset title, names one dataset in the whole workspace
 * (ADELA rejected both repeated). Repeats inside one catalog are the catalog's own findings
 * (`identificador-duplicado`, `titulo-duplicado`); this rule finds the same value in two files, and
 * reports it on the later one, naming the first.
 */
export const uniqueIdentifiers: WorkspaceRule = {
  requirement: 'basico-2b',
  reads: ['dataset', 'catalog'],
  check({ files }) {
    const findings: PlacedFinding[] = [];
    const repeated = new Set<object>();
    for (const field of ['identifier', 'title'] as const) {
      // Where the first one is, is worked out only when a repeat names it.
      const first = new Map<string, { file: FileAnalysis; offset: number }>();
      for (const file of metadataFiles(files)) {
        for (const dataset of file.datasets) {
          const value = dataset[field];
          const node = valueOf(dataset.node, field);
          if (!value || !node) continue;
          const key = value.toLowerCase().replace(/\s+/g, ' ');
          const seen = first.get(key);
          if (!seen) {
            first.set(key, { file, offset: node.start });
            continue;
          }
          if (seen.file.id === file.id) continue;
          repeated.add(dataset);
          const { start, end } = nodeSpan(node);
          const firstFile = seen.file.id;
          const firstLine = lineOf(seen.file, seen.offset);
          findings.push({
            fileId: file.id,
            finding: {
              requirement: 'basico-2b',
              weight: 'mandatory',
              start,
              end,
              message:
                field === 'identifier'
                  ? t(
                      'El identificador «{0}» ya lo usa el conjunto de {1} (línea {2}): cada conjunto necesita un identificador único en todo el espacio de trabajo. Cambia uno de los dos o, si son el mismo conjunto, deja uno solo de los archivos.',
                      value,
                      fileName(firstFile),
                      firstLine,
                    )
                  : t(
                      'El título «{0}» ya lo usa el conjunto de {1} (línea {2}): cada conjunto necesita un título único en todo el espacio de trabajo, que lo distinga en datos.gob.mx. Precisa uno de los dos (periodo, cobertura, tema) o, si son el mismo conjunto, deja uno solo de los archivos.',
                      value,
                      fileName(firstFile),
                      firstLine,
                    ),
              data:
                field === 'identifier'
                  ? { rule: 'identificador-repetido', identifier: value, firstFile, firstLine }
                  : { rule: 'titulo-repetido', title: value, firstFile, firstLine },
            },
          });
        }
      }
    }
    // Each dataset that repeats is one more failing basico-2b; the datasets themselves are counted by the schema check.
    return { findings, evidence: repeated.size > 0 ? { 'basico-2b': { items: 0, failed: repeated.size } } : {} };
  },
};
