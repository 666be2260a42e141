import type { CoverageReport, InstitutionCoverage } from '../../../server/src/protocol/protocol';

/**
 * The path of a `file:` URI, decoded, with a lower-case drive letter and no trailing slash, so a
 * URI VS Code spells (`file:///c%3A/Datos%20abiertos`) and one the server spells
 * (`file:///C:/Datos%20abiertos/`) compare equal. Undefined for a URI that cannot be read.
 */
export function uriPath(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    decoded = url.pathname;
  }
  const path = decoded.replace(/^\/([A-Za-z]):/, (_whole, drive: string) => `/${drive.toLowerCase()}:`).replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** The institution a file (or folder) belongs to: the one whose root is the nearest folder above it, or itself. */
export function institutionOf(fileUri: string, institutions: readonly InstitutionCoverage[]): InstitutionCoverage | undefined {
  const file = uriPath(fileUri);
  if (file === undefined) return undefined;
  let best: { institution: InstitutionCoverage; depth: number } | undefined;
  for (const institution of institutions) {
    const root = uriPath(institution.root);
    if (root === undefined || (file !== root && !file.startsWith(`${root}/`))) continue;
    if (!best || root.length > best.depth) best = { institution, depth: root.length };
  }
  return best?.institution;
}

/** The institution with this root, compared as `uriPath` does. */
export function institutionAt(root: string, institutions: readonly InstitutionCoverage[]): InstitutionCoverage | undefined {
  const wanted = uriPath(root);
  return wanted === undefined ? undefined : institutions.find((institution) => uriPath(institution.root) === wanted);
}

/**
 * The institution the editor shows for the active file: the one the file lies in; for no file, or
 * one outside every institution (a README at the top), the one the server's report is about (the
 * document last opened or edited), else the first. Undefined when the server lists none.
 */
export function institutionFor(report: CoverageReport, activeUri: string | undefined): InstitutionCoverage | undefined {
  const institutions = report.institutions ?? [];
  return (
    (activeUri !== undefined ? institutionOf(activeUri, institutions) : undefined) ??
    (report.institution ? institutionAt(report.institution.root, institutions) : undefined) ??
    institutions[0]
  );
}
