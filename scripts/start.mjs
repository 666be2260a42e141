// `npm start`: installs what is missing, builds and packages the extension, then opens examples/
// in VS Code with it:
//  - the desktop VS Code when `code` is on the PATH (the build is loaded as a development
//    extension, nothing is installed into the user's VS Code);
//  - otherwise VS Code in the browser (code-server, installed once into ~/.cache): the URL is
//    printed and the server runs until Ctrl+C.
// `npm start -- --browser` uses the browser even when `code` exists; `--port N` (or PORT) picks the port.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { ensureDependencies, repoRoot, runOrExit } from './bootstrap.mjs';

const examples = path.join(repoRoot, 'examples');
const vsix = path.join(repoRoot, 'dist', 'guia-datos-abiertos.vsix');
const args = process.argv.slice(2);
const portArgument = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : Number(process.env.PORT);

ensureDependencies();
runOrExit(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs')]); // builds, then packages

if (!args.includes('--browser') && desktopCodeAvailable()) openInDesktop();
else await openInBrowser();

/** `code` on the PATH that answers `--version` (a desktop VS Code or its CLI). */
function desktopCodeAvailable() {
  const result = spawnSync('code', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return result.status === 0 && /^\d+\.\d+/.test(result.stdout.trim());
}

function openInDesktop() {
  console.log('\n› Abriendo examples/ en VS Code con la extensión recién compilada…');
  runOrExit('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, examples], { shell: process.platform === 'win32' });
  console.log('✔ Listo: en la ventana nueva, la barra de estado muestra «Guía: …» y el panel Problemas los hallazgos.');
  console.log(`  Para instalarla en tu VS Code: code --install-extension ${path.relative(process.cwd(), vsix) || vsix}`);
}

async function openInBrowser() {
  console.log('\n› No se encontró `code` en el PATH: se abre VS Code en el navegador (code-server).');
  console.log('  La primera vez se instala en ~/.cache/guia-datos-abiertos (unos minutos).');
  runOrExit(process.execPath, [path.join(repoRoot, 'scripts', 'codeServer', 'setup.mjs')]);
  const { freePort, installExtension, startCodeServer } = await import('./codeServer/launch.mjs');

  // A profile of its own, kept between runs (like a normal VS Code profile).
  const profile = path.join(os.homedir(), '.cache', 'guia-datos-abiertos', 'start');
  const userDataDir = path.join(profile, 'user-data');
  const extensionsDir = path.join(profile, 'extensions');
  mkdirSync(profile, { recursive: true });
  await installExtension(vsix, { extensionsDir, userDataDir });

  const port = portArgument || ((await isFree(8080)) ? 8080 : await freePort());
  const server = await startCodeServer({
    folder: examples,
    port,
    userDataDir,
    extensionsDir,
    // examples/ sits inside this repository: do not ask to open it in the Source Control view.
    settings: { 'git.openRepositoryInParentFolders': 'never' },
    extraArgs: ['--config', path.join(profile, 'config.yaml')],
  });
  const url = `${server.url}/?folder=${encodeURIComponent(examples)}`;
  console.log('\n✔ VS Code con la Guía de Datos Abiertos está listo. Ábrelo en tu navegador:\n');
  console.log(`    ${url}\n`);
  console.log('  Presiona Ctrl+C para detenerlo.');

  let stopping = false;
  const stop = async () => {
    stopping = true;
    console.log('\n› Deteniendo code-server…');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`✘ code-server terminó (${signal ?? `código ${code}`}):\n${server.output()}`);
    process.exit(1);
  });
}

async function isFree(port) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
