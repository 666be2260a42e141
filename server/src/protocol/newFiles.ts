import { RequestType } from 'vscode-languageserver-protocol';
import type { DatasetSeed } from '../core/templates/newFileTemplates';

/*
 * The new files the client's commands write («Nuevo plan de apertura», «Nuevo conjunto de datos»),
 * made by the server: it has the dataset schema, whose identifier rule they follow.
 */

/** What the server says of a dataset identifier the person types. */
export interface IdentifierAnswer {
  /** Whether it is an identifier of the guide's form (the dataset schema's rule). */
  valid: boolean;
  /** The identifier of that form made from the text (accents dropped, lower case, hyphens). */
  suggestion: string;
}

/** Client to server: judges a dataset identifier. */
export namespace DatasetIdentifierRequest {
  export const method = 'guia/datasetIdentifier' as const;
  export const type = new RequestType<{ text: string }, IdentifierAnswer, void>(method);
}

/** A new opening plan dated `today`, or a new dataset's metadata from its seed. */
export type NewFileParams = { kind: 'plan'; today: string } | { kind: 'dataset'; seed: DatasetSeed };

/** Client to server: the text of a new file, each value to write marked «…». */
export namespace NewFileRequest {
  export const method = 'guia/newFile' as const;
  export const type = new RequestType<NewFileParams, { text: string }, void>(method);
}
