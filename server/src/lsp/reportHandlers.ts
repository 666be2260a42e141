import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeTimeline, type TimelineReport } from '../core/report/timeline';
import { qualityLenses } from '../core/quality/qualityLens';
import { datasetLenses, type DatasetLens } from '../core/services/datasetLens';
import { todayDayNumber } from '../core/text/dates';
import { ClientCommands, InstitutionCoverageRequest, TimelineRequest } from '../protocol/protocol';
import { focusInstitution, type GuideWorkspace } from './guideWorkspace';

/**
 * The pictures of the workspace: CodeLenses above each dataset (openness stars, resources, next
 * update) and the plan's timeline. Computed by the core from the index at the evaluation date.
 */
export function registerReportHandlers(connection: Connection, documents: TextDocuments<TextDocument>, workspace: () => GuideWorkspace | undefined): void {
  connection.onCodeLens(({ textDocument }) => {
    const guide = workspace();
    if (!guide) return [];
    const uri = textDocument.uri;
    // The cached analysis when it matches the text shown now (the index catches up with typing
    // after a short debounce); else the text is analysed now, once, with the editor's own analyzer.
    const analysis = guide.analysisFor(uri, documents.get(uri)?.getText());
    if (!analysis) return [];
    // Its own institution's plans: another institution's plan never scores this one's datasets.
    const plans = guide
      .indexFor(uri)
      .all()
      .filter((file) => file.kind === 'plan');
    const lenses = [...datasetLenses(analysis, todayDayNumber(guide.evaluationDate(uri))), ...qualityLenses(analysis, plans, guide.linkCheck)];
    // Each dataset's lenses together, in order: openness, next update, quality (the sort is stable).
    return lenses.sort((a, b) => a.range.start.line - b.range.start.line).map(toCodeLens);
  });

  connection.onRequest(TimelineRequest.type, (params) => timelineOf(workspace(), params?.root));

  // The board shows the institution the person picked (or the active file's), not always the one last edited.
  connection.onRequest(InstitutionCoverageRequest.type, ({ root }) => {
    const coverage = workspace()?.evaluate(root).coverage;
    return coverage?.institution?.root === root ? coverage : null;
  });
}

/**
 * The opening plan's timeline of one institution: the one starting at `root`, else the one reports
 * are about. One institution's plan and datasets, never another's.
 */
export function timelineOf(guide: GuideWorkspace | undefined, root: string | undefined): TimelineReport {
  if (!guide) return computeTimeline([], todayDayNumber(undefined));
  const report = guide.evaluateReport();
  const shown = focusInstitution(report, root ?? guide.focusRoot);
  // Errors, and hints on values still to fill («…»): neither is published metadata.
  const errorLines = (id: string): number[] =>
    (shown?.files ?? report.files)
      .find((file) => file.id === id)
      ?.diagnostics.filter((diagnostic) => diagnostic.severity === 1 || diagnostic.severity === 4)
      .map((diagnostic) => diagnostic.range.start.line) ?? [];
  const files = shown ? (guide.index.indexAt(shown.root)?.all() ?? []) : guide.index.all();
  const timeline = computeTimeline(files, todayDayNumber(guide.evaluationDate(shown?.root)), errorLines);
  return shown && report.institutions.length > 1 ? { ...timeline, institution: { name: shown.name, root: shown.root } } : timeline;
}

function toCodeLens(lens: DatasetLens): CodeLens {
  // A lens with no action shows as plain text (VS Code draws a lens without a command id so).
  if (lens.action.kind === 'none') return { range: lens.range, command: { title: lens.title, tooltip: lens.tooltip, command: '' } };
  const command =
    lens.action.kind === 'requirement'
      ? { title: lens.title, tooltip: lens.tooltip, command: ClientCommands.openRequirement, arguments: [lens.action.requirement] }
      : { title: lens.title, tooltip: lens.tooltip, command: ClientCommands.showTimeline, arguments: lens.action.identifier !== undefined ? [lens.action.identifier] : [] };
  return { range: lens.range, command };
}
