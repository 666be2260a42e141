import { TextEncoder } from 'node:util';

/** UTF-8 bytes of a text. */
export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** ISO-8859-1 bytes of a text (every character must be below U+0100). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`not Latin-1: ${char}`);
      return code;
    }),
  );
}

/** The bytes in chunks of `size`, as a file stream delivers them. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}
