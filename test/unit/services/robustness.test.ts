import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../../server/src/core/services/codeActions';
import { complete } from '../../../server/src/core/services/completion';
import { hover } from '../../../server/src/core/services/hover';
import { definition, references } from '../../../server/src/core/services/navigation';
import { documentSymbols } from '../../../server/src/core/services/outline';
import { contextOf, diagnosticsOf, evaluate, workspace } from './fixtures';
import { PLAN, POBREZA, REZAGO } from './sampleWorkspace';

/** Texts a user passes through while typing: cut anywhere, with tabs, CRLF, unclosed flows and quotes. */
function brokenTexts(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const [name, text] of [
    ['plan-de-apertura.yaml', PLAN],
    ['datos/rezago-social.dcat.yaml', REZAGO],
    ['datos/pobreza-municipal.dcat.yaml', POBREZA],
  ] as const) {
    for (let cut = 0; cut <= text.length; cut += 197) texts.push([name, text.slice(0, cut)]);
    texts.push([name, text.replace(/\n/g, '\r\n')]);
    texts.push([name, text.replace(/ {2}/g, '\t')]);
    texts.push([name, text.replace(/\]/g, '').replace(/: /g, ': "')]);
  }
  const catalog = JSON.stringify({ dataset: [{ identifier: 'a', title: 'A', distribution: [{ title: 'x', mediaType: 'CSV' }] }] }, null, 2);
  for (let cut = 0; cut <= catalog.length; cut += 7) texts.push(['catalogo.json', catalog.slice(0, cut)]);
  texts.push(['datos/raro.dcat.yaml', '- - - [ { : , ] }\n? x\n: y\n&a *a !!binary |\n  ###\n"\\u']);
  return texts;
}

describe('editing services on text being typed', () => {
  it("never throw, and every completion replaces a span on the cursor's line that holds the cursor", () => {
    let requests = 0;
    for (const [name, text] of brokenTexts()) {
      const index = workspace({ [name]: text });
      const context = contextOf(index, name);
      const lines = context.file.parsed.lines;
      const diagnostics = diagnosticsOf(evaluate(index), name);
      for (let offset = 0; offset <= text.length; offset += 13) {
        // No editor puts the cursor between the \r and the \n of a line break.
        if (text[offset - 1] === '\r') continue;
        const position = lines.positionAt(offset);
        for (const item of complete(context, offset).items) {
          const { start, end } = item.textEdit.range;
          assert.equal(start.line, position.line, `${name} @${offset}: ${item.label}`);
          assert.equal(end.line, position.line, `${name} @${offset}: ${item.label}`);
          assert.ok(start.character <= position.character && position.character <= end.character, `${name} @${offset}: ${item.label}`);
        }
        hover(context, offset);
        definition(context, offset);
        references(context, offset, true);
        requests++;
      }
      documentSymbols(context.file, context.settings);
      codeActions(context, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics, only: ['quickfix', 'source.fixAll'] }, () => diagnostics);
    }
    assert.ok(requests > 1000);
  });
});
