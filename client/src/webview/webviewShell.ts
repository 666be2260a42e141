import type { Language } from '../../../server/src/core/l10n';
import { escapeHtml } from '../../../server/src/core/text/html';

/** What a webview page needs from VS Code, passed as plain strings so the page is testable. */
export interface ShellOptions {
  /** `webview.cspSource`: where the extension's own styles and scripts may load from. */
  cspSource: string;
  /** A fresh random value per render: only our script carries it. */
  nonce: string;
  styleUri: string;
  scriptUri: string;
  title: string;
  language: Language;
  /** The initial content of `<main>`; later updates arrive by message. */
  body: string;
}

/**
 * A webview page with a strict Content Security Policy: no inline styles or scripts, no remote
 * content, only the extension's own stylesheet and the script that carries the nonce. Pictures are
 * inline SVG whose geometry is in attributes, which the policy allows.
 */
export function webviewShell(options: ShellOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${options.cspSource}`,
    `img-src ${options.cspSource} data:`,
    `font-src ${options.cspSource}`,
    `script-src 'nonce-${options.nonce}'`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy holds single quotes but no double quotes: it goes in the attribute as written.
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    '</head>',
    '<body>',
    '<div id="announcer" class="sr-only" role="status" aria-live="polite"></div>',
    `<main id="content">${options.body}</main>`,
    `<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A nonce for the Content Security Policy: 32 letters and digits from the system's secure random source. */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  // 62 letters: bytes of 248 and above are dropped so that every letter is equally likely.
  let nonce = '';
  while (nonce.length < 32) {
    for (const byte of crypto.getRandomValues(new Uint8Array(48))) if (byte < 248 && nonce.length < 32) nonce += alphabet[byte % alphabet.length];
  }
  return nonce;
}
