/**
 * The one text decoder for files users bring: data files checked chunk by chunk and spreadsheets or
 * JSON read whole by the importer. UTF-8 until a byte says otherwise (a byte-order mark, UTF-16's
 * zero bytes, a byte that breaks UTF-8); from that byte on Windows-1252, the encoding Excel on
 * Spanish-language Windows saves "CSV" in, so the rest of the file is still read and the report can
 * name the likely encoding. The streaming decoder never holds more than one chunk plus three bytes
 * of an unfinished UTF-8 sequence.
 */

interface TextDecoderLike {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/** Encodings a non-UTF-8 data file is most likely in, by what its bytes look like. */
export type LikelyEncoding = 'windows-1252' | 'iso-8859-1' | 'utf-16le' | 'utf-16be';

/** A piece of decoded text; `switched` marks the piece where the file stopped being UTF-8. */
export interface DecodedPiece {
  text: string;
  /** True for the first piece decoded after the first byte that is not UTF-8. */
  switched: boolean;
}

export interface EncodingVerdict {
  utf8: boolean;
  /** A UTF-8 byte order mark opened the file (harmless, but some tools show it as `ï»¿`). */
  bom: boolean;
  likely: LikelyEncoding | undefined;
  /** The first byte that is not UTF-8. */
  byte: number | undefined;
}

export class SniffingDecoder {
  private started = false;
  private fallback: TextDecoderLike | undefined;
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  private pending: Uint8Array = new Uint8Array(0);
  private sawC1 = false;
  private verdict: EncodingVerdict = { utf8: true, bom: false, likely: undefined, byte: undefined };

  get result(): EncodingVerdict {
    if (this.verdict.likely === 'iso-8859-1' && this.sawC1) return { ...this.verdict, likely: 'windows-1252' };
    return this.verdict;
  }

  decode(chunk: Uint8Array): DecodedPiece[] {
    let bytes = this.pending.length > 0 ? concat(this.pending, chunk) : chunk;
    this.pending = new Uint8Array(0);
    const pieces: DecodedPiece[] = [];
    if (!this.started) {
      if (bytes.length < 4 && chunk.length > 0) {
        // Too short to see a byte order mark; wait for more (or the end).
        this.pending = bytes;
        return pieces;
      }
      this.started = true;
      bytes = this.sniffStart(bytes, pieces);
    }
    if (this.fallback) {
      this.noteC1(bytes);
      const text = this.fallback.decode(bytes, { stream: true });
      if (text) pieces.push({ text, switched: false });
      return pieces;
    }
    const { invalid, incompleteFrom } = scanUtf8(bytes);
    if (invalid < 0) {
      const complete = incompleteFrom < 0 ? bytes : bytes.subarray(0, incompleteFrom);
      if (incompleteFrom >= 0) this.pending = bytes.slice(incompleteFrom);
      const text = this.utf8.decode(complete, { stream: true });
      if (text) pieces.push({ text, switched: false });
      return pieces;
    }
    const valid = this.utf8.decode(bytes.subarray(0, invalid));
    if (valid) pieces.push({ text: valid, switched: false });
    this.switchTo('windows-1252', bytes[invalid]!);
    const rest = bytes.subarray(invalid);
    this.noteC1(rest);
    pieces.push({ text: this.fallback!.decode(rest, { stream: true }), switched: true });
    return pieces;
  }

  /** Flushes what is left at the end of the file. */
  end(): DecodedPiece[] {
    const pieces: DecodedPiece[] = [];
    let bytes = this.pending;
    this.pending = new Uint8Array(0);
    if (!this.started) {
      this.started = true;
      bytes = this.sniffStart(bytes, pieces);
    }
    if (this.fallback) {
      this.noteC1(bytes);
      const text = this.fallback.decode(bytes);
      if (text) pieces.push({ text, switched: false });
      return pieces;
    }
    const { invalid, incompleteFrom } = scanUtf8(bytes);
    // An unfinished sequence at the very end is not UTF-8 either.
    const bad = invalid >= 0 ? invalid : incompleteFrom;
    if (bad < 0) {
      const text = this.utf8.decode(bytes);
      if (text) pieces.push({ text, switched: false });
      return pieces;
    }
    const valid = this.utf8.decode(bytes.subarray(0, bad));
    if (valid) pieces.push({ text: valid, switched: false });
    this.switchTo('windows-1252', bytes[bad]!);
    const rest = bytes.subarray(bad);
    this.noteC1(rest);
    pieces.push({ text: this.fallback!.decode(rest), switched: true });
    return pieces;
  }

  /** Handles byte order marks and UTF-16 without one; returns the bytes still to decode as UTF-8. */
  private sniffStart(bytes: Uint8Array, pieces: DecodedPiece[]): Uint8Array {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.verdict = { ...this.verdict, bom: true };
      return bytes.subarray(3);
    }
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : guessUtf16(bytes);
    if (utf16) {
      this.switchTo(utf16, bytes[0]!);
      const text = this.fallback!.decode(bytes, { stream: true });
      pieces.push({ text, switched: true });
      return new Uint8Array(0);
    }
    return bytes;
  }

