import type { FileAnalysis } from '../model/analysis';
import type { DatasetFacts } from '../model/facts';
import { t } from '../l10n';
import { property, stringValue, valueOf, type PropertyNode, type SourceNode } from '../parse/sourceTree';
import type { LineIndex } from '../text/lineIndex';
import { fieldTitle } from './fieldDocs';
import { schemaAt, schemaStartOf } from './schemaContext';
import { SymbolKind, type DocumentSymbol, type ServiceSettings } from './serviceTypes';

/** The keys that name an entry of each of the plan's lists in the outline, in order. */
const ENTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  inventario: ['conjunto', 'recurso'],
  plan: ['conjunto'],
  sesiones: ['fecha', 'lugar'],
  consultas: ['fecha'],
  reportes: ['folio'],
  verificaciones: ['fecha', 'responsable'],
  herramientas: ['nombre'],
  participacion: ['tipo', 'fecha'],
  comunicacion: ['fecha', 'canal'],
  historias: ['titulo'],
};

/** The details shown next to an entry's name. */
const ENTRY_DETAILS: Readonly<Record<string, readonly string[]>> = {
  inventario: ['acceso', 'fechaEstimada'],
  plan: ['periodicidad', 'fechaPublicacion'],
  consultas: ['resultado'],
  reportes: ['recibido', 'respondido'],
  herramientas: ['url'],
  historias: ['url'],
};

/**
 * A symbol's name: the first candidate with visible text, else «(sin título)». Editors reject a
 * symbol without a name (VS Code drops the whole outline), so `title: ""` or an empty key must
 * still give one.
 */
export function symbolName(...candidates: Array<string | undefined>): string {
  for (const candidate of candidates) if (candidate !== undefined && candidate.trim() !== '') return candidate.trim();
  return t('(sin título)');
}

/**
 * The outline of a document: a plan's sections with their entries (inventory rows, plan entries,
 * sessions, tools…), or a catalog's datasets with their resources.
 */
export function documentSymbols(file: FileAnalysis, settings: ServiceSettings): DocumentSymbol[] {
  const root = file.parsed.root;
  if (root?.type !== 'object') return [];
  const lines = file.parsed.lines;
  if (file.kind === 'plan') return root.properties.map((section) => planSection(file, section, settings));
  if (file.kind === 'dataset') return file.datasets.map((dataset) => datasetSymbol(dataset, lines));
  if (file.kind === 'catalog') {
    return root.properties.map((entry) => {
      if (entry.key !== 'dataset' || entry.value.type !== 'array') return fieldSymbol(entry, lines, undefined);
      const children = file.datasets.map((dataset) => datasetSymbol(dataset, lines));
      return { ...fieldSymbol(entry, lines, t('{0} conjuntos', children.length)), kind: SymbolKind.Array, children };
    });
  }
  return [];
}

function planSection(file: FileAnalysis, section: PropertyNode, settings: ServiceSettings): DocumentSymbol {
  const lines = file.parsed.lines;
  const start = schemaStartOf('plan')!;
  const title = (path: Array<string | number>): string | undefined => {
    const found = schemaAt(start, path);
    return found ? fieldTitle(found.schema, settings) : undefined;
  };
  const value = section.value;
  if (value.type === 'array') {
    return { ...fieldSymbol(section, lines, title([section.key])), kind: SymbolKind.Array, children: entrySymbols(section.key, value, lines) };
  }
  if (value.type === 'object') {
    const children = value.properties.map((inner) => {
      if (inner.value.type === 'array')
        return { ...fieldSymbol(inner, lines, title([section.key, inner.key])), kind: SymbolKind.Array, children: entrySymbols(inner.key, inner.value, lines) };
      const name = inner.value.type === 'scalar' ? stringValue(inner.value) : (stringValue(valueOf(inner.value, 'nombre')) ?? stringValue(valueOf(inner.value, 'referencia')));
      return { ...fieldSymbol(inner, lines, name?.trim() || title([section.key, inner.key])), kind: inner.value.type === 'object' ? SymbolKind.Object : SymbolKind.Field };
    });
    return { ...fieldSymbol(section, lines, title([section.key])), kind: SymbolKind.Module, children };
  }
  return fieldSymbol(section, lines, stringValue(value) ?? title([section.key]));
}

/** The entries of one of the plan's lists, named by their identifying keys. */
function entrySymbols(list: string, value: SourceNode & { type: 'array' }, lines: LineIndex): DocumentSymbol[] {
  const nameKeys = ENTRY_NAMES[list] ?? [];
  const detailKeys = ENTRY_DETAILS[list] ?? [];
  return value.items.map((item, position) => {
    const named = nameKeys.map((key) => property(item, key)).filter((found): found is PropertyNode => found !== undefined && (stringValue(found.value)?.trim() ?? '') !== '');
    const name = symbolName(
      named
        .map((found) => stringValue(found.value)?.trim())
        .filter(Boolean)
        .join(' — '),
      t('n.º {0}', position + 1),
    );
    const detail = detailKeys
      .map((key) => stringValue(valueOf(item, key)))
      .filter(Boolean)
      .join(' · ');
    const selection = named[0]?.value ?? item;
    return {
      name,
      ...(detail ? { detail } : {}),
      kind: list === 'plan' || list === 'inventario' ? SymbolKind.Object : SymbolKind.Event,
      range: lines.rangeOf(item.start, item.end),
      selectionRange: lines.rangeOf(selection.start, selection.end),
    };
  });
}

/** A dataset named by its identifier, with its resources as children. */
function datasetSymbol(dataset: DatasetFacts, lines: LineIndex): DocumentSymbol {
  const identifierNode = valueOf(dataset.node, 'identifier');
  const selection = identifierNode && identifierNode.end > identifierNode.start ? identifierNode : dataset.node;
  const name = symbolName(dataset.identifier, dataset.title, dataset.index !== undefined ? t('Conjunto n.º {0}', dataset.index + 1) : t('Conjunto de datos'));
  const children = dataset.distributions.map((resource, position) => {
    const titleNode = valueOf(resource.node, 'title');
    const resourceSelection = titleNode && titleNode.end > titleNode.start ? titleNode : resource.node;
    return {
      name: symbolName(resource.title, t('Recurso n.º {0}', position + 1)),
      ...(resource.mediaType ? { detail: resource.mediaType } : {}),
      kind: SymbolKind.File,
      range: lines.rangeOf(resource.node.start, resource.node.end),
      selectionRange: lines.rangeOf(resourceSelection.start, resourceSelection.end),
    };
  });
  return {
    name,
    ...(dataset.title?.trim() && dataset.title.trim() !== name ? { detail: dataset.title } : {}),
    kind: SymbolKind.Class,
    range: lines.rangeOf(dataset.node.start, dataset.node.end),
    selectionRange: lines.rangeOf(selection.start, selection.end),
    children,
  };
}

function fieldSymbol(entry: PropertyNode, lines: LineIndex, detail: string | undefined): DocumentSymbol {
  return {
    name: symbolName(entry.key),
    ...(detail ? { detail } : {}),
    kind: SymbolKind.Field,
    range: lines.rangeOf(entry.keyStart, Math.max(entry.keyEnd, entry.value.end)),
    selectionRange: lines.rangeOf(entry.keyStart, entry.keyEnd),
  };
}
