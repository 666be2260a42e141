import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = (file: string): { engines?: { vscode?: string }; version?: string } =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as { engines?: { vscode?: string }; version?: string };
/** `^1.93.0` → [1, 93]. */
const minimum = (range: string): number[] => (/^\^?(\d+)\.(\d+)/.exec(range) ?? []).slice(1, 3).map(Number);
const atLeast = (a: number[], b: number[]): boolean => a[0]! > b[0]! || (a[0] === b[0] && a[1]! >= b[1]!);

describe('the oldest VS Code the extension claims is the one the e2e suite runs on', () => {
  it('engines.vscode names the VS Code of the pinned oldest code-server, which the client library admits', async () => {
    const launch = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'codeServer', 'launch.mjs')).href)) as {
      CODE_SERVER_RELEASES: Record<string, { vscode: string }>;
    };
    const claimed = minimum(manifest('package.json').engines?.vscode ?? '');
    assert.deepEqual(claimed, minimum(launch.CODE_SERVER_RELEASES.oldest!.vscode), 'raise or lower engines.vscode together with CODE_SERVER_RELEASES.oldest');
    const client = minimum(manifest('node_modules/vscode-languageclient/package.json').engines?.vscode ?? '');
    assert.ok(atLeast(claimed, client), `vscode-languageclient needs VS Code ${client.join('.')}`);
    // The API types may be older than the claim (then nothing newer can be used), never newer.
    assert.ok(atLeast(claimed, minimum(manifest('node_modules/@types/vscode/package.json').version ?? '')), '@types/vscode is newer than engines.vscode');
  });
});
