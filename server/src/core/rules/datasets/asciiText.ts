import { stripAccents } from '../../text/accents';

/** Whether every character is printable ASCII (no accents, eñes, spaces or control characters). */
export function isPrintableAscii(text: string): boolean {
  return /^[\x21-\x7e]*$/.test(text);
}

/** The characters of a text that are not ASCII, each once, in order. */
export function nonAsciiCharacters(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
  return [...new Set(text.match(/[^\x00-\x7f]/gu) ?? [])];
}

/** A URL with its path and file name made ASCII: accents dropped, spaces and other letters as hyphens. */
export function asciiUrl(url: string): string {
  return stripAccents(url)
    .replace(/\s+/g, '-')
    .replace(/[^\x21-\x7e]/g, '-');
}
