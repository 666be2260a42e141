import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServiceContext } from '../../core/services/serviceTypes';
import { formatDay, todayDayNumber } from '../../core/text/dates';
import type { GuideWorkspace } from '../guideWorkspace';

/** The open documents and the workspace, as every editing handler needs them. */
export interface EditingDeps {
  documents: TextDocuments<TextDocument>;
  workspace: () => GuideWorkspace | undefined;
}

/**
 * What the core's editing services need for a request on `uri`: the document's analysis (cached
 * when it matches the editor's text), the index and the settings. Undefined when the document is
 * not one of ours.
 */
export function serviceContext(deps: EditingDeps, uri: string): ServiceContext | undefined {
  const workspace = deps.workspace();
  if (!workspace) return undefined;
  const file = workspace.analysisFor(uri, deps.documents.get(uri)?.getText());
  if (!file) return undefined;
  const settings = workspace.settingsFor(uri);
  const now = new Date();
  // The document's own institution: identifiers, plan and target level of another never apply.
  const index = workspace.indexFor(uri);
  return {
    file,
    index,
    settings: {
      language: workspace.messageLanguage,
      pagesRoot: workspace.pagesRoot,
      targetLevel: index.targetLevel(settings.targetLevel).level,
      today: settings.evaluationDate || formatDay(todayDayNumber(undefined, now)),
      now,
    },
  };
}
