import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJson } from '../../../server/src/core/parse/jsonParser';
import { parseYaml } from '../../../server/src/core/parse/yamlParser';
import { cursorContext } from '../../../server/src/core/services/cursorContext';
import { withCursor } from './fixtures';

/** The context at the `|`, with the replaced text instead of offsets, for readable expectations. */
function at(marked: string, json = false) {
  const { text, offset } = withCursor(marked);
  const context = cursorContext(json ? parseJson(text) : parseYaml(text), offset, json);
  if (!context) return undefined;
  const { replaceStart, replaceEnd, ...rest } = context;
  return { ...rest, replaced: text.slice(replaceStart, replaceEnd) };
}

describe('cursor context in block YAML', () => {
  it('reads a key being typed with no colon yet, and the keys around it', () => {
    const context = at('identifier: x\nti|\nmodified: y\n');
    assert.equal(context?.position, 'key');
    assert.deepEqual(context.containerPath, []);
    assert.equal(context.prefix, 'ti');
    assert.equal(context.replaced, 'ti');
    assert.deepEqual(context.presentKeys.sort(), ['identifier', 'modified']);
  });

  it('places a key of a list item by its indentation, in a catalog of several datasets', () => {
    const context = at('dataset:\n  - identifier: a\n  - identifier: b\n    distribution:\n      - title: x\n        med|\n');
    assert.deepEqual(context?.containerPath, ['dataset', 1, 'distribution', 0]);
    assert.deepEqual(context.presentKeys, ['title']);
    assert.equal(context.column, 8);
  });

  it("reads an empty line by the cursor's column", () => {
    assert.deepEqual(at('plan:\n  - conjunto: a\n    |\n')?.containerPath, ['plan', 0]);
    assert.deepEqual(at('plan:\n  - conjunto: a\n|\n')?.containerPath, []);
  });

  it('reads the value of a key, replacing the whole value but not a trailing comment', () => {
    const context = at('distribution:\n  - mediaType: te|xt/cs  # comentario\n');
    assert.equal(context?.position, 'value');
    assert.deepEqual(context.containerPath, ['distribution', 0]);
    assert.equal(context.key, 'mediaType');
    assert.equal(context.prefix, 'te');
    assert.equal(context.replaced, 'text/cs');
  });

  it('keeps an opened quote and asks for a space right after the colon', () => {
    assert.equal(at('accrualPeriodicity: "men|"\n')?.quote, '"');
    assert.equal(at('accrualPeriodicity: "men|"\n')?.replaced, '"men"');
    assert.equal(at('accrualPeriodicity:|\n')?.needsSpace, true);
  });

  it('reads a new sequence item, counting the items before it, also in compact form', () => {
    const item = at('plan:\n  - conjunto: a\n  - conjunto: b\n  - |\n');
    assert.equal(item?.position, 'item');
    assert.deepEqual(item.containerPath, ['plan']);
    assert.equal(item.itemIndex, 2);
    const compact = at('plan:\n- conjunto: a\n  criterios:\n  - registro-publico\n  - |\n');
    assert.deepEqual(compact?.containerPath, ['plan', 0, 'criterios']);
    assert.equal(compact.itemIndex, 1);
  });

  it('offers nothing after a block scalar indicator or in a line of running text', () => {
    assert.equal(at('description: >-|\n'), undefined);
    assert.equal(at('quality: Validado\n  contra el cen|\n'), undefined);
  });
});

describe('cursor context in flow YAML', () => {
  it('reads a key in a flow mapping with the keys on both sides of the cursor', () => {
    const context = at('sesiones:\n  - { fecha: 2026-09-10, lu|, minuta: x }\n');
    assert.equal(context?.syntax, 'flow');
    assert.equal(context.position, 'key');
    assert.deepEqual(context.containerPath, ['sesiones', 0]);
    assert.deepEqual(context.presentKeys.sort(), ['fecha', 'minuta']);
    assert.equal(context.replaced, 'lu');
  });

  it('reads a value in a flow mapping', () => {
    const context = at('plan:\n  - { conjunto: b, periodicidad: men| }\n');
    assert.equal(context?.position, 'value');
    assert.deepEqual(context.containerPath, ['plan', 0]);
    assert.equal(context.key, 'periodicidad');
    assert.equal(context.replaced, 'men');
  });

  it('reads an item of a flow sequence, with the items already there, even unclosed', () => {
    const context = at('herramientas:\n  - nombre: x\n    conjuntos: [rezago-social, |\n');
    assert.equal(context?.position, 'item');
    assert.deepEqual(context.containerPath, ['herramientas', 0, 'conjuntos']);
    assert.equal(context.itemIndex, 1);
    assert.deepEqual(context.presentItems, ['rezago-social']);
  });

  it('reads nested flow collections', () => {
    const context = at('herramientas: [{ nombre: x, conjuntos: [a, |] }]\n');
    assert.deepEqual(context?.containerPath, ['herramientas', 0, 'conjuntos']);
    assert.equal(context.itemIndex, 1);
  });
});

describe('cursor context in JSON', () => {
  it('reads a property name being typed inside its quotes', () => {
    const context = at('{"dataset": [{"identifier": "a"}, {"identifier": "b", "ti|"}]}', true);
    assert.equal(context?.position, 'key');
    assert.deepEqual(context.containerPath, ['dataset', 1]);
    assert.deepEqual(context.presentKeys, ['identifier']);
    assert.equal(context.replaced, '"ti"');
    assert.equal(context.quote, '"');
  });

  it('reads a value and an array item', () => {
    const value = at('{"accrualPeriodicity": "m|"}', true);
    assert.equal(value?.position, 'value');
    assert.equal(value.key, 'accrualPeriodicity');
    assert.equal(value.replaced, '"m"');
    const item = at('{"keyword": ["a", |]}', true);
    assert.equal(item?.position, 'item');
    assert.equal(item.itemIndex, 1);
    assert.deepEqual(item.presentItems, ['a']);
  });
});
