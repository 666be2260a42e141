import type { LevelId } from '../core/catalog/requirements';
import { t, type Language } from '../core/l10n';
import { DEFAULT_SETTINGS } from '../protocol/settings';
import { languageOption, oneOfOption, parseCommandLine, positiveIntegerOption, todayOption, UsageError, type OptionSpecs } from './commandLine';

export { UsageError };

const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'codeclimate'] as const;
const LEVELS: readonly LevelId[] = ['basico', 'intermedio', 'avanzado'];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

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

/** The usage text of `guia check`, in the current language. */
export const checkUsage = (): string =>
  t(`Uso: guia check <rutas...> [--format text|json|sarif|codeclimate] [--level basico|intermedio|avanzado] [--today AAAA-MM-DD] [--lang es|en]
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
La revisión nunca escribe archivos.`);

const CHECK_OPTIONS = {
  format: { type: 'string' },
  level: { type: 'string' },
  today: { type: 'string' },
  lang: { type: 'string' },
  'data-map': { type: 'string', multiple: true },
  'max-file-size-kb': { type: 'string' },
  'max-data-file-size-mb': { type: 'string' },
  'check-links': { type: 'boolean' },
  'allow-private-hosts': { type: 'boolean' },
  'links-deadline-s': { type: 'string' },
} as const satisfies OptionSpecs;

/** Parses `guia check …`. Throws UsageError with a message a person can act on, in the current language. */
export function parseArguments(argv: readonly string[]): CheckArguments {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? t('Comando desconocido: «{0}».', command) : t('Falta el comando.'));
  const { values, positionals } = parseCommandLine(rest, CHECK_OPTIONS);
  const sizeOf = (value: string | undefined, fallback: number, message: (value: string) => string): number =>
    value === undefined ? fallback : positiveIntegerOption(value, message);
  const result: CheckArguments = {
    command,
    paths: positionals,
    format: oneOfOption(values.format ?? 'text', OUTPUT_FORMATS, (value, allowed) => t('Formato desconocido «{0}»: usa {1}.', value, allowed)),
    level: values.level === undefined ? undefined : oneOfOption(values.level, LEVELS, (value, allowed) => t('Nivel desconocido «{0}»: usa {1}.', value, allowed)),
    today: todayOption(values.today),
    language: languageOption(values.lang),
    dataMappings: Object.fromEntries((values['data-map'] ?? []).map(dataMapping)),
    maxFileSizeKB: sizeOf(values['max-file-size-kb'], DEFAULT_SETTINGS.maxFileSizeKB, (value) =>
      t('Tamaño no válido «{0}»: usa un número entero de kilobytes, por ejemplo --max-file-size-kb 10240.', value),
    ),
    maxDataFileSizeMB: sizeOf(values['max-data-file-size-mb'], DEFAULT_SETTINGS.maxDataFileSizeMB, (value) =>
      t('Tamaño no válido «{0}»: usa un número entero de megabytes, por ejemplo --max-data-file-size-mb 500.', value),
    ),
    checkLinks: values['check-links'] === true,
    allowPrivateHosts: values['allow-private-hosts'] === true,
    linksDeadlineSeconds: sizeOf(values['links-deadline-s'], DEFAULT_LINKS_DEADLINE_S, (value) =>
      t('Tiempo no válido «{0}»: usa un número entero de segundos, por ejemplo --links-deadline-s 600.', value),
    ),
  };
  if (positionals.length === 0) throw new UsageError(t('Indica al menos una ruta (archivo o carpeta) que revisar.'));
  return result;
}

/** `--data-map https://datos.institucion.gob.mx/=datos/` as a prefix and its folder. */
function dataMapping(mapping: string): [string, string] {
  const match = /^((?:https?|ftp):\/\/\S+?)=(.*)$/i.exec(mapping);
  if (!match) throw new UsageError(t('Mapeo no válido «{0}»: usa --data-map https://datos.institucion.gob.mx/=datos/', mapping));
  return [match[1]!, match[2]!];
}
