import type { LevelId } from '../../../server/src/core/catalog/requirements';

/** A replacement of `text.slice(start, end)` by `insert`, in string offsets. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

const DECLARED = /^nivelObjetivo[ \t]*:[ \t]*(?<value>"[^"\r\n]*"|'[^'\r\n]*'|[^\s#][^\r\n#]*?)?[ \t]*(?:#[^\r\n]*)?$/m;
const TOP_LEVEL_KEY = /^(?!#|---|\.\.\.)["']?[A-Za-z_][\w-]*["']?[ \t]*:/m;

/**
 * The edit that sets `nivelObjetivo` in a YAML plan: replaces the declared value (keeping any
 * comment), or adds the key before the first top-level key. Undefined when the plan is not a block
 * mapping (for example a `{…}` flow mapping), where an automatic edit could break it.
 */
export function targetLevelEdit(text: string, level: LevelId): TextEdit | undefined {
  const declared = DECLARED.exec(text);
  if (declared) {
    const keyAndSpace = /^nivelObjetivo[ \t]*:[ \t]*/.exec(declared[0])![0];
    const start = declared.index + keyAndSpace.length;
    const value = declared.groups?.value ?? '';
    // YAML needs a space after the colon, and one before a comment that follows an empty value.
    const before = /[ \t]$/.test(keyAndSpace) ? '' : ' ';
    const after = value === '' && text[start] === '#' ? ' ' : '';
    return { start, end: start + value.length, insert: `${before}${level}${after}` };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const key = TOP_LEVEL_KEY.exec(text);
  if (key) return { start: key.index, end: key.index, insert: `nivelObjetivo: ${level}${eol}` };
  const meaningful = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#') && line.trim() !== '---');
  if (meaningful.length > 0) return undefined;
  const prefix = text === '' || text.endsWith('\n') ? '' : eol;
  return { start: text.length, end: text.length, insert: `${prefix}nivelObjetivo: ${level}${eol}` };
}
