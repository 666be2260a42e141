import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileClassifier } from '../../server/src/core/files/fileKinds';
import { unsafeGlobReason } from '../../server/src/core/files/globSafety';

describe('workspace glob patterns cannot stall matching', () => {
  it('refuses patterns past the complexity bound and says why', () => {
    assert.match(unsafeGlobReason('*a'.repeat(20)) ?? '', /tiene 20 comodines «\*»/);
    assert.match(unsafeGlobReason('**/+(a|aa)+(a|aa)b.yaml') ?? '', /patrones extendidos/);
    assert.match(unsafeGlobReason(`**/${'x'.repeat(300)}.yaml`) ?? '', /mide 308 caracteres/);
    assert.match(unsafeGlobReason('{a,b}{c,d}{e,f}{g,h}{i,j}*.yaml') ?? '', /5 grupos/);
  });

  it('keeps the patterns people write', () => {
    for (const pattern of ['**/*.dcat.yaml', '**/catalogo*.json', 'datos/**/plan-de-apertura*.{yaml,yml}', '**/*-*.plan.yaml', 'a/*/b/*/c.yaml', '**/[cC]atalogo?.json']) {
      assert.equal(unsafeGlobReason(pattern), undefined, pattern);
    }
  });

  it('classifies with the safe patterns only, at once, listing the refused ones', () => {
    const classifier = new FileClassifier({ metadata: ['*a'.repeat(20), '**/*.dcat.yaml'], plan: ['+(a|aa)+(a|aa)+(a|aa)b'] });
    const started = performance.now();
    assert.equal(classifier.roleOfPath(`${'a'.repeat(60)}b`), undefined);
    assert.equal(classifier.roleOfPath('datos/x.dcat.yaml'), 'metadata');
    // Generous: the refused patterns alone took seconds to minutes on this one name.
    assert.ok(performance.now() - started < 1_000);
    assert.deepEqual(
      classifier.refused.map((entry) => entry.setting),
      ['guia.metadataFiles', 'guia.planFiles'],
    );
  });
});
