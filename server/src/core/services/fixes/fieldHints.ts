import type { WorkspaceIndex } from '../../check/workspaceIndex';
import { itemsOf, nodeAtPath, stringValue, valueOf, type SourceNode } from '../../parse/sourceTree';
import type { FieldHints } from '../placeholders';
import { mediaTypesFor } from '../../catalog/formatWords';
import { urlExtension } from '../../rules/datasets/resourceFormat';
import { identifierFrom } from '../../catalog/identifiers';

/** What the workspace's plans say of a dataset: its plan entry, inventory row and officials. */
export interface PlanFacts {
  descripcion?: string;
  periodicidad?: string;
  responsable?: string;
  recurso?: string;
  correo?: string;
  sitio?: string;
}

/** Facts about dataset `identifier` gathered from every plan of the workspace. */
export function planFactsFor(index: WorkspaceIndex, identifier: string | undefined): PlanFacts {
  const facts: PlanFacts = {};
  for (const plan of index.all()) {
    if (plan.kind !== 'plan') continue;
    const root = plan.parsed.root;
    facts.correo ??= text(nodeAtPath(root, ['responsables', 'administrador', 'correo']));
    facts.sitio ??= text(nodeAtPath(root, ['institucion', 'sitio']));
    if (!identifier) continue;
    const named = (entry: SourceNode): boolean => text(valueOf(entry, 'conjunto')) === identifier;
    const entry = itemsOf(valueOf(root, 'plan')).find(named);
    const row = itemsOf(valueOf(root, 'inventario')).find(named);
    facts.descripcion ??= text(valueOf(entry, 'descripcion')) ?? text(valueOf(row, 'descripcion'));
    facts.periodicidad ??= text(valueOf(entry, 'periodicidad'));
    facts.responsable ??= text(valueOf(row, 'responsable'));
    facts.recurso ??= text(valueOf(row, 'recurso'));
  }
  return facts;
}

function text(node: SourceNode | undefined): string | undefined {
  const value = stringValue(node)?.trim();
  return value ? value : undefined;
}

/** A title from a plan's description: its first sentence, without the final period. */
export function titleFromDescription(description: string): string {
  return description.split(/\.\s/)[0]!.replace(/\.$/, '').trim();
}

/**
 * Values for the missing fields of a dataset, from what the workspace already says: its plan entry
 * (description, periodicity), its inventory row (contact, resource name) and the plan's officials.
 */
export function datasetHints(index: WorkspaceIndex, dataset: SourceNode | undefined, fileId: string): FieldHints {
  const identifier = text(valueOf(dataset, 'identifier'));
  const title = text(valueOf(dataset, 'title'));
  const facts = planFactsFor(index, identifier);
  const fileName = decodeURIComponent(fileId.split('/').pop() ?? '')
    .replace(/\.dcat\.(ya?ml|json)$/i, '')
    .replace(/\.(ya?ml|json)$/i, '');
  return {
    identifier: (title ? identifierFrom(title) : '') || identifierFrom(fileName) || undefined,
    title: facts.descripcion ? titleFromDescription(facts.descripcion) : undefined,
    description: facts.descripcion ?? title,
    accrualPeriodicity: facts.periodicidad,
    contactPoint: facts.responsable,
    mbox: facts.correo,
    landingPage: facts.sitio,
  };
}

/** Values for the missing fields of a resource: the media type its download URL's extension names. */
export function resourceHints(resource: SourceNode): FieldHints {
  const extension = urlExtension(text(valueOf(resource, 'downloadURL')));
  return { mediaType: extension ? mediaTypesFor(extension.info)[0] : undefined };
}
