import { LineIndex } from '../text/lineIndex';
import type { ParseProblem } from './parseProblem';
import type { SourceNode } from './sourceTree';

/** A file's text read into a source tree, with the problems found on the way. */
export interface ParsedDocument {
  text: string;
  lines: LineIndex;
  /** Undefined when nothing could be read (empty file, or a syntax error before any content). */
  root: SourceNode | undefined;
  problems: ParseProblem[];
}

export function emptyParse(text: string, problems: ParseProblem[]): ParsedDocument {
  return { text, lines: new LineIndex(text), root: undefined, problems };
}
