import type { FileAnalysis } from '../../check/analyzeFile';
import type { WorkspaceRule } from '../../check/workspaceRule';
import type { PlacedFinding } from '../../check/workspaceRule';
import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { fileName, lineOf, metadataFiles, nodeSpan } from './datasetRule';

/**
 * basico-2b: a dataset identifier names one dataset in the whole workspace. Repeats inside one
 * catalog are the catalog's own finding (`identificador-duplicado`); this rule finds the same
 * identifier in two files, and reports it on the later one, naming the first.
 */
export const uniqueIdentifiers: WorkspaceRule = {
  requirement: 'basico-2b',
  reads: ['dataset', 'catalog'],
  check({ files }) {
    const findings: PlacedFinding[] = [];
    // Where the first one is, is worked out only when a repeat names it.
    const first = new Map<string, { file: FileAnalysis; offset: number }>();
    for (const file of metadataFiles(files)) {
      for (const dataset of file.datasets) {
        const identifier = dataset.identifier?.trim();
        const node = valueOf(dataset.node, 'identifier');
        if (!identifier || !node) continue;
        const key = identifier.toLowerCase();
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { file, offset: node.start });
          continue;
        }
        if (seen.file.id === file.id) continue;
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
            message: t('El identificador «{0}» ya lo usa el conjunto de {1} (línea {2}): cada conjunto necesita un identificador único en todo el espacio de trabajo. Cambia uno de los dos o, si son el mismo conjunto, deja uno solo de los archivos.', identifier, fileName(firstFile), firstLine),
            data: { rule: 'identificador-repetido', identifier, firstFile, firstLine },
          },
        });
      }
    }
    // Each repeat is one more dataset failing basico-2b; the datasets themselves are counted by the schema check.
    return { findings, evidence: findings.length > 0 ? { 'basico-2b': { items: 0, failed: findings.length } } : {} };
  },
};