  private switchTo(encoding: LikelyEncoding, byte: number): void {
    this.verdict = { ...this.verdict, utf8: false, likely: encoding === 'windows-1252' ? 'iso-8859-1' : encoding, byte };
    if (encoding === 'windows-1252') {
      this.fallback = { decode: (bytes?: Uint8Array) => (bytes ? decodeWindows1252(bytes) : '') };
      return;
    }
    try {
      this.fallback = new TextDecoder(encoding);
    } catch {
      // A Node.js built without full ICU knows only UTF-8 and UTF-16LE: read bytes as Latin-1.
      this.fallback = { decode: (bytes?: Uint8Array) => (bytes ? Array.from(bytes, (byte) => String.fromCharCode(byte)).join('') : '') };
    }
  }

  /** Bytes 0x80-0x9F are control codes in ISO-8859-1 but letters and quotes in Windows-1252. */
  private noteC1(bytes: Uint8Array): void {
    if (this.sawC1 || this.verdict.likely !== 'iso-8859-1') return;
    for (const byte of bytes) {
      if (byte >= 0x80 && byte <= 0x9f) {
        this.sawC1 = true;
        return;
      }
    }
  }
}

/** UTF-16 text without a byte order mark: ASCII characters leave a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): LikelyEncoding | undefined {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** Whether the bytes are whole, valid UTF-8 (a BOM allowed): what a metadata file or plan must be to be checked. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const { invalid, incompleteFrom } = scanUtf8(bytes);
  return invalid < 0 && incompleteFrom < 0;
}

/**
 * The index of the first byte that breaks UTF-8 (-1 if none), and where an unfinished but so far
 * valid sequence starts at the end of the bytes (-1 if none), per RFC 3629 (no overlongs, no
 * surrogates, nothing above U+10FFFF).
 */
export function scanUtf8(bytes: Uint8Array): { invalid: number; incompleteFrom: number } {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return { invalid: i, incompleteFrom: -1 };
    for (let k = 1; k <= need; k++) {
      if (i + k >= length) return { invalid: -1, incompleteFrom: i };
      const byte = bytes[i + k]!;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return { invalid: i, incompleteFrom: -1 };
    }
    i += need + 1;
  }
  return { invalid: -1, incompleteFrom: -1 };
}

/** What windows-1252 puts at 0x80-0x9F, where Latin-1 has control codes (undefined stays as is). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes windows-1252 by hand: Node's TextDecoder treats the label as Latin-1 when it is built
 * without full ICU, which would turn Excel's curly quotes and dashes into control codes. A superset
 * of Latin-1 for every printable character, so it reads Latin-1 files right too. One byte is one
 * character, so chunks decode independently.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

/**
 * Signs that a text was decoded with the wrong encoding somewhere before us: C1 control characters
 * and accents on no letter, which no text holds; UTF-8 read as Latin-1 or windows-1252
 * (`InformaciÃ³n`, `Â¿`); and that read once more as Mac Roman, as in CONEVAL's 2014 catalog, where
 * «Diagnóstico» became `DiagnÌ_stico` (Spanish has no `Ì`).
 */
const GARBLED = /* @__PURE__ */ (() => new RegExp(`[\\u0080-\\u009f]|(?<![\\p{L}\\p{M}])\\p{M}|Ã[\\u00a0-\\u00bf${WINDOWS_1252_HIGH}]|Â[\\u00a0-\\u00bf]|Ì(?![A-Za-z\\s])`, 'u'))();

/** The first word of a text that shows it was decoded with the wrong encoding, or undefined. */
export function garbledWord(text: string): string | undefined {
  const match = GARBLED.exec(text);
  if (!match) return undefined;
  const start = text.slice(0, match.index).search(/\S*$/);
  const end = match.index + match[0].length + (text.slice(match.index + match[0].length).match(/^\S*/)?.[0].length ?? 0);
  return text
    .slice(start, end)
    .replace(/[\u0080-\u009f]/g, '\uFFFD')
    .slice(0, 40);
}

/** The encodings a whole file is reported in after import. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Decodes a whole file (a CSV template, an ADELA JSON export) with the streaming decoder's rules. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoder = new SniffingDecoder();
  const text = [...decoder.decode(bytes), ...decoder.end()].map((piece) => piece.text).join('');
  const verdict = decoder.result;
  const encoding: TextEncoding = verdict.utf8
    ? verdict.bom
      ? 'utf-8-bom'
      : 'utf-8'
    : verdict.likely === 'utf-16le' || verdict.likely === 'utf-16be'
      ? verdict.likely
      : 'windows-1252';
  return { text, encoding };
}
