import metadataSnippets from '../../../../snippets/metadatos.json';
import planSnippets from '../../../../snippets/plan.json';
import type { FileKind } from '../files/fileKinds';
import type { CursorContext } from './cursorContext';

/** A snippet as written in `snippets/*.json` (VS Code's snippet file format). */
interface SnippetFile {
  prefix: string;
  description: string;
  body: string[];
}

/**
 * Where each snippet fits: the kind of file, and either the document's top level (a whole file,
 * offered while the document has no keys yet) or a new item of a list. Served by the language
 * server's completion, not contributed to VS Code: a contributed snippet shows in every YAML file,
 * in value positions too.
 */
interface SnippetPlace {
  snippet: SnippetFile;
  name: string;
  kinds: readonly FileKind[];
  /** `''`: the top level of the document; otherwise the list the snippet adds an item to. */
  list: string;
}

const PLACES: readonly SnippetPlace[] = (
  [
    { name: 'Conjunto de datos (DCAT)', kinds: ['dataset'], list: '' },
    { name: 'Recurso de datos', kinds: ['dataset', 'catalog'], list: 'distribution' },
    { name: 'Plan de apertura', kinds: ['plan'], list: '' },
    { name: 'Fila del inventario', kinds: ['plan'], list: 'inventario' },
    { name: 'Conjunto del plan', kinds: ['plan'], list: 'plan' },
  ] satisfies Array<Omit<SnippetPlace, 'snippet'>>
).map((place) => ({ ...place, snippet: ((metadataSnippets as Record<string, SnippetFile>)[place.name] ?? (planSnippets as Record<string, SnippetFile>)[place.name])! }));

/** The snippets that fit a key position of a YAML file of `kind`, with their name. */
export function snippetsAt(kind: FileKind, cursor: CursorContext): Array<{ name: string; snippet: SnippetFile }> {
  if (cursor.syntax !== 'block' || cursor.position !== 'key') return [];
  const path = cursor.containerPath;
  const list = path.length === 0 ? '' : String(path[path.length - 1]);
  return PLACES.filter((place) => place.kinds.includes(kind) && place.list === list && (list !== '' || cursor.presentKeys.length === 0));
}

/** Every snippet with where it fits, for tests. */
export function allSnippetPlaces(): readonly SnippetPlace[] {
  return PLACES;
}
