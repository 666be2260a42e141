// Finds every user-visible message of the sources: the string literal passed to `t(…)` (the core's
// re-export of `@vscode/l10n`'s `t`) or to `l10n.t(…)`. Used by `npm run l10n`, which writes the
// Spanish source bundle, and by the test that keeps the bundles complete.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** Folders whose `.ts` files may hold messages, relative to the repository root. */
export const MESSAGE_SOURCES = ['client/src', 'server/src'];

/**
 * Every message literal under `folders` (relative to `root`), with where it is used, and the calls
 * whose first argument is not a literal (they cannot be translated by a bundle).
 */
export function extractL10nStrings(root, folders = MESSAGE_SOURCES) {
  const messages = new Map();
  const nonLiteral = [];
  for (const folder of folders) {
    for (const file of readdirSync(path.join(root, folder), { recursive: true })) {
      if (!String(file).endsWith('.ts') || String(file).endsWith('.d.ts')) continue;
      const relative = path.join(folder, String(file)).split(path.sep).join('/');
      const source = ts.createSourceFile(relative, readFileSync(path.join(root, relative), 'utf8'), ts.ScriptTarget.ES2022, true);
      const { functions, namespaces } = l10nImports(source);
      if (functions.size === 0 && namespaces.size === 0) continue;
      const visit = (node) => {
        if (ts.isCallExpression(node) && isL10nCall(node.expression, functions, namespaces)) {
          const first = node.arguments[0];
          const where = `${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
            const list = messages.get(first.text) ?? [];
            list.push(where);
            messages.set(first.text, list);
          } else {
            nonLiteral.push(where);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { messages, nonLiteral };
}

/** Local names bound to `t` from an l10n module, and namespace imports of `@vscode/l10n`. */
function l10nImports(source) {
  const functions = new Set();
  const namespaces = new Set();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)l10n$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings) continue;
    if (ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    else for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === 't') functions.add(element.name.text);
  }
  return { functions, namespaces };
}

function isL10nCall(callee, functions, namespaces) {
  if (ts.isIdentifier(callee)) return functions.has(callee.text);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && ts.isIdentifier(callee.expression) && namespaces.has(callee.expression.text);
}
