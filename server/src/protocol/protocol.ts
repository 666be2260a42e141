import { NotificationType, RequestType, RequestType0, type InitializeResult } from 'vscode-languageserver-protocol';
import type { ExportFormat } from '../core/exchange/exportFormats';
import type { TimelineReport } from '../core/report/timeline';
import type { LevelId, RequirementCatalog } from '../core/catalog/requirements';
import type { Coverage } from '../core/check/coverage';
import type { QualitySummary } from '../core/quality/qualityReport';
import type { RankedInstitution } from '../core/report/institutionView';

/** Options the client passes when it starts the server. */
export interface GuideInitializationOptions {
  /** Language of the server's messages. */
  language: 'es' | 'en';
  /** Contents of the l10n bundle for `language` (absent for Spanish, the source language). */
  l10nBundle?: Record<string, string>;
  /** Whether VS Code trusts the workspace; absent means untrusted (restricted mode: no link check, no workspace patterns). */
  trusted?: boolean;
  /**
   * URI of the shipped requirement pages (`docs/requisitos` in the extension), sent by the web
   * client: the server in a browser's worker cannot find its own files. The Node server knows them.
   */
  pagesRoot?: string;
}

/** What the server answers `initialize` with, besides its capabilities. */
export interface GuideInitializeResult extends InitializeResult {
  /**
   * The requirement catalog (steps, levels and requirements, in Spanish and English), which the
   * client's views show: the client does not bundle `schemas/requirements.json` (the web client's
   * size target is 300 KB).
   */
  catalog: RequirementCatalog;
}

/** Where the first finding of a requirement is, so the board can jump to it. */
export interface FindingLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
}

/** The board's state: coverage per level, the target level and counts of findings per requirement. */
export interface CoverageReport {
  targetLevel: LevelId;
  targetLevelSource: 'plan' | 'setting' | 'default';
  coverage: Coverage;
  /** Per requirement: its findings (those above the target level kept out of Problems too), how many are errors, and where the first one is. */
  findings: Record<string, { count: number; first?: FindingLocation; errors?: number }>;
  /** Number of files indexed, by kind. */
  files: Record<string, number>;
  /**
   * The institution the figures above are about (each folder holding an opening plan, and each
   * workspace folder, is one): the one of the document last opened or edited, else the first with a
   * plan. Absent when the workspace has none of our files.
   */
  institution?: { name: string; root: string };
  /** Every institution of the workspace with its own target level, coverage and findings per requirement. */
  institutions?: InstitutionCoverage[];
  /** Metadata quality (MQA) of the workspace and of each dataset. */
  quality?: QualitySummary;
}

/**
 * One institution of the workspace, judged on its own: its name (from the plan's
 * `institucion.nombre`, the folder's name without a plan), folder URI, target level, coverage and
 * findings per requirement; and where it stands among the workspace's institutions, as the
 * national board (`guia tablero`) ranks them.
 */
export type InstitutionCoverage = RankedInstitution;

/** Client to server: the current coverage report. */
export namespace CoverageRequest {
  export const method = 'guia/coverage' as const;
  export const type = new RequestType0<CoverageReport, void>(method);
}

/**
 * Client to server: the coverage report about one institution (the one the board shows), by its
 * root as listed in `institutions`; `null` when no institution starts there (any more).
 */
export namespace InstitutionCoverageRequest {
  export const method = 'guia/institutionCoverage' as const;
  export const type = new RequestType<{ root: string }, CoverageReport | null, void>(method);
}

/** Server to client: the coverage report changed (sent after files are re-checked). */
export namespace CoverageChangedNotification {
  export const method = 'guia/coverageChanged' as const;
  export const type = new NotificationType<CoverageReport>(method);
}

/**
 * Client to server: the opening plan's timeline (publication and next update of each planned
 * dataset) of one institution: the one starting at `root` as listed in `institutions` (the active
 * file's), by default the one the coverage report is about.
 */
export namespace TimelineRequest {
  export const method = 'guia/timeline' as const;
  export const type = new RequestType<{ root?: string }, TimelineReport, void>(method);
}

/** Commands the client registers and the server may put in CodeLenses (with these arguments). */
export const ClientCommands = {
  /** Opens a requirement's page rendered: `[requirementId]`. */
  openRequirement: 'guia.openRequirement',
  /** Opens the plan's timeline, optionally focused on a dataset: `[identifier?]`. */
  showTimeline: 'guia.showTimeline',
} as const;

/** Commands the server offers through `workspace/executeCommand` (listed in its `executeCommandProvider`). */
export const ServerCommands = {
  /** Checks every download URL of the workspace now (it reaches the network: on request only, never untrusted); answers a `LinkCheckSummary`. */
  checkLinks: 'guia.checkLinks',
} as const;

