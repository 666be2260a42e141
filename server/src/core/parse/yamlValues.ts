import { Document, isScalar, type DocumentOptions, type ParseOptions, type ScalarTag, type SchemaOptions } from 'yaml';

/**
 * How every YAML text is read: YAML 1.2 with its core schema. Duplicate keys are not the library's
 * to find (`uniqueKeys: false`): its check compares every key with every other one, and a
 * 100,000-key mapping would take minutes; our readers find them with `RepeatedKeys`.
 */
export const YAML_READING: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: false,
  keepSourceTokens: false,
};

/** A document made with those options, for their full form and their schema's tags (see `plainYaml.ts`). */
export const YAML_READING_DOCUMENT = new Document(null, YAML_READING);

/** The tags the composer tries on a plain scalar, in its order; a text none matches is a string. */
const DEFAULT_TAGS = YAML_READING_DOCUMENT.schema.tags.filter((tag): tag is ScalarTag => 'test' in tag && tag.test !== undefined);

/**
 * What the library's composer makes of a plain (unquoted) scalar's text: the first default tag whose
 * test the text passes resolves it (`null`, `true`, `0x1F`, `1.50`…), otherwise it is the text.
 * Undefined when the tag would report a problem (the library then says it, in its words).
 */
export function resolvePlainScalar(text: string, atKey: boolean): { resolved: unknown } | undefined {
  const tag = DEFAULT_TAGS.find((each) => (each.default === true || (atKey && each.default === 'key')) && each.test!.test(text));
  if (tag === undefined) return { resolved: text };
  let failed = false;
  let resolved: unknown;
  try {
    resolved = tag.resolve(
      text,
      () => {
        failed = true;
      },
      YAML_READING_DOCUMENT.options,
    );
  } catch {
    return undefined;
  }
  if (failed) return undefined;
  return { resolved: isScalar(resolved) ? resolved.value : resolved };
}

/** The composer's limit: a `:` more than this far from the start of its implicit key is an error. */
export const IMPLICIT_KEY_LIMIT = 1024;

/** Mappings with up to this many keys look for a repeated key without a set. */
const SMALL_MAPPING = 16;

/**
 * The keys of one mapping, met in order, telling which are repeated. A dataset's or resource's few
 * keys are compared directly, without a set per mapping (20,000 of them in a big catalog); a big
 * mapping gets a set.
 */
export class RepeatedKeys {
  private readonly keys: string[] = [];
  private seen: Set<string> | undefined;

  /** Records `key`; true when the mapping already had it. */
  add(key: string): boolean {
    if (this.seen === undefined && this.keys.length >= SMALL_MAPPING) this.seen = new Set(this.keys);
    const repeated = this.seen !== undefined ? this.seen.has(key) : this.keys.includes(key);
    if (this.seen !== undefined) this.seen.add(key);
    else this.keys.push(key);
    return repeated;
  }
}

/** The value of a scalar for the tree: the library's resolved value, or the text when it is not plain data. */
export function scalarValue(value: unknown, source: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  // Tags such as !!binary or !!timestamp resolve to other objects; keep the text the user wrote.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a last resort for a tag the library resolved to an object without source text
  return typeof source === 'string' ? source : String(value);
}
