import { t, type Language } from '../../core/l10n';
import { applyLanguage } from '../../shippedFiles';
import { UsageError } from '../arguments';

export interface CommonFlags {
  positional: string[];
  out: string | undefined;
  force: boolean;
  language: Language;
}

/** The flags `guia import` and `guia export` share: `--out`, `--force` and `--lang`. */
export function parseCommonFlags(argv: readonly string[]): CommonFlags {
  const result: CommonFlags = { positional: [], out: undefined, force: false, language: 'es' };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const flag = equals > 0 ? argument.slice(0, equals) : argument;
    const inline = equals > 0 ? argument.slice(equals + 1) : undefined;
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(t('Falta el valor de {0}.', flag));
      return next;
    };
    switch (flag) {
      case '--out':
      case '-o':
        result.out = value();
        break;
      case '--force':
        result.force = true;
        break;
      case '--lang': {
        const language = value();
        if (language !== 'es' && language !== 'en') throw new UsageError(t('Idioma desconocido «{0}»: usa es o en.', language));
        result.language = language;
        break;
      }
      default:
        if (argument.startsWith('--')) throw new UsageError(t('Opción desconocida: {0}.', argument));
        result.positional.push(argument);
    }
  }
  return result;
}

/** The `--lang` asked for, read before the rest so that usage errors speak that language too. */
export function requestedLanguage(argv: readonly string[]): Language {
  const index = argv.findIndex((argument) => argument === '--lang' || argument.startsWith('--lang='));
  if (index < 0) return 'es';
  const value = argv[index]!.includes('=') ? argv[index]!.slice('--lang='.length) : argv[index + 1];
  return value === 'en' ? 'en' : 'es';
}

/**
 * The arguments of `guia import` or `guia export`, parsed by `parse` in the language asked for (so
 * that usage errors speak it too); undefined after writing the usage error and `usage()` to
 * standard error, for the command to exit with 2.
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
