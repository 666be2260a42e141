#!/usr/bin/env bash
# The aggregation job of a national run: merges the `guia check --format json` outputs of the
# institutions' jobs into the national board, in every format, under $GUIA_BOARD_DIR (tablero/).
# Usage: ci/tablero.sh <check-output.json...>   (GUIA_TODAY: the board's cut-off date; GUIA_LANG)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/ensure-guia.sh"
[ "$#" -gt 0 ] || { echo "guia: indica las salidas de guia check --format json que reunir" >&2; exit 2; }
out="${GUIA_BOARD_DIR:-tablero}"
mkdir -p "$out"
options=(--lang "${GUIA_LANG:-es}" --force)
[ -n "${GUIA_TODAY:-}" ] && options+=(--today "$GUIA_TODAY")
status=0
for format in html md csv json; do
  node "$guia_cli" tablero "$@" --format "$format" --out "$out/tablero.$format" "${options[@]}" || status=2
done
exit "$status"
