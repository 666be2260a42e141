import { t } from '../../l10n';
import { escapedUrl, isEmail, severalEmails } from '../../schema/formats';
import { targetString, valueEdit, type Fix, type FixInput } from './fixTypes';

/** Swaps a descending period (rule `periodo-descendente`, data `{ start, end }`): `2020/2010` → `2010/2020`. */
export function swapPeriodFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  const { start, end } = target.data as { start?: unknown; end?: unknown };
  if (!found || typeof start !== 'string' || typeof end !== 'string') return [];
  const written = `${start}/${end}`;
  if (!found.value.includes(written)) return [];
  const swapped = found.value.replace(written, `${end}/${start}`);
  return [
    {
      title: t('Invertir el periodo: {0}', `${end}/${start}`),
      edit: valueEdit(context, found.node, swapped),
      safe: true,
      preferred: true,
    },
  ];
}

/**
 * `http://` → `https://` (rule `url-http`, data `{ url, https }`). Only offered on request, never in
 * "fix all": whether the server answers on https is not something the text can tell.
 */
export function httpsFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  const { url, https } = target.data as { url?: unknown; https?: unknown };
  if (!found || typeof url !== 'string' || typeof https !== 'string' || found.value.trim() !== url) return [];
  return [
    {
      title: t('Usar https: {0}', https),
      edit: valueEdit(context, found.node, https),
      safe: false,
      preferred: true,
    },
  ];
}

/** The URL with spaces and other characters escaped (schema rule `url-sin-escapar`). */
export function escapedUrlFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  const escaped = found ? escapedUrl(found.value) : undefined;
  if (!found || !escaped) return [];
  return [
    {
      title: t('Escapar la URL: {0}', escaped),
      edit: valueEdit(context, found.node, escaped),
      safe: false,
      preferred: true,
    },
  ];
}

/**
 * An address written to dodge spam harvesters, `usuario(at)dominio` or `usuario [at] dominio.gob.mx`
 * (rule `correo`), back to `usuario@dominio`, when that is a valid address. Safe: nothing else is changed.
 */
export function obfuscatedEmailFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  if (!found) return [];
  const address = found.value
    .trim()
    .replace(/\s*(?:\(\s*(?:at|arroba)\s*\)|\[\s*(?:at|arroba)\s*\]|\{\s*(?:at|arroba)\s*\})\s*/i, '@')
    .replace(/\s*(?:\(\s*(?:dot|punto)\s*\)|\[\s*(?:dot|punto)\s*\])\s*/gi, '.');
  if (address === found.value.trim() || !isEmail(address)) return [];
  return [
    {
      title: t('Escribir el correo como {0}', address),
      edit: valueEdit(context, found.node, address),
      safe: true,
      preferred: true,
    },
  ];
}

/**
 * A field holding several addresses where one is expected (rule `correo-varios`): one fix per
 * address, keeping only it. Which one answers for the data is the person's choice: never preferred.
 */
export function oneEmailFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  const addresses = found ? severalEmails(found.value) : undefined;
  if (!found || !addresses) return [];
  return addresses.map((address) => ({
    title: t('Dejar solo {0}', address),
    edit: valueEdit(context, found.node, address),
    safe: false,
    preferred: false,
  }));
}

/**
 * The rewrite a rule already worked out and carries as `data.suggestion` (a period in ISO 8601, a
 * URL without accents). Offered, never applied by "fix all": the rule's guess may not be the file's real name.
 */
export function suggestionFix({ context, target }: FixInput): Fix[] {
  const found = targetString(target);
  const suggestion = target.data.suggestion;
  if (!found || typeof suggestion !== 'string' || !suggestion || suggestion === found.value) return [];
  return [
    {
      title: t('Cambiar a «{0}»', suggestion),
      edit: valueEdit(context, found.node, suggestion),
      safe: false,
      preferred: true,
    },
  ];
}
