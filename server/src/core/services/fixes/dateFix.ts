import { t } from '../../l10n';
import { isIsoDate } from '../../text/dates';
import { schemaAt } from '../schemaContext';
import { documentEdit, replaceSpan, scalarText, targetString, type Fix, type FixInput } from './fixTypes';

const MONTHS: Readonly<Record<string, number>> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12,
};

interface ReadDate {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Reads a date written in a common non-ISO way when it can mean only one day: `27/05/2014`
 * (the day is over 12), `7/29/2013 9:00:00` (US style, the day is over 12), `2014/5/7`,
 * `27 de mayo de 2014`. `05/06/2014` could be either and is left alone.
 */
export function readUnambiguousDate(written: string): ReadDate | undefined {
  const text = written.trim();
  const time = (h?: string, m?: string, s?: string, meridiem?: string): ReadDate['time'] | undefined => {
    if (h === undefined || m === undefined) return undefined;
    let hour = Number(h);
    const marker = meridiem?.toLowerCase().replace(/[^ap]/g, '');
    if (marker === 'p' && hour < 12) hour += 12;
    if (marker === 'a' && hour === 12) hour = 0;
    const minute = Number(m);
    const second = Number(s ?? 0);
    return hour <= 23 && minute <= 59 && second <= 59 ? { hour, minute, second } : undefined;
  };
  const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?)?`;

  let match = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i').exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]), time(match[4], match[5], match[6], match[7]), match[4] !== undefined);

  match = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`, 'i').exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const clock = time(match[4], match[5], match[6], match[7]);
    const hasTime = match[4] !== undefined;
    if (first === second) return checked(year, first, second, clock, hasTime);
    if (first > 12 && second <= 12) return checked(year, second, first, clock, hasTime);
    if (second > 12 && first <= 12) return checked(year, first, second, clock, hasTime);
    return undefined;
  }

  match = /^(\d{1,2})(?:\s+de)?\s+([a-záéíóú]+)\.?(?:\s+de)?\s+(\d{4})$/i.exec(text);
  if (match) {
    const month = MONTHS[match[2]!.toLowerCase()];
    return month ? checked(Number(match[3]), month, Number(match[1]), undefined, false) : undefined;
  }
  return undefined;
}

function checked(year: number, month: number, day: number, time: ReadDate['time'], hadTime: boolean): ReadDate | undefined {
  // A time that could not be read makes the whole value doubtful.
  if (hadTime && !time) return undefined;
  if (!isIsoDate(`${pad(year, 4)}-${pad(month)}-${pad(day)}`)) return undefined;
  return time ? { year, month, day, time } : { year, month, day };
}

/** `06/2026`, `2026/6`, `junio de 2026` as `2026-06`, for the inventory's estimated month. */
export function readUnambiguousMonth(written: string): string | undefined {
  const text = written.trim();
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return month(Number(match[2]), Number(match[1]));
  match = /^([a-záéíóú]+)\.?(?:\s+de)?\s+(\d{4})$/i.exec(text);
  const number = match ? MONTHS[match[1]!.toLowerCase()] : undefined;
  return match && number ? month(Number(match[2]), number) : undefined;
}

function month(year: number, number: number): string | undefined {
  return number >= 1 && number <= 12 ? `${pad(year, 4)}-${pad(number)}` : undefined;
}

/** Rewrites a date to ISO 8601 when it can mean only one day (rules `fecha-iso8601`, `formato`). */
export function dateFix({ context, target, start }: FixInput): Fix[] {
  const found = targetString(target);
  if (!found || !target.path) return [];
  const schema = schemaAt(start, target.path)?.schema;
  let iso: string | undefined;
  if (target.data.rule === 'formato') {
    if (target.path[target.path.length - 1] !== 'fechaEstimada') return [];
    iso = readUnambiguousMonth(found.value);
  } else {
    const date = readUnambiguousDate(found.value);
    if (!date) return [];
    iso = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
    // A date-only field (`fechaPublicacion`) takes the day alone; `modified` keeps the time.
    if (date.time && schema?.format !== 'date') iso += `T${pad(date.time.hour)}:${pad(date.time.minute)}:${pad(date.time.second)}`;
  }
  if (!iso || iso === found.value) return [];
  return [{
    title: t('Escribir la fecha en ISO 8601: {0}', iso),
    edit: documentEdit(context, [replaceSpan(context, found.node.start, found.node.end, scalarText(context, found.node, iso))]),
    safe: true,
    preferred: true,
  }];
}
