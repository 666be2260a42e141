import type { Connection } from 'vscode-languageserver';
import { boardAnnouncement, boardPageHtml } from '../core/report/boardPage';
import { boardHtml, boardMarkdown } from '../core/report/boardReport';
import { sortAnnouncement, tableColumns } from '../core/report/nationalTable';
import { DEFAULT_SORT } from '../core/report/tableSort';
import { timelineAnnouncement, timelinePageHtml } from '../core/report/timelinePage';
import { BoardPageRequest, BoardReportRequest, TimelinePageRequest } from '../protocol/pages';
import type { CoverageReport } from '../protocol/protocol';
import { timelineOf } from './reportHandlers';
import type { ServerSession } from './session';

/**
 * The pages the client shows, rendered here in the session's language from the workspace as the
 * server has it now (see server/src/protocol/pages.ts).
 */
export function registerPageHandlers(connection: Connection, session: ServerSession): void {
  const { workspace, language } = session;

  /** The coverage report about the institution starting at `root`; the server's own report when none starts there (any more). */
  const reportAbout = (root: string | undefined): CoverageReport => {
    const asked = root === undefined ? undefined : workspace.evaluate(root).coverage;
    return asked?.institution?.root === root && asked ? asked : workspace.evaluate().coverage;
  };

  connection.onRequest(BoardPageRequest.type, ({ root, following, sort, announceSort, folders }) => {
    const report = reportAbout(root);
    const columns = tableColumns(language);
    const order = columns.some((column) => column.key === sort.column) ? sort : DEFAULT_SORT;
    const institutions = report.institutions ?? [];
    const html = boardPageHtml(report, language, {
      institutions,
      shownRoot: report.institution?.root,
      following: following === undefined ? undefined : institutions.find((institution) => institution.root === following),
      sort: order,
      folderOf: (folder) => folders[folder] ?? folder,
    });
    const announcement = announceSort ? sortAnnouncement(columns, order) : boardAnnouncement(report, language);
    return { html, announcement, sort: order };
  });

  connection.onRequest(TimelinePageRequest.type, ({ root, focus }) => {
    const timeline = timelineOf(workspace, root);
    return { html: timelinePageHtml(timeline, focus), announcement: timelineAnnouncement(timeline) };
  });

  connection.onRequest(BoardReportRequest.type, ({ root, format, date, workspaceName, paths }) => {
    const report = reportAbout(root);
    const options = { date, language, ...(workspaceName ? { workspaceName } : {}), relativePath: (uri: string) => paths[uri] ?? uri };
    return { text: format === 'markdown' ? boardMarkdown(report, options) : boardHtml(report, options) };
  });
}
