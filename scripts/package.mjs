// `npm run package`: a production build packaged as dist/guia-datos-abiertos.vsix. The bundles hold
// every dependency, so vsce is told not to collect node_modules.
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ensureDependencies, repoRoot, runOrExit } from './bootstrap.mjs';

ensureDependencies();
const vsix = path.join(repoRoot, 'dist', 'guia-datos-abiertos.vsix');
runOrExit(process.execPath, [path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix]);
if (!existsSync(vsix)) {
  console.error('✘ vsce did not write the package');
  process.exit(1);
}
console.log(`✔ ${path.relative(repoRoot, vsix)} (${(statSync(vsix).size / 1024).toFixed(0)} KB)`);
