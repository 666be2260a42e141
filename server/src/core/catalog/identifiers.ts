import datasetSchema from '../../../../schemas/dataset.schema.json';
import { stripAccents } from '../text/accents';

/**
 * What a valid dataset identifier is, defined once: the `pattern` of `identifier` in the dataset
 * schema (lower-case ASCII letters, digits and single hyphens, as `rezago-social`). The schema
 * validator, the importer, completion, the quick fix and the client's «new dataset» command all
 * read it from here.
 */
export const DATASET_IDENTIFIER = new RegExp(datasetSchema.$defs.dataset.properties.identifier.pattern);

/** Whether `text` is a dataset identifier of the guide's form. */
export function isDatasetIdentifier(text: string): boolean {
  return DATASET_IDENTIFIER.test(text);
}

/**
 * The identifier of the guide's form made from any text: accents dropped, lower case, every run of
 * other characters a hyphen (`Índice de Rezago Social` → `indice-de-rezago-social`,
 * `Rezago_Social.V2` → `rezago-social-v2`). Empty when the text has no letter or digit to keep.
 */
export function identifierFrom(text: string, maxLength = 80): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
