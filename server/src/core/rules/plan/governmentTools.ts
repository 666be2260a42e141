import { t } from '../../l10n';
import { valueOf } from '../../parse/sourceTree';
import { isWebUrl } from '../../schema/formats';
import { reportUnknownDatasets } from './datasetReferences';
import { textOf, valueSpan } from './planDocument';
import { logSection, planRule } from './planRule';
import { isPortalUrl } from './urls';

/**
 * basico-4a: each government tool lists its name, URL, the datasets it uses (which must exist in the
 * workspace's metadata) and its link to datos.gob.mx. One piece of evidence per tool.
 * `herramientas: []` declares that the institution has no tools using data and counts as met.
 */
export const governmentTools = planRule('basico-4a', (context) => {
  const { plan } = context;
  const log = logSection(
    context,
    plan.root,
    undefined,
    'herramientas',
    () =>
      t(
        'Falta «herramientas»: registra cada herramienta digital de gobierno que usa los datos (nombre, url, conjuntos y enlaceDatos a datos.gob.mx), o escribe «herramientas: []» si la institución no tiene ninguna.',
      ),
    { kind: 'declares-none' },
  );
  if (!log) return;
  for (const { item, index } of log.entries) {
    let failed = plan.schemaFailsAt('basico-4a', ['herramientas', index]);
    if (reportUnknownDatasets(context, valueOf(item, 'conjuntos'))) failed = true;
    const linkNode = valueOf(item, 'enlaceDatos');
    const link = textOf(linkNode);
    // A malformed URL is the schema's finding; here only a well-formed one that leads elsewhere.
    if (linkNode && link && isWebUrl(link) && !isPortalUrl(link)) {
      context.report(
        valueSpan(linkNode),
        'mandatory',
        t(
          '«enlaceDatos» debe llevar a datos.gob.mx, donde están publicados los datos que usa la herramienta; se encontró «{0}». Ejemplo: https://datos.gob.mx/busca/organization/coneval',
          link,
        ),
        { rule: 'enlace-fuera-de-datos-gob' },
      );
      failed = true;
    }
    context.count(failed);
  }
});
