import { CST } from 'yaml';

/**
 * The offset of the first collection nested more than `limit` levels deep in YAML's concrete syntax
 * tree, or undefined. The tree is walked with an explicit stack: the library's own composer recurses
 * once per level, and running it on thousands of levels exhausts the stack (where V8 may even abort
 * the process instead of throwing), so too-deep files must be caught before composing.
 */
export function offsetBeyondDepth(tokens: readonly CST.Token[], limit: number): number | undefined {
  const pending: Array<[CST.Token, number]> = [];
  for (const token of tokens) if (token.type === 'document' && token.value) pending.push([token.value, 1]);
  while (pending.length > 0) {
    const [token, depth] = pending.pop()!;
    if (!CST.isCollection(token)) continue;
    if (depth > limit) return token.offset;
    for (const item of token.items) {
      if (item.key) pending.push([item.key, depth + 1]);
      if (item.value) pending.push([item.value, depth + 1]);
    }
  }
  return undefined;
}
