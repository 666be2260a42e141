import type { Finding } from '../findings';
import type { ParsedDocument } from './parsedDocument';

type Span = { start: number; end: number };

/**
 * The findings a syntax error does not explain away. An unclosed quote or bracket takes in the text
 * after it (see `ParseProblem.swallowed`): a required field whose key is written there is not missing
 * (the key is right there, read as part of a value), and the broken value itself is not malformed
 * in any way the syntax error does not already say. The same array when nothing was taken in.
 */
export function withoutSwallowed(findings: Finding[], parsed: ParsedDocument): Finding[] {
  if (findings.length === 0) return findings;
  const swallowed: Span[] = [];
  for (const problem of parsed.problems) if (problem.swallowed) swallowed.push(problem.swallowed);
  if (swallowed.length === 0) return findings;
  return findings.filter((finding) => !swallowed.some((span) => explainedBy(finding, span, parsed.text)));
}

function explainedBy(finding: Finding, span: Span, text: string): boolean {
  if (finding.data.rule.startsWith('yaml-')) return false;
  const field = finding.data.rule === 'campo-obligatorio' ? finding.data.field : undefined;
  if (typeof field === 'string') return writesKey(text.slice(span.start, span.end), field);
  // The broken value: its finding contains where the construct opens.
  return finding.start <= span.start && span.start < Math.max(finding.end, finding.start + 1);
}

/**
 * Whether a syntax error took in a line that writes `key:` inside `within` (a dataset, a resource):
 * the field is there, read as part of a broken value, and the syntax error is what to say.
 */
export function keyInSwallowedText(parsed: ParsedDocument, within: Span, key: string): boolean {
  return parsed.problems.some((problem) => {
    const span = problem.swallowed;
    if (!span || span.end <= within.start || span.start >= within.end) return false;
    return writesKey(parsed.text.slice(Math.max(span.start, within.start), Math.min(span.end, within.end)), key);
  });
}

/** Whether a syntax error (an error of the parse) lies inside `within`: its content cannot be trusted as written. */
export function brokenBySyntax(parsed: ParsedDocument, within: Span): boolean {
  return parsed.problems.some((problem) => problem.severity === 'error' && problem.start >= within.start && problem.start < within.end);
}

/** Whether `text` has a line that writes `key:` (in a mapping or as a list item's first key, quoted or not). */
function writesKey(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\n)[ \\t]*(?:-[ \\t]+)?["']?${escaped}["']?[ \\t]*:`).test(text);
}
