import type { DistributionFacts } from '../../model/facts';
import { encodingName } from '../../data/csvAnalysis';
import { t } from '../../l10n';
import { valueOf, type SourceNode } from '../../parse/sourceTree';
import { garbledWord } from '../../text/decodeText';
import { isIsoDateOrDateTime } from '../../text/dates';
import { isoFromWritten, isoReadings, readWrittenDate } from '../../text/writtenDates';
import { identifierFrom } from '../../catalog/identifiers';
import { isPrintableAscii } from './asciiText';
import { datasetRule, fieldSpan, fieldText, fileName, hasContent, headSpan, nodeSpan, reportedBySchema, resourceName, type DatasetScope } from './datasetRule';
import { checkPeriod } from './isoPeriod';
import { recogniseSpatial } from './spatialCoverage';

/** Column names that hold codes of a code list: INEGI's `CVE_ENT`, `cve_mun`, `clave_localidad`. */
const CODE_COLUMN = /^(?:cve|clave)(?:[_\s-]|$)/i;

/**
 * intermedio-2a, interoperability: ISO 8601 in `modified` and `temporal` (ranges ascending), ASCII
 * identifiers, INEGI keys or recognised names in `spatial`, `codelists` where codes are used, and
 * local data files in UTF-8. Malformed `modified` dates are also basico-2b's (the schema's); they are
 * reported here as well because this requirement cannot be met without them.
 */
export const interoperability = datasetRule('intermedio-2a', (scope) => {
  const { dataset } = scope;
  checkIdentifier(scope);
  checkGarbledText(scope, dataset.node);
  // A dataset without a date has no ISO 8601 `modified` to show (the schema says it is missing).
  if (fieldText(dataset.node, 'modified') === undefined) scope.failsWithoutFinding();
  checkDate(scope, dataset.node);
  checkTemporal(scope, dataset.node);
  const datasetKeys = checkSpatial(scope, dataset.node);
  for (const resource of dataset.distributions) {
    checkGarbledText(scope, resource.node);
    checkDate(scope, resource.node);
    checkTemporal(scope, resource.node);
    const resourceKeys = checkSpatial(scope, resource.node);
    checkCodelists(scope, resource, resourceKeys ?? datasetKeys);
    checkLocalEncoding(scope, resource);
  }
});

function checkIdentifier(scope: DatasetScope): void {
  const identifier = scope.dataset.identifier;
  const node = valueOf(scope.dataset.node, 'identifier');
  if (identifier === undefined || !node || identifier.trim() === '' || isPrintableAscii(identifier)) return;
  const slug = identifierFrom(identifier);
  scope.report(
    nodeSpan(node),
    'mandatory',
    t('«identifier» («{0}») tiene caracteres que no son ASCII (acentos, eñes o espacios), que rompen URL y sistemas: escríbelo como «{1}».', identifier, slug),
    { rule: 'identificador-ascii', identifier, slug },
  );
}

/**
 * A title or description whose accents went through another encoding than UTF-8 on their way here
 * (`InformaciÃ³n`, CONEVAL's `DiagnÌ_stico`): the text is no longer what the institution wrote.
 */
function checkGarbledText(scope: DatasetScope, node: SourceNode): void {
  for (const key of ['title', 'description']) {
    const value = fieldText(node, key);
    const word = value === undefined ? undefined : garbledWord(value);
    if (word === undefined) continue;
    scope.report(
      fieldSpan(node, key)!,
      'recommendation',
      t(
        '«{0}» tiene acentos mal codificados («{1}»): el texto pasó por una codificación distinta de UTF-8. Escribe de nuevo las letras acentuadas (como «Información», no «InformaciÃ³n»).',
        key,
        word,
      ),
      { rule: 'texto-mal-codificado', field: key },
    );
  }
}

function checkDate(scope: DatasetScope, node: SourceNode): void {
  const value = fieldText(node, 'modified');
  if (value === undefined || isIsoDateOrDateTime(value)) return;
  // A malformed `modified` is said once, by the schema at basico-2b (with a quick fix to ISO 8601); it still fails here.
  if (reportedBySchema(scope.file, node, 'modified')) return scope.failsWithoutFinding();
  const date = readWrittenDate(value, 'date');
  const suggestion = date ? isoFromWritten(date) : undefined;
  const readings = date ? isoReadings(date) : [];
  scope.report(
    fieldSpan(node, 'modified')!,
    'mandatory',
    suggestion
      ? t('«modified» ({0}) no está en ISO 8601, el formato de fechas que hace interoperables los datos: escríbelo como {1}.', value, suggestion)
      : readings.length === 2
        ? t(
            '«modified» ({0}) no está en ISO 8601 y es ambigua: puede ser {1} (mes/día, como en EE. UU.) o {2} (día/mes). Escríbela como AAAA-MM-DD.',
            value,
            readings[0]!,
            readings[1]!,
          )
        : t('«modified» ({0}) no está en ISO 8601: escribe la fecha como AAAA-MM-DD o con hora, AAAA-MM-DDTHH:MM:SS-06:00.', value),
    { rule: 'fecha-no-iso', field: 'modified', value, ...(suggestion ? { suggestion } : {}) },
  );
}

