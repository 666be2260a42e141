import { counted, t } from '../l10n';
import type { ParseProblem } from './parseProblem';

/**
 * Syntax problems reported per file. A badly broken file (binary data, a mangled flow collection)
 * can make the parser report one problem per token, tens of thousands: past the first ones they say
 * nothing new, and publishing them all would flood the editor. The rest is summed up in one.
 */
export const MAX_PARSE_PROBLEMS = 200;

/** The first `MAX_PARSE_PROBLEMS` problems, plus one that counts the others, where the first of them is. */
export function limitProblems(problems: ParseProblem[]): ParseProblem[] {
  if (problems.length <= MAX_PARSE_PROBLEMS) return problems;
  const first = problems[MAX_PARSE_PROBLEMS]!;
  return [
    ...problems.slice(0, MAX_PARSE_PROBLEMS),
    {
      start: first.start,
      end: first.end,
      rule: 'demasiados-errores-de-sintaxis',
      severity: 'error',
      message: counted(
        problems.length - MAX_PARSE_PROBLEMS,
        t('Hay 1 error de sintaxis más a partir de aquí; corrige los primeros para verlo.'),
        t('Hay {0} errores de sintaxis más a partir de aquí; corrige los primeros para ver los demás.', problems.length - MAX_PARSE_PROBLEMS),
      ),
    },
  ];
}

/**
 * Runs `work` with no stack traces captured for the errors created meanwhile. The YAML library builds
 * an Error for every problem it meets; their stacks are never read, and on a file with tens of
 * thousands of problems capturing them took most of the parsing time.
 */
export function withoutStackTraces<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
