import * as vscode from 'vscode';
import { InstitutionCoverageRequest, type CoverageReport, type InstitutionCoverage } from '../../../server/src/protocol/protocol';
import type { GuideContext } from '../guideContext';
import { trackActiveFile } from '../status/activeFile';
import { institutionAt, institutionFor, uriPath } from './institutions';

/**
 * Which institution the board views (page and tree) show: the one the person picked, else the one
 * of the active file. Its report is the server's last one when that is about the same institution
 * (nothing to ask); otherwise the server is asked for it (`guia/institutionCoverage`), again
 * whenever the coverage changes.
 */
export class BoardSelection implements vscode.Disposable {
  /** The root the person picked; undefined: follow the active file. */
  private picked: string | undefined;
  private shown: CoverageReport | undefined;
  /** The server's report when `shown` was asked for: while it is still the last one, `shown` is fresh. */
  private askedWith: CoverageReport | undefined;
  /** Counts requests, so an answer that arrives after a newer one was asked is dropped. */
  private asked = 0;
  private readonly activeFile = trackActiveFile();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];

  /** The report shown changed (another institution, or new figures). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly context: GuideContext) {
    this.disposables = [this.activeFile, this.changed, context.onDidChangeCoverage(() => void this.refresh()), this.activeFile.onDidChange(() => void this.refresh())];
  }

  /** The report about the institution shown; undefined while the server has sent none. */
  get report(): CoverageReport | undefined {
    return this.shown;
  }

  /** Every institution of the workspace (with its place and level reached). */
  get institutions(): InstitutionCoverage[] {
    return this.shown?.institutions ?? this.context.coverage?.institutions ?? [];
  }

  /** Whether the board follows the active file rather than an institution the person picked. */
  get followsActiveFile(): boolean {
    return this.picked === undefined;
  }

  /** The institution the active file belongs to (what «follow the active file» shows). */
  activeInstitution(): InstitutionCoverage | undefined {
    const report = this.context.coverage;
    return report ? institutionFor(report, this.activeFile.uri) : undefined;
  }

  /** Shows the institution starting at `root`, or follows the active file again (undefined). */
  async pick(root: string | undefined): Promise<void> {
    this.picked = root;
    // The page's drop-down changes even when the report shown stays the same.
    await this.refresh(true);
  }

  /** The report about the institution shown, brought up to date first (for opening and exporting the board). */
  async current(): Promise<CoverageReport | undefined> {
    // Before the first notification, the server's own report (about the document last opened).
    if (!this.context.coverage) return this.context.requestCoverage();
    await this.refresh();
    return this.shown;
  }

  private async refresh(force = false): Promise<void> {
    const report = this.context.coverage;
    const ticket = ++this.asked;
    if (!report) {
      this.show(undefined, force);
      return;
    }
    const institutions = report.institutions ?? [];
    if (this.picked !== undefined && !institutionAt(this.picked, institutions)) this.picked = undefined; // its plan is gone
    const wanted = (this.picked !== undefined ? institutionAt(this.picked, institutions) : undefined) ?? institutionFor(report, this.activeFile.uri);
    if (!wanted || (report.institution && uriPath(report.institution.root) === uriPath(wanted.root))) {
      this.show(report, force);
      return;
    }
    if (!force && this.askedWith === report && this.shown?.institution && uriPath(this.shown.institution.root) === uriPath(wanted.root)) return;
    const answer = await this.ask(wanted.root);
    if (ticket !== this.asked) return;
    this.askedWith = answer ? report : undefined;
    this.show(answer ?? report, true);
  }

  private async ask(root: string): Promise<CoverageReport | undefined> {
    const client = this.context.languageClient;
    if (!client) return undefined;
    try {
      return (await client.sendRequest(InstitutionCoverageRequest.type, { root })) ?? undefined;
    } catch (error) {
      // A server without the request (or busy restarting): the board shows the report it has.
      this.context.log.warn(`guia/institutionCoverage: ${String(error)}`);
      return undefined;
    }
  }

  /** Shows `report`; the same report again (another editor of the same institution) changes nothing. */
  private show(report: CoverageReport | undefined, force: boolean): void {
    if (report === this.shown && !force) return;
    this.shown = report;
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