function checkTemporal(scope: DatasetScope, node: SourceNode): void {
  const value = fieldText(node, 'temporal');
  if (value === undefined) return;
  const verdict = checkPeriod(value);
  if (verdict.valid) return;
  const span = fieldSpan(node, 'temporal')!;
  if (verdict.reason === 'descending') {
    scope.report(span, 'mandatory', t('«temporal» ({0}) va de la fecha mayor a la menor: escribe el periodo de menor a mayor, {1}/{2}.', value, verdict.end, verdict.start), {
      rule: 'periodo-descendente',
      start: verdict.start,
      end: verdict.end,
      suggestion: `${verdict.end}/${verdict.start}`,
    });
    return;
  }
  scope.report(
    span,
    'mandatory',
    verdict.suggestion
      ? t('«temporal» ({0}) no es un periodo ISO 8601: escríbelo como {1}.', value, verdict.suggestion)
      : t('«temporal» ({0}) no es un periodo ISO 8601: escribe un año (2013), un intervalo de menor a mayor (2010/2012) o meses (2014-01/2014-04).', value),
    { rule: 'periodo-no-iso', value, ...(verdict.suggestion ? { suggestion: verdict.suggestion } : {}) },
  );
}

/** Checks `spatial`; returns the value when it uses INEGI keys, so resources can be asked for their code lists. */
function checkSpatial(scope: DatasetScope, node: SourceNode): string | undefined {
  const value = fieldText(node, 'spatial');
  if (value === undefined) return undefined;
  const verdict = recogniseSpatial(value);
  if (!verdict.recognised) {
    scope.report(
      fieldSpan(node, 'spatial')!,
      'recommendation',
      t(
        '«spatial» ({0}) no es una clave del INEGI ni un nombre que otros sistemas reconozcan: usa la clave de la entidad (01-32), del municipio (5 dígitos) o de la localidad (9 dígitos), «nacional», «estatal», «municipal», el nombre de la entidad, un URL de GeoNames o un recuadro de 4 coordenadas.',
        value,
      ),
      { rule: 'cobertura-no-reconocida', value },
    );
  }
  return verdict.usesInegiKeys ? value : undefined;
}

function checkCodelists(scope: DatasetScope, resource: DistributionFacts, inegiSpatial: string | undefined): void {
  if (hasContent(resource.node, 'codelists')) return;
  const name = resourceName(scope.dataset, resource);
  if (inegiSpatial !== undefined) {
    scope.report(
      headSpan(resource.node),
      'mandatory',
      t(
        'El recurso «{0}» usa claves del INEGI en «spatial» ({1}) pero no declara «codelists»: añade el catálogo de claves que usa, p. ej. «Marco Geoestadístico Nacional (INEGI)».',
        name,
        inegiSpatial,
      ),
      { rule: 'catalogo-de-claves-faltante', because: 'spatial', value: inegiSpatial },
    );
    return;
  }
  const column = scope
    .localFile(resource)
    ?.csv.header.find((cell) => CODE_COLUMN.test(cell.name.trim()))
    ?.name.trim();
  if (column === undefined) return;
  scope.report(
    headSpan(resource.node),
    'mandatory',
    t(
      'El archivo del recurso «{0}» tiene la columna de claves «{1}» pero el recurso no declara «codelists»: añade el catálogo de claves que usa, p. ej. «Marco Geoestadístico Nacional (INEGI)».',
      name,
      column,
    ),
    { rule: 'catalogo-de-claves-faltante', because: 'column', column },
  );
}

function checkLocalEncoding(scope: DatasetScope, resource: DistributionFacts): void {
  const local = scope.localFile(resource);
  if (!local || local.csv.encoding.utf8) return;
  scope.report(
    fieldSpan(resource.node, 'downloadURL')!,
    'mandatory',
    t(
      'El archivo local {0} de este recurso no está en UTF-8 (parece {1}): guárdalo con la codificación UTF-8; el primer carácter afectado está señalado en el propio archivo.',
      fileName(local.id),
      encodingName(local.csv.encoding.likely),
    ),
    { rule: 'datos-locales-no-utf8', file: local.id, likely: local.csv.encoding.likely },
  );
}
