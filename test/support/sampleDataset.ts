/** A small dataset's metadata that meets Básico, for tests that need one file of ours on disk. */
export function sampleDataset(identifier: string, title: string): string {
  return `identifier: ${identifier}
title: ${title}
description: ${title}, por municipio, según los registros administrativos más recientes.
keyword: [${identifier}, municipios]
modified: 2026-10-01
contactPoint: Dirección de Datos
mbox: datos@institucion.gob.mx
landingPage: https://www.institucion.gob.mx/datos/${identifier}
accrualPeriodicity: anual
distribution:
  - title: ${title} 2025
    downloadURL: https://datos.institucion.gob.mx/${identifier}.csv
    mediaType: text/csv
`;
}
