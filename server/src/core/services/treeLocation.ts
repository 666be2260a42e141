import type { NodePath, PropertyNode, SourceNode } from '../parse/sourceTree';

/** What sits under an offset of a parsed document. */
export interface TreeLocation {
  /** Path of the node under the offset (for a key, the path of its value). */
  path: NodePath;
  /** The node under the offset: a key's value when `onKey`. */
  node: SourceNode;
  /** The property whose key or value is under the offset, if the innermost step is a key. */
  property: PropertyNode | undefined;
  /** True when the offset is on a key rather than on a value. */
  onKey: boolean;
}

/**
 * The innermost key or value under `offset`, found by descending the tree with binary searches so
 * that a request on a 2,000-dataset catalog costs a few dozen comparisons, not a walk of the file.
 * Ends count as inside (a cursor right after a word is still on it).
 */
export function locateAt(root: SourceNode | undefined, offset: number): TreeLocation | undefined {
  if (!root || offset < root.start || offset > root.end) return undefined;
  const path: Array<string | number> = [];
  let node: SourceNode = root;
  let property: PropertyNode | undefined;
  for (;;) {
    if (node.type === 'object') {
      const found = findProperty(node.properties, offset);
      if (!found) break;
      if (offset >= found.keyStart && offset <= found.keyEnd && !(offset === found.keyEnd && offset === found.value.start && found.value.end > found.value.start)) {
        return { path: [...path, found.key], node: found.value, property: found, onKey: true };
      }
      if (offset < found.value.start || offset > found.value.end) break;
      path.push(found.key);
      property = found;
      node = found.value;
      continue;
    }
    if (node.type === 'array') {
      const index = findItem(node.items, offset);
      if (index === undefined) break;
      path.push(index);
      property = undefined;
      node = node.items[index]!;
      continue;
    }
    break;
  }
  return { path, node, property, onKey: false };
}

/** The property whose key starts at or before `offset`, the last such one. */
function findProperty(properties: PropertyNode[], offset: number): PropertyNode | undefined {
  let low = 0;
  let high = properties.length - 1;
  let found: PropertyNode | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (properties[mid]!.keyStart <= offset) {
      found = properties[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function findItem(items: SourceNode[], offset: number): number | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found === undefined) return undefined;
  const item = items[found]!;
  return offset <= item.end ? found : undefined;
}
