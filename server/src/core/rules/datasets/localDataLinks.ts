import { t } from '../../l10n';
import { isRelativePath } from '../../schema/formats';
import { datasetRule, fieldSpan, resourceName } from './datasetRule';

/**
 * basico-2b: a relative `downloadURL` is accepted so the local data checks can read the file
 * (`url-relativa` already asks for the full URL before publishing); when no file is there, the
 * resource points nowhere, which is worth saying before the user wonders why nothing was checked.
 */
export const localDataLinks = datasetRule(
  'basico-2b',
  (scope) => {
    const { dataset, file, input } = scope;
    for (const resource of dataset.distributions) {
      const url = resource.downloadURL?.trim();
      if (!url) continue;
      const target = input.localData?.target(file.id, url);
      if (target?.refused) {
        // A file that is there but was not read: say why, so nobody takes the silence for a pass.
        const message =
          target.refused === 'fuera-del-espacio'
            ? t('El archivo de datos de «{0}» lleva, a través de un enlace, fuera de las carpetas del espacio de trabajo: no se lee. Copia los datos dentro de la carpeta.', url)
            : t(
                'El archivo de datos de «{0}» mide {1} MB y el límite es {2} MB (guia.maxDataFileSizeMB; en la línea de comandos, --max-data-file-size-mb): sus datos no se revisaron.',
                url,
                megabytes(target.size ?? 0),
                megabytes(target.limit ?? 0),
              );
        scope.report(fieldSpan(resource.node, 'downloadURL')!, 'recommendation', message, {
          rule: target.refused === 'fuera-del-espacio' ? 'datos-fuera-del-espacio' : 'datos-demasiado-grandes',
          url,
        });
        continue;
      }
      if (!isRelativePath(url)) continue;
      if (!target || target.found) continue;
      scope.report(
        fieldSpan(resource.node, 'downloadURL')!,
        'recommendation',
        t(
          'No hay ningún archivo en «{0}» (relativo a la carpeta de este archivo de metadatos), así que los datos del recurso «{1}» no se pudieron revisar: corrige la ruta o escribe la URL de descarga completa.',
          url,
          resourceName(dataset, resource),
        ),
        { rule: 'archivo-local-no-encontrado', url },
      );
    }
  },
  { countsEvidence: false },
);

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