/** What `guia.checkLinks` answers: how many URLs were asked, how many did not answer, and a sentence for the person. */
export interface LinkCheckSummary {
  checked: number;
  broken: number;
  checkedAt: string;
  message: string;
}

/**
 * Client to server: import ADELA's templates or exports, or CKAN answers, into a folder. The client
 * picks the files and the folder and asks before replacing; the server reads, converts and writes
 * (all or nothing, never through a link, names safe on every system).
 */
export interface ImportParams {
  /** `file:` URIs of the files to import (the Node server reads them). */
  sources?: string[];
  /**
   * Or the files themselves, read by the client (the web client: a browser's worker has no disk).
   * The web server then answers `converted` with the files to write instead of writing them.
   */
  inputs?: ImportedInput[];
  /** URI of the folder to write the YAML files into (`file:` for the Node server). */
  destination: string;
  /** What to do with files that already exist there: answer `conflicts` without writing, replace them, or write only the new ones. */
  existing: 'ask' | 'replace' | 'keep';
}

/** Files given to import larger than this are refused with a message, not read into memory (by the Node server or the web client). */
export const MAX_IMPORT_FILE_MB = 200;

/** A file given to import by its bytes: its name (messages name it so) and its content in base64. */
export interface ImportedInput {
  name: string;
  base64: string;
}

/** What an import writes, or, in the browser, gives back for the client to write: a safe file name in the destination and its text. */
export interface ImportedFile {
  name: string;
  text: string;
}

/** The figures of an import, shown to the person. */
interface ImportFigures {
  /** The summary to show (sources read, files written, rows not taken, warnings), one line each. */
  summary: string;
  datasets: number;
  resources: number;
  /** Rows not taken, and warnings. */
  skipped: number;
  warnings: number;
}

export type ImportAnswer =
  /** Some input could not be read as any known format: nothing was written. */
  | { status: 'failed'; failures: Array<{ name: string; message: string }> }
  /** These files (names in the destination) exist; ask the person and send again with `replace` or `keep`. */
  | { status: 'conflicts'; existing: string[] }
  | ({
      status: 'written';
      /** `file:` URIs of the files written. */
      written: string[];
    } & ImportFigures)
  /** The web server's answer to `inputs`: the files to write in the destination (those to keep already left out); the client writes them. */
  | ({ status: 'converted'; files: ImportedFile[] } & ImportFigures);

export namespace ImportRequest {
  export const method = 'guia/import' as const;
  export const type = new RequestType<ImportParams, ImportAnswer, void>(method);
}

/**
 * Client to server: export a workspace folder's metadata and plan (as the server has them, unsaved
 * edits included) in one format to a file the person chose (the save dialog asked before replacing).
 */
export interface ExportParams {
  format: ExportFormat;
  /** `file:` URI of the workspace folder whose files are exported. */
  folder: string;
  /** `file:` URI of the file to write; in the browser, where the client will write it (a previous export there is not read back). */
  target?: string;
  /** Answer with the text instead of writing it (the web client writes it with `workspace.fs`). */
  returnText?: boolean;
}

export type ExportAnswer =
  /** The export cannot be made (a plan export without a plan): nothing was written. */
  | { status: 'failed'; message: string }
  | { status: 'written'; target: string; datasets: number; resources: number; warnings: string[] }
  /** The answer to `returnText`: the export's text, written by the client. */
  | { status: 'text'; text: string; datasets: number; resources: number; warnings: string[] };

export namespace ExportRequest {
  export const method = 'guia/export' as const;
  export const type = new RequestType<ExportParams, ExportAnswer, void>(method);
}

/**
 * Server to client, from the web server only (a browser's worker has no disk): the URIs of the
 * YAML and JSON files below a workspace folder, found with `workspace.findFiles` (dependencies and
 * VCS folders skipped, as the Node server's walk does).
 */
export interface ListFilesParams {
  folder: string;
}

export namespace ListFilesRequest {
  export const method = 'guia/listFiles' as const;
  export const type = new RequestType<ListFilesParams, string[], void>(method);
}

/**
 * Server to client, from the web server only: a file's size and modification time, with its bytes
 * (base64) when it is no larger than `maxBytes`; null when it is not a readable file. The client
 * reads with `workspace.fs`.
 */
export interface ReadFileParams {
  uri: string;
  maxBytes: number;
}

export interface ReadFileAnswer {
  size: number;
  modified: number;
  /** The bytes, base64-encoded; absent when the file is larger than `maxBytes`. */
  base64?: string;
}

export namespace ReadFileRequest {
  export const method = 'guia/readFile' as const;
  export const type = new RequestType<ReadFileParams, ReadFileAnswer | null, void>(method);
}
