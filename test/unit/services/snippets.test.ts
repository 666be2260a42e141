import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { complete } from '../../../server/src/core/services/completion';
import { CompletionKind } from '../../../server/src/core/services/serviceTypes';
import { atCursor, diagnosticsOf, evaluate, workspace } from './fixtures';
import { REZAGO } from './sampleWorkspace';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: unknown } };
const snippets: Record<string, Snippet> = Object.assign(
  {},
  ...['snippets/metadatos.json', 'snippets/plan.json'].map((file) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, Snippet>),
);

/** The variables VS Code fills in, fixed to 2026-11-27 10:15:30 in Mexico City. */
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_MONTH: '11',
  CURRENT_DATE: '27',
  CURRENT_HOUR: '10',
  CURRENT_MINUTE: '15',
  CURRENT_SECOND: '30',
  CURRENT_TIMEZONE_OFFSET: '-06:00',
};

/** A snippet's text as inserted and left with its defaults (first choice, placeholder text, mirrors). */
function expand(name: string): string {
  const body = snippets[name]!.body.join('\n');
  const defaults = new Map<string, string>();
  for (const match of body.matchAll(/\$\{(\d+):([^}]*)\}/g)) defaults.set(match[1]!, match[2]!);
  for (const match of body.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)) defaults.set(match[1]!, match[2]!.split(',')[0]!);
  return body
    .replace(/\$\{([A-Z_]+)\}/g, (_, variable: string) => VARIABLES[variable] ?? assert.fail(`unknown variable ${variable}`))
    .replace(/\$\{(\d+)(?::[^}]*|\|[^|]*\|)?\}/g, (_, n: string) => defaults.get(n) ?? '')
    .replace(/\$\d+/g, '');
}

const errorsOf = (files: Record<string, string>, name: string): string[] =>
  diagnosticsOf(evaluate(workspace(files)), name)
    .filter((diagnostic) => diagnostic.severity === 1)
    .map((diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`);

describe('snippets', () => {
  it('are not contributed to every YAML file: the server offers each, with one prefix, where it fits', () => {
    assert.equal(manifest.contributes.snippets, undefined);
    assert.deepEqual(Object.keys(snippets).sort(), ['Conjunto de datos (DCAT)', 'Conjunto del plan', 'Fila del inventario', 'Plan de apertura', 'Recurso de datos']);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.equal(typeof snippet.prefix, 'string', name);
      assert.match(snippet.description, /\b(un|una|el|la|los|con|del|de)\b/, name);
    }
    const labels = (name: string, marked: string): string[] => {
      const { context, offset } = atCursor(name, marked);
      return complete(context, offset)
        .items.filter((item) => item.kind === CompletionKind.Snippet && Object.values(snippets).some((snippet) => snippet.prefix === item.label))
        .map((item) => item.label);
    };
    assert.deepEqual(labels('datos/nuevo.dcat.yaml', '|'), ['conjunto-de-datos']);
    assert.deepEqual(labels('plan-de-apertura.yaml', '|'), ['plan-de-apertura']);
    assert.deepEqual(labels('plan-de-apertura.yaml', 'institucion:\n  nombre: X\n|'), [], 'not once the file has keys');
    assert.deepEqual(labels('datos/nuevo.dcat.yaml', 'identifier: x\ndistribution:\n  |'), ['recurso']);
    assert.deepEqual(labels('plan-de-apertura.yaml', 'plan:\n  |'), ['conjunto-del-plan']);
    assert.deepEqual(labels('datos/nuevo.dcat.yaml', 'title: |'), [], 'not in a value position');
    assert.deepEqual(labels('datos/nuevo.dcat.yaml', 'plan:\n  |'), [], 'no plan snippet in metadata');
  });

  it('write a dataset that meets basico-2b as soon as it is inserted', () => {
    assert.deepEqual(errorsOf({ 'datos/nuevo.dcat.yaml': expand('Conjunto de datos (DCAT)') }, 'datos/nuevo.dcat.yaml'), []);
  });

  it("write a resource that fits in a dataset's distribution list", () => {
    const resource = expand('Recurso de datos')
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n');
    const dataset = REZAGO.replace(/distribution:\n[\s\S]*$/, `distribution:\n${resource}\n`);
    assert.deepEqual(errorsOf({ 'datos/rezago-social.dcat.yaml': dataset }, 'datos/rezago-social.dcat.yaml'), []);
  });

  it("write a plan, an inventory row and a plan entry that meet the plan's basic requirements", () => {
    const plan = expand('Plan de apertura');
    assert.deepEqual(errorsOf({ 'plan-de-apertura.yaml': plan }, 'plan-de-apertura.yaml'), []);
    const indent = (text: string): string =>
      text
        .split('\n')
        .map((line) => (line ? `  ${line}` : line))
        .join('\n');
    const longer = plan
      .replace('plan:\n', `${indent(expand('Fila del inventario').replace('identificador-sin-acentos', 'otro-conjunto'))}\nplan:\n`)
      .replace('monitoreo:\n', `${indent(expand('Conjunto del plan').replace('identificador-sin-acentos', 'otro-conjunto'))}\nmonitoreo:\n`);
    assert.match(longer, / {2}- conjunto: otro-conjunto\n {4}recurso:/);
    assert.deepEqual(errorsOf({ 'plan-de-apertura.yaml': longer }, 'plan-de-apertura.yaml'), []);
  });
});
