import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import type { GuideDiagnostic } from '../../server/src/core/check/diagnostics';
import { DEFAULT_DEBOUNCE_MS, DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';
import { yieldToRequests } from '../../server/src/lsp/slicedWork';
import type { Evaluation, GuideWorkspace } from '../../server/src/lsp/guideWorkspace';

/**
 * The publisher checks a change after a pause at once, gathers a burst of changes into one check of
 * the last text, and sends a file's diagnostics only when they say something new.
 */

const URI = 'file:///w/catalogo.yaml';

/** A workspace stand-in whose one document gets a diagnostic per `x` in its text. */
class FakeWorkspace {
  readonly analysed: string[] = [];
  private text = '';

  isCurrent(uri: string, text: string): boolean {
    return uri === URI && this.analysed.length > 0 && text === this.text;
  }

  *prepareOpen(): Generator<void> {}

  *prepareEvaluation(): Generator<void> {}

  updateOpen(_uri: string, text: string): boolean {
    this.analysed.push(text);
    this.text = text;
    return true;
  }

  evaluate(): Evaluation {
    const diagnostics = [...this.text].flatMap((char, i): GuideDiagnostic[] => (char === 'x' ? [diagnosticAt(i)] : []));
    return { report: { files: [{ id: URI, kind: 'catalog', diagnostics }] }, coverage: { files: {} } } as unknown as Evaluation;
  }

  evaluateReport(): Evaluation['report'] {
    return this.evaluate().report;
  }

  /** The coverage report: here, which text it is about. */
  coverageOf(): Evaluation['coverage'] {
    return { files: {}, about: this.text } as unknown as Evaluation['coverage'];
  }
}

function diagnosticAt(character: number): GuideDiagnostic {
  return {
    range: { start: { line: 0, character }, end: { line: 0, character: character + 1 } },
    severity: 1,
    code: 'basico-2b',
    codeDescription: { href: 'file:///docs/requisitos/es/basico-2b.md' },
    source: 'guía',
    message: 'x no vale',
    data: { rule: 'prueba', requirement: 'basico-2b' },
  };
}

function setUp(coverageQuietMs?: number): { workspace: FakeWorkspace; publisher: DiagnosticsPublisher; sent: GuideDiagnostic[][]; coverage: unknown[] } {
  const sent: GuideDiagnostic[][] = [];
  const coverage: unknown[] = [];
  const connection = {
    sendDiagnostics: (params: { diagnostics: GuideDiagnostic[] }) => {
      sent.push(params.diagnostics);
      return Promise.resolve();
    },
    sendNotification: (_type: unknown, report: unknown) => {
      coverage.push(report);
      return Promise.resolve();
    },
    console: { error: (message: string) => assert.fail(message) },
  } as unknown as Connection;
  const workspace = new FakeWorkspace();
  return { workspace, publisher: new DiagnosticsPublisher(connection, workspace as unknown as GuideWorkspace, DEFAULT_DEBOUNCE_MS, coverageQuietMs), sent, coverage };
}

describe('publishing diagnostics as documents change', () => {
  it('checks a change after a pause at once, and a burst of changes once, with its last text', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const { workspace, publisher } = setUp();
      publisher.documentChanged(URI, 'a');
      assert.deepEqual(workspace.analysed, ['a']);
      publisher.documentChanged(URI, 'ab');
      publisher.documentChanged(URI, 'abc');
      assert.deepEqual(workspace.analysed, ['a'], 'changes right after a check wait for the burst to end');
      mock.timers.tick(DEFAULT_DEBOUNCE_MS);
      assert.deepEqual(workspace.analysed, ['a', 'abc']);
      // The same text announced again (as on opening) is not checked twice.
      publisher.documentChanged(URI, 'abc', 0);
      assert.deepEqual(workspace.analysed, ['a', 'abc']);
    } finally {
      mock.timers.reset();
    }
  });

  it("sends a file's diagnostics only when they differ from the last ones sent", async () => {
    const { publisher, sent } = setUp();
    publisher.documentChanged(URI, 'x', 0);
    await yieldToRequests();
    publisher.documentChanged(URI, 'xa', 0);
    await yieldToRequests();
    assert.equal(sent.length, 1, 'new diagnostics equal to the last ones are not sent again');
    publisher.documentChanged(URI, 'xax', 0);
    await yieldToRequests();
    assert.equal(sent.length, 2);
    assert.deepEqual(
      sent[1]!.map((diagnostic) => diagnostic.range.start.character),
      [0, 2],
    );
  });

  it('sends the coverage report of typing once the user pauses, about the last text; the diagnostics do not wait for it', async () => {
    const { publisher, sent, coverage } = setUp(40);
    publisher.documentChanged(URI, 'x', 0);
    await yieldToRequests();
    publisher.documentChanged(URI, 'xx', 0);
    await yieldToRequests();
    assert.equal(sent.length, 2, 'each keystroke has its diagnostics at once');
    assert.deepEqual(coverage, [], 'no coverage report while typing');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(coverage, [{ files: {}, about: 'xx' }], 'one report, about the text the user stopped at');
  });

  it("publishes in a browser's worker too, which has no setImmediate (the web extension's server)", async () => {
    const setImmediateOfNode = globalThis.setImmediate;
    Reflect.deleteProperty(globalThis, 'setImmediate');
    try {
      const { publisher, sent } = setUp();
      publisher.documentChanged(URI, 'x', 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(sent.length, 1, 'the change has its diagnostics');
    } finally {
      globalThis.setImmediate = setImmediateOfNode;
    }
  });

  it('answers what arrived between a check and its publication, and drops a version superseded meanwhile', async () => {
    const { workspace, publisher, sent } = setUp();
    publisher.documentChanged(URI, 'x', 0);
    // Analysed at once; published only after the messages waiting meanwhile are handled.
    assert.deepEqual([workspace.analysed, sent.length], [['x'], 0]);
    publisher.documentChanged(URI, 'xxx', 0);
    await yieldToRequests();
    await yieldToRequests();
    // Only the newest version's diagnostics went out: the check of 'x' was stale when its turn came.
    assert.deepEqual(
      sent.map((list) => list.length),
      [3],
    );
  });
});
