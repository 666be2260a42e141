/**
 * File names that are safe to create on every system the product runs on: Windows refuses the
 * device names (`CON`, `NUL`, `COM1`, also with an extension: `AUX.txt`), characters such as
 * `<>:"/\|?*`, control characters, and trailing dots or spaces (it silently drops them, so two
 * names collide); every system limits a name to 255 bytes. Names the import writes are built from
 * identifiers in the imported data, which is hostile input like any other.
 */

/** Bytes (UTF-8) a base name may take before its suffix, leaving room for a counter and `.dcat.yaml`. */
export const MAX_BASE_NAME_BYTES = 120;

const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// eslint-disable-next-line no-control-regex -- control characters are not allowed in file names on Windows
const FORBIDDEN_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** Whether `name` (one path component) can be created as it is on Windows, macOS and Linux. */
export function isSafeFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && name === cleanName(name) && utf8Length(name) <= 255;
}

/**
 * `base` made into a safe stem for a file name: forbidden characters become hyphens, trailing dots
 * and spaces go, a device name (the part before the first dot) gets a trailing `_`, and the result is
 * cut to `MAX_BASE_NAME_BYTES` without splitting a character. `fallback` when nothing is left.
 */
export function safeFileName(base: string, fallback: string): string {
  const name = cleanName(truncateBytes(base.replace(FORBIDDEN_CHARACTERS, '-'), MAX_BASE_NAME_BYTES));
  return name === '' || name === '.' || name === '..' ? fallback : name;
}

function cleanName(text: string): string {
  const name = text.replace(FORBIDDEN_CHARACTERS, '-').replace(/[. ]+$/, '');
  const device = name.split('.')[0]!;
  return WINDOWS_DEVICES.test(device.trim()) ? `${device}_${name.slice(device.length)}` : name;
}

function truncateBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let result = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    result += char;
    bytes += size;
  }
  return result;
}

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8 (no `Buffer`: the web client checks names with this file too). */
function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
