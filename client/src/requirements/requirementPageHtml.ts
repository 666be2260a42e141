import { isRequirementId } from '../../../server/src/core/catalog/requirementIds';
import type { RequirementCatalog } from '../../../server/src/core/catalog/requirements';
import { t, type Language } from '../../../server/src/core/l10n';

/** What a link of a rendered requirement page leads to. */
export type PageLink = { kind: 'requirement'; id: string; language: Language } | { kind: 'file'; path: string } | { kind: 'web' };

/**
 * Where a link written in a page of `docs/requisitos/<language>/` leads: another page of the guide
 * (`basico-1a.md`, `index.md`, `../en/basico-2b.md`), a file of the extension relative to the
 * repository root (`../../../schemas/requirements.json` → `schemas/requirements.json`), or the web.
 * Anything else (an in-page anchor, a path that leaves the extension) is left as written.
 */
export function pageLink(href: string, language: Language): PageLink | undefined {
  if (/^https?:\/\//i.test(href)) return { kind: 'web' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return undefined;
  const target = href.split('#')[0]!;
  const page = /^(?:\.\.\/(es|en)\/)?([a-z0-9-]+)\.md$/.exec(target);
  if (page) {
    const id = page[2]!;
    if (id !== 'index' && !isRequirementId(id)) return undefined;
    return { kind: 'requirement', id, language: (page[1] as Language | undefined) ?? language };
  }
  // docs/requisitos/<language>/ is three folders below the root: keep only paths that stay inside.
  const parts = ['docs', 'requisitos', language];
  for (const part of target.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.length > 0 ? { kind: 'file', path: parts.join('/') } : undefined;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unescapeAttribute = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The page's rendered Markdown with its links made to work in a webview: a link to another
 * requirement or to a shipped file becomes an `a` with `data-action` (the page's script sends it
 * to the extension, which opens it); web links stay (VS Code opens them in the browser).
 */
export function requirementPageBody(renderedHtml: string, language: Language): string {
  return renderedHtml.replace(/<a\s([^>]*)>/g, (whole, attributes: string) => {
    const href = /(?:^|\s)href="([^"]*)"/.exec(attributes)?.[1];
    if (href === undefined) return whole;
    const link = pageLink(unescapeAttribute(href), language);
    if (!link || link.kind === 'web') return whole;
    // The Markdown renderer may add data-href; the action replaces both.
    const rest = attributes.replace(/(?:^|\s)(?:data-)?href="[^"]*"/g, '').trim();
    const data =
      link.kind === 'requirement'
        ? `data-action="page" data-requirement="${escapeAttribute(link.id)}" data-language="${link.language}"`
        : `data-action="file" data-path="${escapeAttribute(link.path)}"`;
    return `<a href="#" ${data}${rest ? ` ${rest}` : ''}>`;
  });
}

/**
 * The tab title of a page: «basico-2b · Catálogo documentado…», or the index's title; the id
 * alone before the server gave the catalog.
 */
export function requirementPageTitle(id: string, language: Language, catalog: RequirementCatalog | undefined): string {
  if (!isRequirementId(id)) return t('Requisitos de la guía');
  const requirement = catalog?.requirements.find((candidate) => candidate.id === id);
  return requirement ? `${requirement.id} · ${requirement.title[language]}` : id;
}
