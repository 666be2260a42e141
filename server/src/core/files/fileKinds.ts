import picomatch from 'picomatch';
import { safeGlobs, type RefusedGlob } from './globSafety';

/** What a file is to the guide. `dataset` and `catalog` are both metadata; the content tells which. */
export type FileKind = 'dataset' | 'catalog' | 'plan' | 'csv';

/** The role a file's name or declared schema gives it, before its content is read. */
export type FileRole = 'metadata' | 'plan';

/** Glob patterns (relative to the workspace folder) for each role: the `guia.archivos.*` settings. */
export interface FilePatterns {
  metadata: string[];
  plan: string[];
}

export const DEFAULT_FILE_PATTERNS: FilePatterns = {
  metadata: ['**/*.dcat.yaml', '**/*.dcat.yml', '**/*.dcat.json', '**/catalogo*.json', '**/catalogo*.yaml', '**/catalogo*.yml'],
  plan: ['**/plan-de-apertura*.yaml', '**/plan-de-apertura*.yml', '**/*.plan.yaml', '**/*.plan.yml'],
};

const SCHEMA_FILE_ROLES: Record<string, FileRole> = {
  'dataset.schema.json': 'metadata',
  'plan.schema.json': 'plan',
};

export class FileClassifier {
  private readonly metadata: (path: string) => boolean;
  private readonly plan: (path: string) => boolean;
  /** Patterns not used because matching them could take too long (see `globSafety.ts`), per setting. */
  readonly refused: Array<RefusedGlob & { setting: 'guia.metadataFiles' | 'guia.planFiles' }> = [];

  constructor(readonly patterns: FilePatterns = DEFAULT_FILE_PATTERNS) {
    const options = { dot: true, nocase: true };
    const metadata = safeGlobs(patterns.metadata);
    const plan = safeGlobs(patterns.plan);
    this.refused.push(
      ...metadata.refused.map((entry) => ({ ...entry, setting: 'guia.metadataFiles' as const })),
      ...plan.refused.map((entry) => ({ ...entry, setting: 'guia.planFiles' as const })),
    );
    this.metadata = picomatch(metadata.usable.length ? metadata.usable : ['!**'], options);
    this.plan = picomatch(plan.usable.length ? plan.usable : ['!**'], options);
  }

  /** The role given by the file's path (relative, with forward slashes); plans win over metadata. */
  roleOfPath(relativePath: string): FileRole | undefined {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    // Patterns like **/x.yaml should also match a file at the root given with no folder.
    if (this.plan(path)) return 'plan';
    if (this.metadata(path)) return 'metadata';
    return undefined;
  }

  /** The role of a file: its declared schema if it names one of ours, else its path. */
  roleOf(relativePath: string, text: string | undefined): FileRole | undefined {
    const declared = text === undefined ? undefined : declaredRole(text);
    return declared ?? this.roleOfPath(relativePath);
  }
}

/** Files our schemas could apply to: worth reading to look for a `$schema` or modeline. */
export function mayDeclareSchema(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

/**
 * A JSON `"$schema"` or a YAML `# yaml-language-server: $schema=...` modeline that names one of our
 * schemas (by `$id`, URL or relative path ending in the schema's file name).
 */
export function declaredRole(text: string): FileRole | undefined {
  const head = text.slice(0, 4096);
  const modeline = /#\s*yaml-language-server\s*:\s*\$schema\s*=\s*(\S+)/.exec(head);
  const jsonSchema = /"\$schema"\s*:\s*"([^"]+)"/.exec(head);
  const yamlSchema = /^\$schema\s*:\s*["']?([^"'\s#]+)/m.exec(head);
  const reference = modeline?.[1] ?? jsonSchema?.[1] ?? yamlSchema?.[1];
  if (!reference) return undefined;
  const fileName = reference
    .split(/[/#?]/)
    .filter(Boolean)
    .find((part) => part in SCHEMA_FILE_ROLES);
  return fileName ? SCHEMA_FILE_ROLES[fileName] : undefined;
}
