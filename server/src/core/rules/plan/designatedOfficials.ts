import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { isEmail } from '../../schema/formats';
import { formatDay } from '../../text/dates';
import { dayOf, textOf, valueSpan } from './planDocument';
import { planRule } from './planRule';

/**
 * Free webmail providers: an address there is valid but not the official email the guide asks for,
 * and it leaves with the person rather than staying with the position.
 */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.es',
  'outlook.com',
  'outlook.es',
  'live.com',
  'live.com.mx',
  'yahoo.com',
  'yahoo.com.mx',
  'yahoo.es',
  'icloud.com',
  'me.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'prodigy.net.mx',
]);

function isPublicMailbox(address: string): boolean {
  const domain =
    address
      .trim()
      .replace(/^mailto:/i, '')
      .split('@')
      .pop()
      ?.toLowerCase() ?? '';
  return PUBLIC_MAIL_DOMAINS.has(domain);
}

/**
 * basico-1a: the plan names the Enlace and the Administrador (name, position, valid email) and the
 * designation letter (reference and date). The schema reports missing or malformed fields; this rule
 * counts the three pieces of evidence and adds what the schema cannot say: a letter dated after the
 * evaluation date, and a personal webmail address where an official one is expected.
 */
export const designatedOfficials = planRule('basico-1a', (context) => {
  const { plan, today } = context;
  const officials = plan.section('responsables')?.value;

  for (const role of ['enlace', 'administrador'] as const) {
    const person = valueOf(officials, role);
    const failed = person === undefined || plan.schemaFailsAt('basico-1a', ['responsables', role]);
    const emailNode = valueOf(person, 'correo');
    const email = textOf(emailNode);
    if (emailNode && email && isEmail(email) && isPublicMailbox(email)) {
      const message =
        role === 'enlace'
          ? t('«responsables.enlace.correo» es un correo personal («{0}»): escribe el correo institucional del Enlace, el que queda con el cargo.', email)
          : t('«responsables.administrador.correo» es un correo personal («{0}»): escribe el correo institucional del Administrador de Datos, el que queda con el cargo.', email);
      context.report(valueSpan(emailNode), 'recommendation', message, { rule: 'correo-no-institucional', role });
    }
    context.count(failed);
  }

  const letter = valueOf(officials, 'oficioDesignacion');
  let letterFailed = letter === undefined || plan.schemaFailsAt('basico-1a', ['responsables', 'oficioDesignacion']);
  const dateNode = valueOf(letter, 'fecha');
  const date = dayOf(dateNode);
  if (dateNode && date !== undefined && date > today) {
    context.report(
      valueSpan(dateNode),
      'mandatory',
      t(
        '«oficioDesignacion.fecha» ({0}) es posterior a la fecha de evaluación ({1}): escribe la fecha en que se firmó el oficio de designación.',
        formatDay(date),
        formatDay(today),
      ),
      { rule: 'oficio-fecha-futura' },
    );
    letterFailed = true;
  }
  context.count(letterFailed);
});
