import type { FindingData } from '../findings';
import { t } from '../l10n';
import { nodeAtPath, type NodePath } from '../parse/sourceTree';
import type { Range } from '../text/lineIndex';
import { createMetadataFileFix } from './fixes/createMetadataFile';
import { dateFix } from './fixes/dateFix';
import { asciiIdentifierFix } from './fixes/identifierFix';
import { enumValueFix, mediaTypeFix, participationTypeFix, periodicityFix, unknownFieldFix } from './fixes/catalogValueFixes';
import type { Fix, FixProvider, FixTarget } from './fixes/fixTypes';
import { missingFieldFix, missingSectionFix } from './fixes/missingField';
import { escapedUrlFix, httpsFix, obfuscatedEmailFix, oneEmailFix, suggestionFix, swapPeriodFix } from './fixes/valueRewrites';
import { schemaStartOf } from './schemaContext';
import { FIX_ALL_KIND, QUICK_FIX_KIND, type CodeAction, type DiagnosticRef, type ServiceContext, type TextEdit } from './serviceTypes';
import { locateAt } from './treeLocation';

/** The fixes of each rule, by the `data.rule` the diagnostics carry. */
const FIXES: Readonly<Record<string, FixProvider>> = {
  'campo-obligatorio': missingFieldFix,
  'seccion-faltante': missingSectionFix,
  'campo-desconocido': unknownFieldFix,
  periodicidad: periodicityFix,
  'valor-no-permitido': enumValueFix,
  'fecha-iso8601': dateFix,
  'fecha-no-iso': dateFix,
  formato: dateFix,
  'periodo-no-iso': suggestionFix,
  'url-no-ascii': suggestionFix,
  'tipo-de-participacion': participationTypeFix,
  'tipo-de-medio': mediaTypeFix,
  'identificador-ascii': asciiIdentifierFix,
  'identificador-forma': asciiIdentifierFix,
  'periodo-descendente': swapPeriodFix,
  'url-http': httpsFix,
  'url-sin-escapar': escapedUrlFix,
  correo: obfuscatedEmailFix,
  'correo-varios': oneEmailFix,
  'plan-sin-metadatos': createMetadataFileFix,
};

export interface CodeActionRequest {
  range: Range;
  /** The diagnostics the client sends for the range, with our `data` as we published it. */
  diagnostics: DiagnosticRef[];
  /** The kinds the client asks for; absent means quick fixes. */
  only?: string[];
}

/** Whether an action of `kind` answers a request for `requested` (kinds are dot-separated hierarchies). */
function kindMatches(kind: string, requested: string): boolean {
  return kind === requested || kind.startsWith(`${requested}.`);
}

/**
 * Quick fixes for the diagnostics in the request, and on request the "fix all" source action,
 * which applies the safe fixes of every diagnostic of the document (`documentDiagnostics`).
 */
export function codeActions(context: ServiceContext, request: CodeActionRequest, documentDiagnostics: () => DiagnosticRef[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = request.only;
  if (!only || only.some((kind) => kindMatches(QUICK_FIX_KIND, kind))) {
    // Two requirements may flag the same value (a date is basico-2b's and intermedio-2a's): one action fixes both.
    const byEdit = new Map<string, CodeAction>();
    for (const diagnostic of request.diagnostics) {
      for (const fix of fixesFor(context, diagnostic)) {
        const key = `${fix.title}\u0000${JSON.stringify(fix.edit)}`;
        const same = byEdit.get(key);
        if (same) {
          same.diagnostics!.push(diagnostic);
          continue;
        }
        const action: CodeAction = { title: fix.title, kind: QUICK_FIX_KIND, diagnostics: [diagnostic], ...(fix.preferred ? { isPreferred: true } : {}), edit: fix.edit };
        byEdit.set(key, action);
        actions.push(action);
      }
    }
  }
  if (only?.some((kind) => kindMatches(FIX_ALL_KIND, kind))) {
    const fixAll = fixAllAction(context, documentDiagnostics());
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Every fix offered for one diagnostic of the current text. */
export function fixesFor(context: ServiceContext, diagnostic: DiagnosticRef): Fix[] {
  const start = schemaStartOf(context.file.kind);
  const target = locate(context, diagnostic);
  if (!start || !target) return [];
  const provider = FIXES[target.data.rule];
  if (!provider) return [];
  try {
    return provider({ context, target, start });
  } catch {
    // A fix that cannot make sense of a stale or odd diagnostic offers nothing rather than failing the request.
    return [];
  }
}

/** One action with the safe fixes of the whole document, leaving out any that would overlap. */
function fixAllAction(context: ServiceContext, diagnostics: DiagnosticRef[]): CodeAction | undefined {
  const lines = context.file.parsed.lines;
  const chosen: Array<{ start: number; end: number; edit: TextEdit }> = [];
  let fixed = 0;
  for (const diagnostic of diagnostics) {
    const fix = fixesFor(context, diagnostic).find((candidate) => candidate.safe);
    const edits = fix?.edit.changes?.[context.file.id];
    if (!fix || !edits || Object.keys(fix.edit.changes ?? {}).length !== 1 || fix.edit.documentChanges) continue;
    const spans = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), edit }));
    if (spans.some((span) => chosen.some((other) => (span.start < other.end && other.start < span.end) || span.start === other.start))) continue;
    chosen.push(...spans);
    fixed++;
  }
  if (fixed === 0) return undefined;
  return {
    title: t('Corregir todo lo seguro según la guía ({0})', fixed),
    kind: FIX_ALL_KIND,
    edit: { changes: { [context.file.id]: chosen.sort((a, b) => a.start - b.start).map((span) => span.edit) } },
  };
}

/** Places a diagnostic the client sent back in the current text and tree. */
function locate(context: ServiceContext, diagnostic: DiagnosticRef): FixTarget | undefined {
  const data = diagnostic.data as (FindingData & Record<string, unknown>) | undefined;
  if (!data || typeof data !== 'object' || typeof data.rule !== 'string') return undefined;
  if (diagnostic.source !== undefined && diagnostic.source !== 'guía') return undefined;
  const { parsed } = context.file;
  const start = parsed.lines.offsetAt(diagnostic.range.start);
  const end = parsed.lines.offsetAt(diagnostic.range.end);
  const location = locateAt(parsed.root, start);
  const node = location && !location.onKey ? location.node : undefined;
  return { diagnostic, data, start, end, path: absolutePath(context, data.path, start) ?? location?.path, node };
}

/**
 * `data.path` from the document's root. A catalog's datasets are validated one by one, so their
 * paths start at the dataset: the dataset holding the diagnostic gives the missing prefix.
 */
function absolutePath(context: ServiceContext, path: unknown, offset: number): NodePath | undefined {
  if (!Array.isArray(path) || !path.every((step) => typeof step === 'string' || typeof step === 'number')) return undefined;
  const steps = path;
  const { file } = context;
  if (file.kind === 'catalog' && steps[0] !== 'dataset') {
    const dataset = file.datasets.find((candidate) => offset >= candidate.node.start && offset <= candidate.node.end);
    if (dataset?.index !== undefined) return ['dataset', dataset.index, ...steps];
  }
  return nodeAtPath(file.parsed.root, steps) !== undefined || steps.length === 0 ? steps : undefined;
}
