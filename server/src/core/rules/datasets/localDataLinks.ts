import { t } from '../../l10n';
import { isRelativePath } from '../../schema/formats';
import { datasetRule, fieldSpan, resourceName } from './datasetRule';

/**
 * basico-2b: a relative `downloadURL` is accepted so the local data checks can read the file
 * (`url-relativa` already asks for the full URL before publishing); when no file is there, the
 * resource points nowhere, which is worth saying before the user wonders why nothing was checked.
 */
export const localDataLinks = datasetRule('basico-2b', (scope) => {
  const { dataset, file, input } = scope;
  for (const resource of dataset.distributions) {
    const url = resource.downloadURL?.trim();
    if (!url || !isRelativePath(url)) continue;
    const target = input.localData?.target(file.id, url);
    if (!target || target.found) continue;
    scope.report(fieldSpan(resource.node, 'downloadURL')!, 'recommendation',
      t('No hay ningún archivo en «{0}» (relativo a la carpeta de este archivo de metadatos), así que los datos del recurso «{1}» no se pudieron revisar: corrige la ruta o escribe la URL de descarga completa.', url, resourceName(dataset, resource)),
      { rule: 'archivo-local-no-encontrado', url });
  }
}, { countsEvidence: false });
