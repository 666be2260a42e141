import type { LevelId } from '../catalog/requirements';
import type { WorkspaceIndex } from '../check/workspaceIndex';
import type { FileAnalysis } from '../model/analysis';
import type { Language } from '../l10n';
import type { Position, Range } from '../text/lineIndex';

/*
 * The editing services answer with plain objects shaped like the LSP's (the same field names and
 * numbering), declared here so that the core never imports the LSP. The server passes them through.
 */

export type { Position, Range };

/** What every editing service is given besides the document: the workspace and the user's settings. */
export interface ServiceContext {
  /** The cached analysis of the document the request is about. */
  file: FileAnalysis;
  index: WorkspaceIndex;
  settings: ServiceSettings;
}

export interface ServiceSettings {
  language: Language;
  /** The `docs/requisitos` folder as a URI, for links to our requirement pages. */
  pagesRoot: string;
  /** The level the workspace aims at (the plan's `nivelObjetivo`, the setting, or `basico`). */
  targetLevel: LevelId;
  /** Today as `AAAA-MM-DD` (the evaluation date when one is set). */
  today: string;
  /** The current moment, for the time of day and the UTC offset of date-time values. */
  now: Date;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

/** LSP `CompletionItemKind` values the services use. */
export const CompletionKind = {
  Text: 1,
  Field: 5,
  Module: 9,
  Property: 10,
  Value: 12,
  Enum: 13,
  Snippet: 15,
  Reference: 18,
  EnumMember: 20,
  Constant: 21,
} as const;

export type CompletionKindValue = (typeof CompletionKind)[keyof typeof CompletionKind];
export type SymbolKindValue = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface CompletionItem {
  label: string;
  kind: CompletionKindValue;
  detail?: string;
  documentation?: MarkupContent;
  sortText?: string;
  filterText?: string;
  /** 1 plain text, 2 snippet (LSP `InsertTextFormat`). */
  insertTextFormat: 1 | 2;
  /** 1 as-is (LSP `InsertTextMode`): our texts carry their own absolute indentation. */
  insertTextMode?: 1 | 2;
  textEdit: TextEdit;
  preselect?: boolean;
  /** A client command to run after inserting, e.g. to open the value suggestions. */
  command?: { title: string; command: string };
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

export interface Hover {
  contents: MarkupContent;
  range?: Range;
}

export interface Location {
  uri: string;
  range: Range;
}

/** LSP `SymbolKind` values the outline uses. */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  Field: 8,
  Array: 18,
  Object: 19,
  Key: 20,
  Event: 24,
} as const;

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindValue;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface CreateFile {
  kind: 'create';
  uri: string;
  options?: { overwrite?: boolean; ignoreIfExists?: boolean };
}

export interface TextDocumentEdit {
  textDocument: { uri: string; version: number | null };
  edits: TextEdit[];
}

/** Either plain per-file edits or, when a file has to be created, ordered document changes. */
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: Array<TextDocumentEdit | CreateFile>;
}

/** A diagnostic as the client sends it back in a code action request: where, and our `data`. */
export interface DiagnosticRef {
  range: Range;
  message: string | MarkupContent;
  code?: string | number;
  source?: string;
  severity?: 1 | 2 | 3 | 4;
  data?: unknown;
}

export const QUICK_FIX_KIND = 'quickfix';
/** The source action that applies every safe fix of a document (on save or by command). */
export const FIX_ALL_KIND = 'source.fixAll.guia';

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: DiagnosticRef[];
  isPreferred?: boolean;
  edit: WorkspaceEdit;
}
