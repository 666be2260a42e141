import { RequestType } from 'vscode-languageserver-protocol';
import type { TableSort } from '../core/report/tableSort';

/*
 * The pages the client shows in webviews, rendered by the server: it has the requirement catalog,
 * the schemas and the core's report rendering, which the client does not carry (the web client's
 * size target is 300 KB). The client keeps what only it knows (which institution the person looks
 * at, how VS Code names a workspace's folders and files) and sends it along.
 */

/** Commands the board page may ask for; anything else a page sends is ignored. */
export const BOARD_PAGE_COMMANDS = ['guia.changeTargetLevel', 'guia.exportBoard', 'guia.showTimeline'] as const;

/** A page's content (what the webview's `<main>` shows) and what it announces to screen readers after an update. */
export interface RenderedPage {
  html: string;
  announcement: string;
}

/** The board page of one institution, with the summary table of all of them when there are several. */
export interface BoardPageParams {
  /** The root of the institution shown, as the coverage report lists it; absent: the one the server's report is about. */
  root?: string;
  /** With several institutions: the root of the active file's institution while the board follows it; absent when the person picked one. */
  following?: string;
  /** The order of the summary table; a column the table does not have means its first order. */
  sort: TableSort;
  /** Announce the table's new order instead of the figures (the person sorted it). */
  announceSort?: boolean;
  /** Each institution's folder as the person reads it (relative to the workspace), by root. */
  folders: Record<string, string>;
}

/** The board page, and the order its table was sorted in (the one asked for, when the table has that column). */
export interface BoardPage extends RenderedPage {
  sort: TableSort;
}

/** Client to server: the board page. */
export namespace BoardPageRequest {
  export const method = 'guia/boardPage' as const;
  export const type = new RequestType<BoardPageParams, BoardPage, void>(method);
}

/** The opening plan's timeline page of one institution. */
export interface TimelinePageParams {
  /** The root of the institution (the active file's), as the coverage report lists it; absent: the one the server's report is about. */
  root?: string;
  /** The identifier of the dataset the person came to see (from a CodeLens), highlighted. */
  focus?: string;
}

/** Client to server: the timeline page. */
export namespace TimelinePageRequest {
  export const method = 'guia/timelinePage' as const;
  export const type = new RequestType<TimelinePageParams, RenderedPage, void>(method);
}

/** The board as a dated report, for the annual report (`guia.exportBoard`). */
export interface BoardReportParams {
  /** The root of the institution reported, as the coverage report lists it; absent: the one the server's report is about. */
  root?: string;
  format: 'markdown' | 'html';
  /** The report's date (AAAA-MM-DD). */
  date: string;
  /** The workspace's name (and the institution's, when there are several), for the title. */
  workspaceName?: string;
  /** The files findings are in, as the person reads them (relative to the workspace), by URI. */
  paths: Record<string, string>;
}

/** Client to server: the board report's text. */
export namespace BoardReportRequest {
  export const method = 'guia/boardReport' as const;
  export const type = new RequestType<BoardReportParams, { text: string }, void>(method);
}
