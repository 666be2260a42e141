import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boardPageHtml } from '../../server/src/core/report/boardPage';
import { BOARD_PAGE_COMMANDS } from '../../server/src/protocol/pages';
import { boardTree, escapeMarkdown } from '../../client/src/board/boardTreeModel';
import { makeNonce, webviewShell } from '../../client/src/webview/webviewShell';
import { REQUIREMENTS } from '../../server/src/core/catalog/requirements';
import { boardInput } from '../support/board';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';

const FIRST = { uri: 'file:///w/a.dcat.yaml', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, message: 'Falta <algo> & más' };
const INPUT = boardInput({ 'basico-2b': 'unmet', 'intermedio-3b': 'partial', 'avanzado-4a': 'no-evidence' }, { 'basico-2b': { count: 2, errors: 2, first: FIRST } });

describe('board tree view', () => {
  const tree = boardTree(INPUT, 'es', REQUIREMENT_CATALOG);

  it('has the three levels, four steps each, and all 20 requirements, with the target level expanded', () => {
    assert.deepEqual(
      tree.map((level) => [level.label, level.description, level.expanded]),
      [
        ['Básico', '7/8 · obligatorio, nivel objetivo', true],
        ['Intermedio', '7/8 · voluntario', false],
        ['Avanzado', '3/4 · voluntario', false],
      ],
    );
    assert.ok(tree.every((level) => level.children.length === 4));
    const requirements = tree.flatMap((level) => level.children.flatMap((step) => step.children));
    assert.deepEqual(requirements.map((node) => node.key).sort(), REQUIREMENTS.map((requirement) => requirement.id).sort());
  });

  it('labels each requirement with its state and findings, in words as well as icons', () => {
    const step2 = tree[0]!.children[1]!;
    assert.equal(step2.label, 'Paso 2: Publica');
    assert.equal(step2.description, '1/2');
    const node = step2.children.find((candidate) => candidate.key === 'basico-2b')!;
    assert.equal(node.label, '2b · Catálogo documentado con metadatos DCAT y publicado');
    assert.equal(node.description, 'no cumple · 2 hallazgos');
    assert.equal(node.accessibilityLabel, 'basico-2b, Catálogo documentado con metadatos DCAT y publicado: no cumple, 2 hallazgos');
    assert.deepEqual(node.icon, { id: 'error', color: 'list.errorForeground' });
    assert.equal(node.requirement?.first?.uri, FIRST.uri);
    assert.ok(node.tooltip.includes('Primer hallazgo: Falta \\<algo\\> \\& más'), node.tooltip);
    // A message quoting a workspace value that is Markdown (a command link) shows as written.
    assert.equal(escapeMarkdown('«[clic](command:workbench.action.terminal.new)» **x**'), '«\\[clic\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)» \\*\\*x\\*\\*');
    const missing = tree[2]!.children[3]!.children[0]!;
    assert.deepEqual([missing.description, missing.icon.id], ['sin evidencia · sin hallazgos', 'circle-slash']);
  });
});

describe('board page', () => {
  const html = boardPageHtml(INPUT, 'es');

  it('has one keyboard-reachable button per requirement in the grid, with a full label for screen readers', () => {
    const grid = html.slice(html.indexOf('<table class="grid">'), html.indexOf('</table>', html.indexOf('<table class="grid">')));
    assert.equal((grid.match(/<button type="button"/g) ?? []).length, REQUIREMENTS.length);
    assert.ok(grid.includes('data-action="reveal" data-requirement="basico-2b"'), 'a requirement with findings jumps to the first one');
    assert.ok(grid.includes('data-action="page" data-requirement="basico-1a"'), 'one without findings opens its page');
    assert.ok(grid.includes('aria-label="basico-2b, Catálogo documentado con metadatos DCAT y publicado: no cumple, 2 hallazgos. Ir al primer hallazgo"'));
    assert.ok(html.includes('<th scope="col">Básico <span class="count">7/8</span></th>'));
  });

  it('escapes finding messages, names the target level and offers only known commands', () => {
    assert.ok(html.includes('title="Falta &lt;algo&gt; &amp; más"'));
    assert.ok(!html.includes('<algo>'));
    assert.match(html, /Nivel objetivo: Básico \(declarado en el plan de apertura\)/);
    const commands = [...html.matchAll(/data-command="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(commands)].sort(), [...BOARD_PAGE_COMMANDS].sort());
    assert.equal((html.match(/<progress /g) ?? []).length, 3);
  });
});

describe('webview page shell', () => {
  it('allows only our stylesheet and the script carrying the nonce', () => {
    const page = webviewShell({ cspSource: 'vscode-resource:', nonce: 'abc123', styleUri: 's.css', scriptUri: 'w.js', title: 'Tablero', language: 'es', body: '<p>x</p>' });
    const csp = /content="([^"]+)"/.exec(page)![1]!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-(inline|eval)/);
    assert.ok(page.includes('<script nonce="abc123" src="w.js"></script>'));
    assert.ok(page.includes('<html lang="es">'));
    assert.ok(page.includes('role="status" aria-live="polite"'));
  });

  it('makes nonces of 32 letters and digits from crypto, not Math.random', () => {
    const random = Math.random;
    Math.random = () => 0;
    try {
      assert.notEqual(makeNonce(), 'A'.repeat(32));
    } finally {
      Math.random = random;
    }
    assert.match(makeNonce(), /^[A-Za-z0-9]{32}$/);
    assert.notEqual(makeNonce(), makeNonce());
  });
});
