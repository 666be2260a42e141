import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParseProblem } from '../../server/src/core/parse/parseProblem';
import { limitProblems, MAX_PARSE_PROBLEMS } from '../../server/src/core/parse/problemLimit';

const problems = (count: number): ParseProblem[] =>
  Array.from({ length: count }, (_, index) => ({ start: index, end: index + 1, rule: 'sintaxis', severity: 'error', message: `problema ${index}` }));

describe('syntax problems per file are capped', () => {
  it('keeps the first ones and counts the rest in one problem, in the right grammatical number', () => {
    assert.equal(limitProblems(problems(MAX_PARSE_PROBLEMS)).length, MAX_PARSE_PROBLEMS);
    const one = limitProblems(problems(MAX_PARSE_PROBLEMS + 1));
    assert.equal(one.length, MAX_PARSE_PROBLEMS + 1);
    assert.equal(one.at(-1)!.message, 'Hay 1 error de sintaxis más a partir de aquí; corrige los primeros para verlo.');
    assert.equal(one.at(-1)!.start, MAX_PARSE_PROBLEMS, 'where the first one left out is');
    assert.equal(limitProblems(problems(MAX_PARSE_PROBLEMS + 5)).at(-1)!.message, 'Hay 5 errores de sintaxis más a partir de aquí; corrige los primeros para ver los demás.');
  });
});
