# Sourced by the CI scripts: sets $guia_cli to the command line of this checkout, building it once
# (npm ci and esbuild) when the checkout is fresh, as in a CI job. Exits with 2 if it cannot.
guia_home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
guia_cli="$guia_home/dist/cli.js"
if [ ! -f "$guia_cli" ] || [ ! -d "$guia_home/node_modules/ajv" ]; then
  echo "guia: preparando la línea de comandos en $guia_home…" >&2
  (cd "$guia_home" && npm ci --no-audit --no-fund --loglevel=error && node scripts/build.mjs) >&2 || exit 2
fi
