import { isLevelId, type LevelId } from '../core/catalog/requirements';
import type { Language } from '../core/l10n';
import { isIsoDate } from '../core/text/dates';
import { DEFAULT_SETTINGS } from '../protocol/settings';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'codeclimate';

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
  /** `--max-data-file-size-mb N`: local data files above it are not read (as `guia.maxDataFileSizeMB`). */
  maxDataFileSizeMB: number;
  /** `--check-links`: ask every download URL whether it answers (reaches the network; never by default). */
  checkLinks: boolean;
  /** `--allow-private-hosts`: the link check may ask loopback and private-network hosts (an intranet catalog). */
  allowPrivateHosts: boolean;
  /** `--links-deadline-s N`: the whole link check ends after this long; URLs not reached are marked unchecked. */
  linksDeadlineSeconds: number;
}

/** The link check's overall time limit by default, in seconds. */
export const DEFAULT_LINKS_DEADLINE_S = 300;

export class UsageError extends Error {}

export const USAGE = `Uso: guia check <rutas...> [--format text|json|sarif|codeclimate] [--level basico|intermedio|avanzado] [--today AAAA-MM-DD] [--lang es|en]
                  [--data-map PREFIJO_URL=CARPETA]... [--max-file-size-kb N] [--max-data-file-size-mb N]
                  [--check-links [--allow-private-hosts] [--links-deadline-s N]]

Revisa los metadatos de conjuntos de datos y el plan de apertura contra la Guía de Implementación
de la Política de Datos Abiertos. Código de salida: 0 sin errores, 1 con errores, 2 por uso o E/S.
El nivel objetivo es el «nivelObjetivo» del plan; --level solo vale cuando el plan no lo declara
(igual que la configuración guia.targetLevel en el editor).
Los CSV de los recursos se revisan como datos cuando su downloadURL es una ruta relativa o empieza
por un prefijo de --data-map (o de guia.dataMappings en .vscode/settings.json de la carpeta).
Los archivos de más de --max-file-size-kb (5120 KB por omisión) no se revisan: se avisa de ello.
Los CSV de más de --max-data-file-size-mb (100 MB) o que, por un enlace, están fuera de las carpetas
dadas no se leen; de los demás se analizan a lo sumo 1000 columnas y 4096 caracteres por celda.
--check-links consulta cada URL de descarga en la red (HEAD, o GET si lo rechaza) y alimenta basico-3b;
sin esa opción no se consulta la red. Nunca consulta direcciones privadas, de bucle local ni
especiales (dirección privada, no se consulta) salvo con --allow-private-hosts, para un catálogo de
intranet. Termina en --links-deadline-s segundos (300 por omisión) e informa su avance en stderr.
La revisión nunca escribe archivos.`;

/** Parses `guia check …`. Throws UsageError with a message a person can act on. */
export function parseArguments(argv: readonly string[]): CheckArguments {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `Comando desconocido: «${command}».` : 'Falta el comando.');
  const result: CheckArguments = { command, paths: [], format: 'text', level: undefined, today: undefined, language: 'es', dataMappings: {}, maxFileSizeKB: DEFAULT_SETTINGS.maxFileSizeKB, maxDataFileSizeMB: DEFAULT_SETTINGS.maxDataFileSizeMB, checkLinks: false, allowPrivateHosts: false, linksDeadlineSeconds: DEFAULT_LINKS_DEADLINE_S };
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
        if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'codeclimate') throw new UsageError(`Formato desconocido «${format}»: usa text, json, sarif o codeclimate.`);
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
      case '--max-data-file-size-mb': {
        const size = value();
        if (!/^\d+$/.test(size) || Number(size) < 1) throw new UsageError(`Tamaño no válido «${size}»: usa un número entero de megabytes, por ejemplo --max-data-file-size-mb 500.`);
        result.maxDataFileSizeMB = Number(size);
        break;
      }
      case '--check-links':
        if (inline !== undefined) throw new UsageError('--check-links no lleva valor.');
        result.checkLinks = true;
        break;
      case '--allow-private-hosts':
        if (inline !== undefined) throw new UsageError('--allow-private-hosts no lleva valor.');
        result.allowPrivateHosts = true;
        break;
      case '--links-deadline-s': {
        const seconds = value();
        if (!/^\d+$/.test(seconds) || Number(seconds) < 1) throw new UsageError(`Tiempo no válido «${seconds}»: usa un número entero de segundos, por ejemplo --links-deadline-s 600.`);
        result.linksDeadlineSeconds = Number(seconds);
        break;
      }
      default:
        if (argument.startsWith('--')) throw new UsageError(`Opción desconocida: ${argument}.`);
        result.paths.push(argument);
    }
  }
  if (result.paths.length === 0) throw new UsageError('Indica al menos una ruta (archivo o carpeta) que revisar.');
  return result;
}
