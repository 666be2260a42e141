import { datasetIdentifierAt, datasetReferences, datasetsByIdentifier } from './datasetReferences';
import type { Location, ServiceContext } from './serviceTypes';
import { locateAt } from './treeLocation';

/** The dataset identifier under the cursor, if the cursor is on one. */
function identifierAt(context: ServiceContext, offset: number): string | undefined {
  const location = locateAt(context.file.parsed.root, offset);
  if (!location || location.onKey) return undefined;
  return datasetIdentifierAt(context.file, location.path, location.node);
}

/** Go to definition: from a plan's reference to a dataset, the `identifier` in its metadata file. */
export function definition(context: ServiceContext, offset: number): Location[] {
  if (context.file.kind !== 'plan') return [];
  const identifier = identifierAt(context, offset);
  if (identifier === undefined) return [];
  return (datasetsByIdentifier(context.index).get(identifier) ?? []).map((entry) => ({
    uri: entry.file.id,
    range: entry.file.parsed.lines.rangeOf(entry.identifierNode.start, entry.identifierNode.end),
  }));
}

/**
 * Find references: from a dataset identifier (in its metadata or in a plan), every entry of the
 * plans that names it (inventory, plan, tools, stories), and its declarations when asked.
 */
export function references(context: ServiceContext, offset: number, includeDeclaration: boolean): Location[] {
  const identifier = identifierAt(context, offset);
  if (identifier === undefined) return [];
  const locations: Location[] = [];
  if (includeDeclaration) {
    for (const entry of datasetsByIdentifier(context.index).get(identifier) ?? []) {
      locations.push({ uri: entry.file.id, range: entry.file.parsed.lines.rangeOf(entry.identifierNode.start, entry.identifierNode.end) });
    }
  }
  for (const reference of datasetReferences(context.index)) {
    if (reference.identifier !== identifier) continue;
    locations.push({ uri: reference.file.id, range: reference.file.parsed.lines.rangeOf(reference.node.start, reference.node.end) });
  }
  return locations;
}
