import { isLevelId, type LevelId } from '../core/catalog/requirements';
import type { Language } from '../core/l10n';
import { isIsoDate } from '../core/text/dates';
import { DEFAULT_SETTINGS } from '../protocol/settings';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckArguments {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  level: LevelId | undefined;
  today: string | undefined;
  language: Language;
  /** `--data-map PREFIJO=CARPETA`: URL prefixes whose files have local copies (see `guia.dataMappings`). */
  dataMappings: Record<string, string>;
  /** `--max-file-size-kb N`: files above it get one diagnostic instead of a check (as `guia.maxFileSizeKB`). */
  maxFileSizeKB: number;
  /** `--check-links`: ask every download URL whether it answers (reaches the network; never by default). */
  checkLinks: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Uso: guia check <rutas...> [--format text|json|sarif] [--level basico|intermedio|avanzado] [--today AAAA-MM-DD] [--lang es|en]
                  [--data-map PREFIJO_URL=CARPETA]... [--max-file-size-kb N] [--check-links]

Revisa los metadatos de conjuntos de datos y el plan de apertura contra la Guía de Implementación
de la Política de Datos Abiertos. Código de salida: 0 sin errores, 1 con errores, 2 por uso o E/S.
El nivel objetivo es el «nivelObjetivo» del plan; --level solo vale cuando el plan no lo declara
(igual que la configuración guia.targetLevel en el editor).
Los CSV de los recursos se revisan como datos cuando su downloadURL es una ruta relativa o empieza
por un prefijo de --data-map (o de guia.dataMappings en .vscode/settings.json de la carpeta).
Los archivos de más de --max-file-size-kb (5120 KB por omisión) no se revisan: se avisa de ello.
--check-links consulta cada URL de descarga en la red (HEAD, o GET si lo rechaza) y alimenta basico-3b;
sin esa opción no se consulta la red. La revisión nunca escribe archivos.`;

/** Parses `guia check …`. Throws UsageError with a message a person can act on. */
export function parseArguments(argv: readonly string[]): CheckArguments {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `Comando desconocido: «${command}».` : 'Falta el comando.');
  const result: CheckArguments = { command, paths: [], format: 'text', level: undefined, today: undefined, language: 'es', dataMappings: {}, maxFileSizeKB: DEFAULT_SETTINGS.maxFileSizeKB, checkLinks: false };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined) throw new UsageError(`Falta el valor de ${flag}.`);
      return next;
    };
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`Formato desconocido «${format}»: usa text, json o sarif.`);
        result.format = format;
        break;
      }
      case '--level': {
        const level = value();
        if (!isLevelId(level)) throw new UsageError(`Nivel desconocido «${level}»: usa basico, intermedio o avanzado.`);
        result.level = level;
        break;
      }
      case '--today': {
        const today = value();
        // The calendar rule of every date field: 2026-02-30 does not exist, and is never taken as another day.
        if (!isIsoDate(today)) throw new UsageError(`Fecha no válida «${today}»: --today necesita un día que exista, AAAA-MM-DD (por ejemplo 2026-02-28).`);
        result.today = today;
        break;
      }
      case '--lang': {
        const language = value();
        if (language !== 'es' && language !== 'en') throw new UsageError(`Idioma desconocido «${language}»: usa es o en.`);
        result.language = language;
        break;
      }
      case '--data-map': {
        const mapping = value();
        const match = /^((?:https?|ftp):\/\/\S+?)=(.*)$/i.exec(mapping);
        if (!match) throw new UsageError(`Mapeo no válido «${mapping}»: usa --data-map https://datos.institucion.gob.mx/=datos/`);
        result.dataMappings[match[1]!] = match[2]!;
        break;
      }
      case '--max-file-size-kb': {
        const size = value();
        if (!/^\d+$/.test(size) || Number(size) < 1) throw new UsageError(`Tamaño no válido «${size}»: usa un número entero de kilobytes, por ejemplo --max-file-size-kb 10240.`);
        result.maxFileSizeKB = Number(size);
        break;
      }
      case '--check-links':
        if (inline !== undefined) throw new UsageError('--check-links no lleva valor.');
        result.checkLinks = true;
        break;
      default:
        if (argument.startsWith('--')) throw new UsageError(`Opción desconocida: ${argument}.`);
        result.paths.push(argument);
    }
  }
  if (result.paths.length === 0) throw new UsageError('Indica al menos una ruta (archivo o carpeta) que revisar.');
  return result;
}
