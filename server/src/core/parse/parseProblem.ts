/** A syntax problem found while reading a file, at its offsets in the text. */
export interface ParseProblem {
  start: number;
  end: number;
  message: string;
  /** A stable identifier of the problem (e.g. `yaml-indentacion`), carried as the diagnostic's rule. */
  rule: string;
  severity: 'error' | 'warning';
  /**
   * The text a broken construct took in (an unclosed quote or bracket reads on until it finds its
   * end): keys written there are not really missing, and values there are not really malformed.
   */
  swallowed?: { start: number; end: number };
}
