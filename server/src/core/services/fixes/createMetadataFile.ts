import { levelRank } from '../../catalog/requirements';
import { t } from '../../l10n';
import { objectTemplate } from '../placeholders';
import { schemaStartOf } from '../schemaContext';
import type { WorkspaceEdit } from '../serviceTypes';
import { identifierFrom } from '../../catalog/identifiers';
import { scalar, slot, TemplateWriter, type MapTemplate, type Template } from '../valueTemplates';
import { planFactsFor, titleFromDescription } from './fieldHints';
import type { Fix, FixInput } from './fixTypes';

/**
 * Creates the missing metadata file of a plan entry (rule `plan-sin-metadatos`, data
 * `{ conjunto, descripcion, periodicidad, fechaPublicacion }`), prefilled from the plan: next to the
 * workspace's other dataset files, or in `datos/` beside the plan. Every required field is written
 * with a valid value so the new file passes the check; values the plan does not give are examples
 * that a comment asks to review.
 */
export function createMetadataFileFix({ context, target }: FixInput): Fix[] {
  const data = target.data as { conjunto?: unknown; descripcion?: unknown; periodicidad?: unknown; fechaPublicacion?: unknown };
  if (typeof data.conjunto !== 'string' || !data.conjunto.trim()) return [];
  const conjunto = data.conjunto.trim();
  const folder = metadataFolder(context.index.all(), context.file.id);
  const uri = `${folder}/${identifierFrom(conjunto) || 'conjunto'}.dcat.yaml`;
  // An existing file is never overwritten: the fix is not offered (its identifier must differ).
  if (context.index.get(uri)) return [];

  const facts = planFactsFor(context.index, conjunto);
  const description = typeof data.descripcion === 'string' && data.descripcion.trim() ? data.descripcion.trim() : facts.descripcion;
  const periodicity = typeof data.periodicidad === 'string' && data.periodicidad.trim() ? data.periodicidad.trim() : facts.periodicidad;
  const title = description ? titleFromDescription(description) : conjunto;
  const start = schemaStartOf('dataset')!;
  const template = objectTemplate(start, start.start, {
    settings: context.settings,
    snippet: false,
    hints: {
      identifier: conjunto,
      title,
      description: description ?? title,
      accrualPeriodicity: periodicity,
      contactPoint: facts.responsable,
      mbox: facts.correo,
      landingPage: facts.sitio,
    },
  });
  if (levelRank(context.settings.targetLevel) >= levelRank('intermedio')) addQualityTodo(template);
  fillResource(template, facts.recurso ?? title, facts.sitio ? `${facts.sitio.replace(/\/+$/, '')}/datos/${identifierFrom(conjunto) || 'conjunto'}.csv` : undefined);

  const published = typeof data.fechaPublicacion === 'string' ? data.fechaPublicacion : undefined;
  const header = [
    `# ${t('Metadatos de «{0}», creados a partir del plan de apertura.', conjunto)}${published ? ` ${t('Publicación prevista: {0}.', published)}` : ''}`,
    `# ${t('Revisa cada valor: los que el plan no indica son ejemplos.')}`,
  ].join('\n');
  const content = `${header}\n${new TemplateWriter(false).blockMap(template, 0, false)}\n`;
  const edit: WorkspaceEdit = {
    documentChanges: [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ],
  };
  return [{ title: t('Crear los metadatos de «{0}» en {1}', conjunto, relativeTo(context.file.id, uri)), edit, safe: false, preferred: true }];
}

/**
 * Intermedio asks every dataset to state how its quality is controlled (intermedio-3b). Nobody but
 * the data's owner knows: the file says so in words that read as a task, not as a claim.
 */
function addQualityTodo(template: MapTemplate): void {
  const at = template.entries.findIndex(([key]) => key === 'distribution');
  template.entries.splice(at < 0 ? template.entries.length : at, 0, ['quality', slot(t('Por describir cómo se controla la calidad de estos datos.'))]);
}

/** Names the first resource after the inventory row and points it at the institution's site. */
function fillResource(template: MapTemplate, title: string, url: string | undefined): void {
  const distribution = template.entries.find(([key]) => key === 'distribution')?.[1];
  const resource = distribution?.kind === 'list' ? distribution.items[0] : undefined;
  if (resource?.kind !== 'map') return;
  const set = (key: string, value: Template): void => {
    const entry = resource.entries.find(([name]) => name === key);
    if (entry) entry[1] = value;
  };
  set('title', slot(title));
  if (url) set('downloadURL', scalar(url));
}

/** The folder most of the workspace's dataset files are in; `datos/` beside the plan when none. */
export function metadataFolder(files: ReadonlyArray<{ id: string; kind: string }>, planId: string): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    if (file.kind !== 'dataset') continue;
    const folder = file.id.slice(0, file.id.lastIndexOf('/'));
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : `${planId.slice(0, planId.lastIndexOf('/'))}/datos`;
}

function relativeTo(fromFile: string, to: string): string {
  const base = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
  return decodeURIComponent(to.startsWith(base) ? to.slice(base.length) : (to.split('/').pop() ?? to));
}
