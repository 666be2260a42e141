/** A syntax problem found while reading a file, at its offsets in the text. */
export interface ParseProblem {
  start: number;
  end: number;
  message: string;
  /** A stable identifier of the problem (e.g. `yaml-indentacion`), carried as the diagnostic's rule. */
  rule: string;
  severity: 'error' | 'warning';
}
