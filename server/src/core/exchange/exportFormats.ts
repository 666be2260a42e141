/**
 * The formats `guia export` and the editor's export command write, and the file name each is
 * usually given. Data only, with no imports: the VS Code client offers these without carrying the
 * exporters (the server runs them).
 */
export const EXPORT_FORMATS = ['catalogo', 'dcat-ap', 'dcat-ap-ttl', 'ckan', 'csv', 'plan-csv', 'inventario-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file name each export is usually given. */
export const DEFAULT_EXPORT_NAMES: Record<ExportFormat, string> = {
  catalogo: 'catalogo.json',
  'dcat-ap': 'catalogo-dcat-ap.jsonld',
  'dcat-ap-ttl': 'catalogo-dcat-ap.ttl',
  ckan: 'conjuntos-ckan.jsonl',
  csv: 'catalogo_v3.0.csv',
  'plan-csv': 'plan_de_apertura.csv',
  'inventario-csv': 'inventario.csv',
};
