import { NotificationType, RequestType0 } from 'vscode-languageserver-protocol';
import type { LevelId } from '../core/catalog/requirements';
import type { Coverage } from '../core/check/coverage';

/** Options the client passes when it starts the server. */
export interface GuideInitializationOptions {
  /** Language of the server's messages. */
  language: 'es' | 'en';
  /** Contents of the l10n bundle for `language` (absent for Spanish, the source language). */
  l10nBundle?: Record<string, string>;
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
  findings: Record<string, { count: number; first?: FindingLocation }>;
  /** Number of files indexed, by kind. */
  files: Record<string, number>;
}

/** Client to server: the current coverage report. */
export namespace CoverageRequest {
  export const method = 'guia/coverage' as const;
  export const type = new RequestType0<CoverageReport, void>(method);
}

/** Server to client: the coverage report changed (sent after files are re-checked). */
export namespace CoverageChangedNotification {
  export const method = 'guia/coverageChanged' as const;
  export const type = new NotificationType<CoverageReport>(method);
}
