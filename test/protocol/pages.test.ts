import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { REQUIREMENT_CATALOG } from '../../server/src/core/catalog/requirements';
import { boardAnnouncement, boardPageHtml } from '../../server/src/core/report/boardPage';
import { boardMarkdown } from '../../server/src/core/report/boardReport';
import { timelineAnnouncement, timelinePageHtml } from '../../server/src/core/report/timelinePage';
import { DEFAULT_SORT } from '../../server/src/core/report/tableSort';
import { datasetTemplate, planTemplate } from '../../server/src/core/templates/newFileTemplates';
import { DatasetIdentifierRequest, NewFileRequest } from '../../server/src/protocol/newFiles';
import { BoardPageRequest, BoardReportRequest, TimelinePageRequest } from '../../server/src/protocol/pages';
import {
  CoverageChangedNotification,
  CoverageRequest,
  InstitutionCoverageRequest,
  TimelineRequest,
  type CoverageReport,
  type GuideInitializeResult,
} from '../../server/src/protocol/protocol';
import { TestLspClient } from '../support/lspClient';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/**
 * The client shows pages and writes files the server makes (it does not carry the catalog, the
 * schemas or the core's report rendering): over the protocol they are what the core renders from
 * the server's own figures, for the institution asked for.
 */
describe('language server over stdio: the pages and new files the client shows', () => {
  let client: TestLspClient;
  let initialized: GuideInitializeResult;
  const rootOf = (name: string): string => pathToFileURL(path.join(EXAMPLES, name)).href;

  before(async () => {
    client = new TestLspClient({ evaluationDate: '2026-11-27' });
    initialized = (await client.initialize([path.join(EXAMPLES, 'completo'), path.join(EXAMPLES, 'con-errores')])) as GuideInitializeResult;
    await client.notification<CoverageReport>(CoverageChangedNotification.method, (report) => (report.institutions?.length ?? 0) === 2);
  });

  after(async () => {
    await client.shutdown();
  });

  /**
   * What `ask` answers between two answers of `figures` (the institution's coverage report or
   * timeline), once those two are alike: the server checks local data files in the background,
   * and a check that ends in between changes the figures.
   */
  async function whileSettled<F, T>(figures: () => Promise<F>, ask: () => Promise<T>): Promise<{ answer: T; report: F }> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const before = await figures();
      const answer = await ask();
      const report = await figures();
      if (isDeepStrictEqual(before, report)) return { answer, report };
    }
    throw new Error('the figures kept changing');
  }
  const coverageOf = (root: string) => async (): Promise<CoverageReport> => (await client.connection.sendRequest(InstitutionCoverageRequest.type, { root }))!;

  it('gives the requirement catalog the views show when it starts', () => {
    assert.deepEqual(
      initialized.catalog.requirements.map((requirement) => [requirement.id, requirement.title.es, requirement.title.en, requirement.summary.es]),
      REQUIREMENT_CATALOG.requirements.map((requirement) => [requirement.id, requirement.title.es, requirement.title.en, requirement.summary.es]),
    );
    assert.deepEqual(initialized.catalog.levels, REQUIREMENT_CATALOG.levels);
    assert.deepEqual(initialized.catalog.steps, REQUIREMENT_CATALOG.steps);
  });

  it('renders the board page of the institution asked for, with the table of both and its folders', async () => {
    const focus = await client.connection.sendRequest(CoverageRequest.type);
    const root = focus.institutions!.find((institution) => institution.name !== focus.institution?.name)!.root;
    const folders = Object.fromEntries(focus.institutions!.map((institution) => [institution.root, `carpeta ${institution.name}`]));
    const { answer: page, report: shown } = await whileSettled(coverageOf(root), () => client.connection.sendRequest(BoardPageRequest.type, { root, sort: DEFAULT_SORT, folders }));
    const expected = boardPageHtml(shown, 'es', {
      institutions: shown.institutions!,
      shownRoot: root,
      following: undefined,
      sort: DEFAULT_SORT,
      folderOf: (folder) => folders[folder]!,
    });
    assert.equal(page.html, expected);
    assert.match(page.html, /carpeta /, 'the folders the client named');
    assert.equal(page.announcement, boardAnnouncement(shown, 'es'));
    assert.deepEqual(page.sort, DEFAULT_SORT);
  });

  it('sorts the table as asked, announces the order, and keeps the first order for a column it does not have', async () => {
    const sorted = await client.connection.sendRequest(BoardPageRequest.type, { sort: { column: 'errors', descending: true }, announceSort: true, folders: {} });
    assert.deepEqual(sorted.sort, { column: 'errors', descending: true });
    assert.match(sorted.announcement, /ordenada por Errores, descendente/);
    assert.match(sorted.html, /aria-sort="descending"/);
    const unknown = await client.connection.sendRequest(BoardPageRequest.type, { sort: { column: '<script>', descending: false }, folders: {} });
    assert.deepEqual(unknown.sort, DEFAULT_SORT);
    assert.doesNotMatch(unknown.html, /<script>/);
  });

  it('exports the board report with the files named as the client reads them', async () => {
    const root = rootOf('con-errores');
    const first = Object.values((await client.connection.sendRequest(InstitutionCoverageRequest.type, { root }))!.findings).find((finding) => finding.first)!.first!;
    const paths = { [first.uri]: 'datos/el-archivo.yaml' };
    const {
      answer: { text },
      report,
    } = await whileSettled(coverageOf(root), () =>
      client.connection.sendRequest(BoardReportRequest.type, { root, format: 'markdown', date: '2026-11-27', workspaceName: 'Ejemplo', paths }),
    );
    assert.equal(text, boardMarkdown(report, { date: '2026-11-27', language: 'es', workspaceName: 'Ejemplo', relativePath: (uri) => paths[uri] ?? uri }));
    assert.match(text, /datos\/el-archivo\.yaml/);
    const html = await client.connection.sendRequest(BoardReportRequest.type, { root, format: 'html', date: '2026-11-27', paths });
    assert.match(html.text, /^<!DOCTYPE html>/);
  });

  it('renders the timeline page of the institution asked for, with the dataset in focus', async () => {
    const root = rootOf('completo');
    const timelineOf = () => client.connection.sendRequest(TimelineRequest.type, { root });
    const focus = (await timelineOf()).entries[0]!.identifier;
    const { answer: page, report: timeline } = await whileSettled(timelineOf, () => client.connection.sendRequest(TimelinePageRequest.type, { root, focus }));
    assert.equal(page.html, timelinePageHtml(timeline, focus));
    assert.equal(page.announcement, timelineAnnouncement(timeline));
  });

  it('judges dataset identifiers by the schema and makes the new files', async () => {
    assert.deepEqual(await client.connection.sendRequest(DatasetIdentifierRequest.type, { text: 'rezago-social' }), { valid: true, suggestion: 'rezago-social' });
    assert.deepEqual(await client.connection.sendRequest(DatasetIdentifierRequest.type, { text: 'Índice de Rezago Social' }), {
      valid: false,
      suggestion: 'indice-de-rezago-social',
    });
    const plan = await client.connection.sendRequest(NewFileRequest.type, { kind: 'plan', today: '2026-11-27' });
    assert.equal(plan.text, planTemplate('2026-11-27'));
    const seed = { identifier: 'escuelas', description: 'Escuelas públicas', periodicity: 'anual', today: '2026-11-27' };
    const dataset = await client.connection.sendRequest(NewFileRequest.type, { kind: 'dataset', seed });
    assert.equal(dataset.text, datasetTemplate(seed));
  });
});
