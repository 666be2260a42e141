// `npm run l10n`: writes `l10n/bundle.l10n.json`, the Spanish source bundle (every message of the
// client, server and core, as `@vscode/l10n-dev export` would), and lists the messages that
// `l10n/bundle.l10n.en.json` lacks or no longer needs. Translations are never invented here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './bootstrap.mjs';
import { extractL10nStrings } from './l10nStrings.mjs';

const { messages, nonLiteral } = extractL10nStrings(repoRoot);
const source = Object.fromEntries([...messages.keys()].sort().map((message) => [message, message]));
writeFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), JSON.stringify(source, null, 2) + '\n');
console.log(`✔ l10n/bundle.l10n.json: ${messages.size} mensajes`);

const englishFile = path.join(repoRoot, 'l10n', 'bundle.l10n.en.json');
const english = existsSync(englishFile) ? JSON.parse(readFileSync(englishFile, 'utf8')) : {};
const missing = [...messages.keys()].filter((message) => typeof english[message] !== 'string' || english[message] === '');
const stale = Object.keys(english).filter((message) => !messages.has(message));
for (const message of missing) console.log(`✘ sin traducción al inglés (${messages.get(message)?.[0]}): ${JSON.stringify(message)}`);
for (const message of stale) console.log(`✘ traducción que ya no se usa: ${JSON.stringify(message)}`);
for (const where of nonLiteral) console.log(`✘ t() sin texto literal en ${where}`);
process.exitCode = missing.length + stale.length + nonLiteral.length > 0 ? 1 : 0;
