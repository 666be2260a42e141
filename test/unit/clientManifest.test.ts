import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ClientCommands } from '../../server/src/protocol/protocol';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command: string }>>;
    views: Record<string, Array<{ id: string; icon?: string }>>;
    viewsWelcome: Array<{ view: string; contents: string }>;
    walkthroughs: Array<{ steps: Array<{ media: { image: Record<string, string> }; completionEvents: string[] }> }>;
  };
};
const clientSource = readdirSync(path.join(ROOT, 'client', 'src'), { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .map((file) => readFileSync(path.join(ROOT, 'client', 'src', String(file)), 'utf8'))
  .join('\n');
const registry = readFileSync(path.join(ROOT, 'client', 'src', 'commands', 'index.ts'), 'utf8');
const registered = new Set([...registry.matchAll(/^\s+'(guia\.[A-Za-z]+)': /gm)].map((match) => match[1]!));

/** The client's source text, to find the context keys it sets. */
function clientSources(): string {
  const root = path.join(ROOT, 'client', 'src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return files.map((file) => readFileSync(path.join(root, file), 'utf8')).join('\n');
}

describe('extension manifest and client agree', () => {
  const contributed = new Set(manifest.contributes.commands.map((command) => command.command));

  it('contributes every command the client registers, each with a localised title in the Guide category', () => {
    assert.ok(registered.size >= 13, `${registered.size} commands found in client/src/commands/index.ts`);
    for (const id of registered) assert.ok(contributed.has(id), `${id} is not in contributes.commands`);
    for (const command of manifest.contributes.commands) {
      assert.match(command.title, /^%command\.[A-Za-z]+%$/, command.command);
      assert.equal(command.category, '%command.category%', command.command);
      assert.ok(registered.has(command.command), `${command.command} is contributed but not in the command registry (client/src/commands/index.ts)`);
    }
  });

  it('registers every command in one place, with one error wrapper', () => {
    const registrations = [...clientSource.matchAll(/\bregisterCommand\(/g)].length;
    assert.equal(registrations, 1, 'only client/src/commands/index.ts calls vscode.commands.registerCommand');
  });

  it('registers the commands the server puts in CodeLenses', () => {
    for (const id of Object.values(ClientCommands)) assert.ok(registered.has(id), id);
  });

  it('refers only to contributed commands in menus, welcome views and walkthrough events', () => {
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu}: ${item.command}`);
    }
    const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const welcome = manifest.contributes.viewsWelcome.map((entry) => nls[entry.contents.replace(/%/g, '')] ?? '').join('\n');
    const walkthrough = manifest.contributes.walkthroughs
      .flatMap((entry) => entry.steps)
      .map((step) => nls[String((step as unknown as { description: string }).description).replace(/%/g, '')] ?? '')
      .join('\n');
    for (const [, id] of `${welcome}\n${walkthrough}`.matchAll(/\(command:(guia\.[A-Za-z]+)/g)) assert.ok(contributed.has(id!), id);
    for (const step of manifest.contributes.walkthroughs.flatMap((entry) => entry.steps)) {
      for (const event of step.completionEvents) if (event.startsWith('onCommand:')) assert.ok(contributed.has(event.slice('onCommand:'.length)), event);
      // A step that completes from context (a plan exists…) needs the client to set that key.
      for (const event of step.completionEvents.filter((candidate) => candidate.startsWith('onContext:'))) {
        const key = event.slice('onContext:'.length);
        assert.ok(clientSources().includes(`'setContext', '${key}'`), event);
      }
    }
  });

  it('ships the pictures, icons and page assets it names', () => {
    const files = [
      ...manifest.contributes.walkthroughs.flatMap((entry) => entry.steps.flatMap((step) => Object.values(step.media.image))),
      ...Object.values(manifest.contributes.views)
        .flat()
        .flatMap((view) => (view.icon ? [view.icon] : [])),
      'media/webview.css',
      'media/webview.js',
      'media/guia.svg',
    ];
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const file of files) {
      assert.ok(existsSync(path.join(ROOT, file)), file);
      assert.ok(ignore.includes(`!${path.dirname(file)}/*.${path.extname(file).slice(1)}`), `.vscodeignore does not re-include ${file}`);
    }
  });
});
