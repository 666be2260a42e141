import type { FileKind } from '../files/fileKinds';
import type { Finding } from '../findings';
import { t } from '../l10n';
import type { ParsedDocument } from '../parse/parsedDocument';
import { property, valueOf, type SourceNode } from '../parse/sourceTree';
import { isRelativePath } from '../schema/formats';
import type { DatasetFacts } from '../model/facts';

/** What a rule that looks at one file alone is given. */
export interface FileRuleInput {
  root: SourceNode;
  kind: FileKind;
  datasets: DatasetFacts[];
  parsed: ParsedDocument;
}

/** A check that needs only one file's content; its results are cached with the file. */
export interface FileRule {
  kinds: FileKind[];
  check(input: FileRuleInput): Finding[];
}

/** Dataset titles and identifiers must be unique inside a catalog (ADELA rejected duplicates). */
const uniqueInCatalog: FileRule = {
  kinds: ['catalog'],
  check({ datasets }) {
    const findings: Finding[] = [];
    for (const field of ['title', 'identifier'] as const) {
      const firstSeen = new Map<string, number>();
      for (const dataset of datasets) {
        const value = dataset[field]?.trim();
        if (!value) continue;
        const key = value.toLowerCase();
        const first = firstSeen.get(key);
        if (first === undefined) {
          firstSeen.set(key, dataset.index ?? 0);
          continue;
        }
        const node = valueOf(dataset.node, field)!;
        findings.push({
          requirement: 'basico-2b',
          weight: 'mandatory',
          start: node.start,
          end: node.end,
          message:
            field === 'title'
              ? t('El título «{0}» ya lo usa el conjunto número {1} del catálogo: cada conjunto necesita un título único.', value, first + 1)
              : t('El identificador «{0}» ya lo usa el conjunto número {1} del catálogo: cada conjunto necesita un identificador único.', value, first + 1),
          data: { rule: field === 'title' ? 'titulo-duplicado' : 'identificador-duplicado', duplicateOf: first },
        });
      }
    }
    return findings;
  },
};

/** A relative download URL lets the local data checks read the file, but cannot be published. */
const absoluteDownloadUrl: FileRule = {
  kinds: ['dataset', 'catalog'],
  check({ datasets }) {
    const findings: Finding[] = [];
    for (const dataset of datasets) {
      for (const distribution of dataset.distributions) {
        const url = distribution.downloadURL?.trim();
        if (!url || !isRelativePath(url)) continue;
        const node = property(distribution.node, 'downloadURL')!.value;
        findings.push({
          requirement: 'basico-2b',
          weight: 'recommendation',
          start: node.start,
          end: node.end,
          message: t(
            '«downloadURL» es una ruta relativa («{0}»): sirve para revisar el archivo local, pero antes de publicar escribe la URL completa de descarga (https://…).',
            url,
          ),
          data: { rule: 'url-relativa' },
        });
      }
    }
    return findings;
  },
};

export const FILE_RULES: readonly FileRule[] = [uniqueInCatalog, absoluteDownloadUrl];
