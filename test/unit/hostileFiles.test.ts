import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/check/analyzeFile';
import { analyzeGuarded } from '../../server/src/core/check/guardedAnalysis';
import { analyzeWithinLimit, oversizedFileAnalysis, textExceedsLimit } from '../../server/src/core/check/sizeLimit';
import { WorkspaceIndex } from '../../server/src/core/check/workspaceIndex';
import { parseJson } from '../../server/src/core/parse/jsonParser';
import { restrictSettings } from '../../server/src/lsp/restrictedMode';
import { DEFAULT_SETTINGS } from '../../server/src/protocol/settings';

const EVALUATION = { today: '2026-11-27', showAboveTarget: true, pagesRoot: 'file:///docs/requisitos', language: 'es' as const };

describe('files too big, broken or hostile for a full check', () => {
  it('measures a text in UTF-8 bytes against the limit, accents and emoji included', () => {
    assert.equal(textExceedsLimit('a'.repeat(1024), 1), false);
    assert.equal(textExceedsLimit('a'.repeat(1025), 1), true);
    // "ñ" is 2 bytes: 512 of them fill 1 KB exactly, one more goes over.
    assert.equal(textExceedsLimit('ñ'.repeat(512), 1), false);
    assert.equal(textExceedsLimit('ñ'.repeat(513), 1), true);
    // An emoji is a surrogate pair, 4 bytes.
    assert.equal(textExceedsLimit('😀'.repeat(256), 1), false);
    assert.equal(textExceedsLimit('😀'.repeat(257), 1), true);
  });

  it('gives a file above the limit one diagnostic that says what was skipped and how to change the limit', () => {
    let parsed = false;
    const text = `title: grande\ndescription: ${'x'.repeat(3000)}\n`;
    const analysis = analyzeWithinLimit('catalogo.yaml', 'metadata', text, 2, (within) => {
      parsed = true;
      return analyzeFile('catalogo.yaml', 'metadata', within);
    });
    assert.equal(parsed, false, 'the file was not parsed');
    assert.deepEqual(
      analysis.findings.map((finding) => [finding.data.rule, finding.weight, finding.requirement]),
      [['archivo-demasiado-grande', 'mandatory', 'basico-2b']],
    );
    assert.match(analysis.findings[0]!.message, /No se revisó este archivo: mide 3 KB y el límite es 2 KB.*«guia\.maxFileSizeKB».*--max-file-size-kb/);

    const index = new WorkspaceIndex();
    index.set(analysis);
    const report = index.evaluate(EVALUATION);
    assert.deepEqual(
      report.files[0]!.diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity, diagnostic.data.rule]),
      [[0, 1, 'archivo-demasiado-grande']],
    );

    // Below the limit the same text is checked as usual.
    const within = analyzeWithinLimit('catalogo.yaml', 'metadata', text, 4, (checked) => analyzeFile('catalogo.yaml', 'metadata', checked));
    assert.ok(!within.findings.some((finding) => finding.data.rule === 'archivo-demasiado-grande'));
  });

  it('describes a plan too big to read by its size alone (the server does not read it from disk)', () => {
    const analysis = oversizedFileAnalysis('plan-de-apertura.yaml', 'plan', 9 * 1024 * 1024, 5120);
    assert.equal(analysis.kind, 'plan');
    assert.equal(analysis.findings[0]!.requirement, 'basico-1c');
    assert.match(analysis.findings[0]!.message, /mide 9216 KB y el límite es 5120 KB/);
  });

  it('turns an analysis that throws into one finding on that file, and says so to the log', () => {
    const logged: unknown[] = [];
    const analysis = analyzeGuarded(
      'roto.dcat.yaml',
      'metadata',
      () => {
        throw new Error('fallo simulado');
      },
      (error) => logged.push(error),
    );
    assert.equal(logged.length, 1);
    assert.deepEqual(
      analysis.findings.map((finding) => finding.data.rule),
      ['error-interno'],
    );
    assert.match(analysis.findings[0]!.message, /Error interno al revisar este archivo \(fallo simulado\); el resto del espacio de trabajo sí se revisó/);
  });

  it('reads a JSON file that starts with a byte-order mark, keeping offsets', () => {
    const text = '\uFEFF{"title": "Con BOM"}';
    const parsed = parseJson(text);
    assert.deepEqual(parsed.problems, []);
    const title = parsed.root?.type === 'object' ? parsed.root.properties[0]!.value : undefined;
    assert.equal(title && text.slice(title.start, title.end), '"Con BOM"');
  });

  it('in restricted mode, ignores workspace patterns and mappings and can only lower the size limit', () => {
    const hostile = {
      ...DEFAULT_SETTINGS,
      planFiles: ['**/(a+)+b'],
      metadataFiles: ['**/*'],
      dataMappings: { 'https://x.gob.mx/': '/etc' },
      maxFileSizeKB: 10_000_000,
      maxDataFileSizeMB: 1_000_000,
      targetLevel: 'avanzado' as const,
    };
    const restricted = restrictSettings(hostile);
    assert.deepEqual(restricted.planFiles, DEFAULT_SETTINGS.planFiles);
    assert.deepEqual(restricted.metadataFiles, DEFAULT_SETTINGS.metadataFiles);
    assert.deepEqual(restricted.dataMappings, {});
    assert.equal(restricted.maxFileSizeKB, DEFAULT_SETTINGS.maxFileSizeKB);
    assert.equal(restricted.maxDataFileSizeMB, DEFAULT_SETTINGS.maxDataFileSizeMB);
    assert.equal(restricted.targetLevel, 'avanzado');
    assert.equal(restrictSettings({ ...DEFAULT_SETTINGS, maxFileSizeKB: 100 }).maxFileSizeKB, 100);

    // The manifest declares the same settings as restricted, so VS Code ignores their workspace values too.
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
    };
    const overridden = (Object.keys(hostile) as Array<keyof typeof hostile>).filter((key) => JSON.stringify(restricted[key]) !== JSON.stringify(hostile[key]));
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.sort(), overridden.map((key) => `guia.${key}`).sort());
  });
});
