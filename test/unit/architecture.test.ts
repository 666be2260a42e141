import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { isRequirementId, REQUIREMENTS } from '../../server/src/core/catalog/requirements';
import { REQUIREMENT_IDS } from '../../server/src/core/catalog/requirementIds';
import { WORKSPACE_RULES } from '../../server/src/core/rules/registry';
// @ts-expect-error: a plain ES module of the build scripts, without type declarations
import { requirementIdsSource } from '../../scripts/requirementIds.mjs';

/*
 * Guards of the layout the README describes: the core knows nothing of VS Code or the protocol,
 * its folders depend on each other one way, every requirement id named in code or schemas is in the
 * catalog, and a file kind's requirement is written once. Each check names the offending files.
 */

const REPO = path.resolve(__dirname, '..', '..');
const CORE = path.join(REPO, 'server', 'src', 'core');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return entry.endsWith('.ts') ? [full] : [];
  });
}

/** The module names a source file imports (static, dynamic and `require`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)'([^']+)'/gm)].map((match) => match[1]!);
}

/** A core file's unit of the dependency rule: its first-level folder, or itself for a file at the core's root. */
function unitOf(file: string): string {
  const parts = path.relative(CORE, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.ts$/, '');
}

/** Edges between core units, each with the imports that make it. */
export function coreDependencies(files: readonly string[]): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(CORE + path.sep)) continue;
      const from = unitOf(file);
      const to = unitOf(`${target}.ts`);
      if (from === to) continue;
      const targets = edges.get(from) ?? edges.set(from, new Map()).get(from)!;
      (targets.get(to) ?? targets.set(to, []).get(to)!).push(`${path.relative(CORE, file)} → ${specifier}`);
    }
  }
  return edges;
}

/** The groups of units that depend on each other in a circle (Tarjan's strongly connected components). */
export function dependencyCycles(edges: ReadonlyMap<string, ReadonlyMap<string, string[]>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (unit: string): void => {
    index.set(unit, counter);
    lowest.set(unit, counter);
    counter++;
    stack.push(unit);
    onStack.add(unit);
    for (const next of edges.get(unit)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(unit, Math.min(lowest.get(unit)!, lowest.get(next)!));
      } else if (onStack.has(next)) {
        lowest.set(unit, Math.min(lowest.get(unit)!, index.get(next)!));
      }
    }
    if (lowest.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const unit of edges.keys()) if (!index.has(unit)) visit(unit);
  return cycles;
}

/** Every `x-requirement` annotation in a schema, wherever it is nested. */
function schemaRequirements(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) schemaRequirements(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-requirement' && typeof value === 'string') found.push(value);
      else schemaRequirements(value, found);
    }
  }
  return found;
}

describe('the layout of the code', () => {
  const coreFiles = sourceFiles(CORE);

  it('keeps VS Code and the language server protocol out of the core', () => {
    const offending = coreFiles.flatMap((file) =>
      importsOf(file)
        .filter((name) => /^vscode($|-)/.test(name))
        .map((name) => `${path.relative(REPO, file)} imports ${name}`),
    );
    assert.deepEqual(offending, []);
  });

  it("has no cycle between the core's folders", () => {
    const edges = coreDependencies(coreFiles);
    // The thinnest links of a cycle (fewest imports) are usually the ones added by mistake: name those.
    const described = dependencyCycles(edges).map((cycle) => {
      const links = cycle.flatMap((from) =>
        cycle.flatMap((to) => {
          const imports = edges.get(from)?.get(to);
          return imports ? [{ from, to, imports }] : [];
        }),
      );
      const thinnest = links.sort((a, b) => a.imports.length - b.imports.length).slice(0, 3);
      return `${cycle.join(' ⇄ ')}; thinnest links: ${thinnest.map((link) => `${link.from} → ${link.to} (${link.imports.join('; ')})`).join(', ')}`;
    });
    assert.deepEqual(described, []);
  });

  it('finds a cycle when there is one (the guard itself works)', () => {
    const edges = new Map([
      ['rules', new Map([['check', ['a']]])],
      [
        'check',
        new Map([
          ['model', ['b']],
          ['rules', ['c']],
        ]),
      ],
    ]);
    assert.deepEqual(dependencyCycles(edges), [['check', 'rules']]);
  });

  it('names only requirements of the catalog, in rules and in schemas', () => {
    const ruleIds: string[] = WORKSPACE_RULES.map((rule) => rule.requirement);
    const schemaIds = readdirSync(path.join(REPO, 'schemas'))
      .filter((name) => name.endsWith('.schema.json'))
      .flatMap((name) => schemaRequirements(JSON.parse(readFileSync(path.join(REPO, 'schemas', name), 'utf8'))));
    assert.ok(schemaIds.length > 0, 'the schemas annotate their fields with requirements');
    assert.ok(ruleIds.length >= 20, 'the registry holds the cross-file rules');
    assert.deepEqual(
      [...ruleIds, ...schemaIds].filter((id) => !isRequirementId(id)),
      [],
    );
  });

  it('derives the requirement id type from the catalog (npm run requirement-ids)', () => {
    assert.deepEqual(
      [...REQUIREMENT_IDS],
      REQUIREMENTS.map((requirement) => requirement.id),
    );
    const written = readFileSync(path.join(CORE, 'catalog', 'requirementIds.ts'), 'utf8');
    assert.equal(written, requirementIdsSource(), 'server/src/core/catalog/requirementIds.ts is stale: run npm run requirement-ids');
  });

  it('says which requirement a file kind is evidence for in one place only', () => {
    const kindToRequirement =
      /'(plan|dataset|catalog|csv)'\s*\?\s*'(basico|intermedio|avanzado)-\d[a-z]'|\b(plan|dataset|catalog|csv)\s*:\s*'(basico|intermedio|avanzado)-\d[a-z]'/;
    const offending = [
      ...coreFiles,
      ...sourceFiles(path.join(REPO, 'server', 'src', 'lsp')),
      ...sourceFiles(path.join(REPO, 'server', 'src', 'cli')),
      ...sourceFiles(path.join(REPO, 'client', 'src')),
    ]
      .filter((file) => kindToRequirement.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(REPO, file));
    assert.deepEqual(offending, [path.join('server', 'src', 'core', 'model', 'analysis.ts')]);
  });
});
