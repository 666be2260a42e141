import { parseArgs } from 'node:util';
import { t, type Language } from '../core/l10n';
import { isIsoDate } from '../core/text/dates';
import { applyLanguage } from '../shippedFiles';

/** A mistake in the command line: said with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** The options a command takes, in `util.parseArgs`' terms. */
export type OptionSpecs = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** The value of each option given: a string, every string of a repeated option, or true. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? true : O[K]['multiple'] extends true ? string[] : string;
};

/** `--lang`, which every command takes. */
export const LANGUAGE_OPTION = { lang: { type: 'string' } } as const satisfies OptionSpecs;
/** `--out`, `--force` and `--lang`, which every command that writes files takes. */
export const OUTPUT_OPTIONS = { ...LANGUAGE_OPTION, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } } as const satisfies OptionSpecs;

/**
 * The one argument parser of `guia`: Node's `util.parseArgs` reads the line (`--flag value`,
 * `--flag=value`, `-o value`, `--` before paths that start with a dash), and every mistake is a
 * UsageError in the current language, which Node's own English errors would not be.
 */
export function parseCommandLine<O extends OptionSpecs>(argv: readonly string[], options: O): { values: OptionValues<O>; positionals: string[] } {
  // Not strict: unknown options and missing values come back as tokens, so the messages are ours.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | string[] | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined) throw new UsageError(t('Opción desconocida: {0}.', token.rawName));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(t('{0} no lleva valor.', token.rawName));
      values[token.name] = true;
    } else if (token.value === undefined) {
      throw new UsageError(t('Falta el valor de {0}.', token.rawName));
    } else if (spec.multiple) {
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    } else {
      values[token.name] = token.value;
    }
  }
  return { values: values as OptionValues<O>, positionals };
}

/** The `--lang` value checked: `es` when absent. */
export function languageOption(value: string | undefined): Language {
  if (value === undefined || value === 'es' || value === 'en') return value ?? 'es';
  throw new UsageError(t('Idioma desconocido «{0}»: usa es o en.', value));
}

/** The `--today` value checked: a day that exists, never taken as another day (2026-02-30). */
export function todayOption(value: string | undefined): string | undefined {
  if (value === undefined || isIsoDate(value)) return value;
  throw new UsageError(t('Fecha no válida «{0}»: --today necesita un día que exista, AAAA-MM-DD (por ejemplo 2026-02-28).', value));
}

/** A value that must be one of `allowed` (`--format`, `--level`). */
export function oneOfOption<T extends string>(value: string, allowed: readonly T[], message: (value: string, allowed: string) => string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(message(value, allowed.join(', ')));
}

/** A whole number of at least 1 (`--max-file-size-kb 10240`). */
export function positiveIntegerOption(value: string, message: (value: string) => string): number {
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new UsageError(message(value));
}

/** The `--lang` asked for, read before the rest so that usage errors speak that language too. */
export function requestedLanguage(argv: readonly string[]): Language {
  // Other options are unknown here and read as flags; only `--lang` matters.
  const { lang } = parseArgs({ args: [...argv], options: LANGUAGE_OPTION, strict: false, allowPositionals: true }).values;
  return lang === 'en' ? 'en' : 'es';
}

/**
 * The arguments of a command, parsed by `parse` in the language asked for (so that usage errors
 * speak it too); undefined after writing the usage error and `usage()` to standard error, for the
 * command to exit with 2.
 */
export function commandArguments<T>(argv: readonly string[], parse: (argv: readonly string[]) => T, usage: () => string): T | undefined {
  applyLanguage(requestedLanguage(argv));
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`guia: ${error.message}\n\n${usage()}\n`);
    return undefined;
  }
}
