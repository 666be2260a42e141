/**
 * Reads a YAML flow collection (`{ fecha: 2026-09-10, lugar: Sala 2 }`, `[rezago-social, x]`) up to
 * the cursor, the way a person reads it: which brackets are open, which key or item the cursor is
 * on, and what the open collection already holds. Works on unfinished text (no closing bracket).
 */

export interface FlowFrame {
  type: 'map' | 'seq';
  /** Path segments from the collection that starts the scan to this frame. */
  path: Array<string | number>;
  /** In a map: the key being written or whose value is being written. */
  key: string | undefined;
  /** In a map: whether the cursor is after the key's colon. */
  afterColon: boolean;
  /** In a sequence: the index of the item being written. */
  index: number;
  /** Keys (maps) or plain items (sequences) already in the collection, on either side of the cursor. */
  keys: string[];
  items: string[];
}

export interface FlowPosition {
  frame: FlowFrame;
  /** The text of the token being written, up to the cursor (without an opening quote). */
  prefix: string;
  /** Offsets in the scanned text where the token starts and ends (quotes included). */
  tokenStart: number;
  tokenEnd: number;
  quote: '"' | "'" | undefined;
}

/**
 * Scans `text` from `start` (an opening bracket) and returns where `cursor` falls, or undefined
 * when the cursor is not inside the collection (it was closed before the cursor).
 */
export function scanFlow(text: string, start: number, cursor: number): FlowPosition | undefined {
  const stack: FlowFrame[] = [];
  let tokenStart = -1;
  let token = '';
  let result: FlowPosition | undefined;
  const lineEnd = endOfLine(text, start);

  const finishToken = (frame: FlowFrame | undefined): void => {
    if (!frame) return;
    const value = token.trim();
    if (frame.type === 'seq' && value) frame.items.push(unquote(value));
    token = '';
    tokenStart = -1;
  };

  for (let i = start; i <= lineEnd; i++) {
    const top = stack[stack.length - 1];
    if (i === cursor && top && !result) result = positionAt(text, top, tokenStart, cursor, lineEnd);
    if (i === lineEnd) {
      finishToken(stack[stack.length - 1]);
      break;
    }
    const ch = text[i]!;
    if ((ch === '"' || ch === "'") && token.trim() === '') {
      const close = closingQuote(text, i, lineEnd);
      if (cursor > i && cursor <= close && top && !result) result = positionAt(text, top, i, cursor, lineEnd);
      tokenStart = i;
      token = text.slice(i, close + 1);
      i = close;
      continue;
    }
    if (ch === '{' || ch === '[') {
      const segment: Array<string | number> = top ? [top.type === 'map' ? (top.key ?? '') : top.index] : [];
      stack.push({ type: ch === '{' ? 'map' : 'seq', path: [...(top?.path ?? []), ...segment], key: undefined, afterColon: false, index: 0, keys: [], items: [] });
      token = '';
      tokenStart = -1;
      continue;
    }
    if (ch === '}' || ch === ']') {
      finishToken(top);
      const closed = stack.pop();
      if (closed && closed.type === 'map' && closed.key !== undefined && !closed.keys.includes(closed.key)) closed.keys.push(closed.key);
      if (stack.length === 0) break;
      // A closed inner collection is a finished value of its parent.
      token = ' ';
      continue;
    }
    if (!top) continue;
    if (ch === ',') {
      finishToken(top);
      if (top.type === 'seq') top.index++;
      else {
        if (top.key !== undefined && !top.keys.includes(top.key)) top.keys.push(top.key);
        top.key = undefined;
        top.afterColon = false;
      }
      continue;
    }
    if (ch === ':' && top.type === 'map' && !top.afterColon && (i + 1 >= lineEnd || ' ,}]'.includes(text[i + 1]!))) {
      top.key = unquote(token.trim());
      top.afterColon = true;
      token = '';
      tokenStart = -1;
      continue;
    }
    if (ch === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) break;
    if (tokenStart < 0 && ch !== ' ' && ch !== '\t') tokenStart = i;
    token += ch;
  }
  if (result) {
    // The token under the cursor is being written: it is not one of the collection's existing entries.
    const written = unquote(text.slice(result.tokenStart, result.tokenEnd).trim());
    const list = result.frame.type === 'map' ? result.frame.keys : result.frame.items;
    const at = list.indexOf(written);
    if (written && at >= 0) list.splice(at, 1);
  }
  return result;
}

function positionAt(text: string, frame: FlowFrame, tokenStart: number, cursor: number, lineEnd: number): FlowPosition {
  const start = tokenStart >= 0 ? tokenStart : cursor;
  const quote = text[start] === '"' || text[start] === "'" ? text[start] : undefined;
  let end = cursor;
  if (quote) {
    end = Math.min(closingQuote(text, start, lineEnd) + 1, lineEnd);
  } else {
    const stop = frame.type === 'map' && !frame.afterColon ? ':,{}[]' : ',{}[]';
    while (end < lineEnd && !stop.includes(text[end]!) && !(text[end] === '#' && text[end - 1] === ' ')) end++;
    while (end > cursor && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  }
  const prefix = text.slice(start + (quote ? 1 : 0), cursor);
  // A copy that shares the key and item lists: the scan goes on to collect those after the cursor.
  return { frame: { ...frame, path: [...frame.path] }, prefix, tokenStart: start, tokenEnd: end, quote };
}

function closingQuote(text: string, open: number, limit: number): number {
  const quote = text[open];
  for (let i = open + 1; i < limit; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return limit;
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) return value.slice(1, -1);
  return value;
}
