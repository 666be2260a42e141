#!/usr/bin/env bash
# Runs `guia check` in a CI job (GitHub Actions, GitLab CI, pre-commit or any other) and writes
# the reports the engine reads. Used by action.yml, ci/gitlab/*.gitlab-ci.yml and
# .pre-commit-hooks.yaml; run it by hand to see what the job will do.
#
# Settings (environment variables, all optional):
#   GUIA_PATHS          folders or files to check, separated by spaces (default: .)
#   GUIA_LEVEL          basico | intermedio | avanzado, when a plan does not declare nivelObjetivo
#   GUIA_TODAY          evaluation date AAAA-MM-DD (default: today)
#   GUIA_LANG           es | en (default: es)
#   GUIA_SARIF          write SARIF 2.1.0 here (GitHub code scanning, GitLab)
#   GUIA_CODECLIMATE    write GitLab's Code Quality report here
#   GUIA_JSON           write `guia check --format json` here (input of `guia tablero`)
#   GUIA_BOARD_MD       write the board of this repository's institutions as Markdown here
#   GUIA_FAIL_ON_ERRORS true (default) | false: whether findings with severity Error fail the job
#
# Exit code: 0 no errors (or errors with GUIA_FAIL_ON_ERRORS=false), 1 errors found, 2 the check
# itself could not run (unreadable input, bad settings, build failure).
set -uo pipefail

# The action and the templates run from a checkout of this repository: build it once if needed.
source "$(dirname "${BASH_SOURCE[0]}")/ensure-guia.sh"

read -r -a paths <<< "${GUIA_PATHS:-.}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
dated=(--lang "${GUIA_LANG:-es}")
[ -n "${GUIA_TODAY:-}" ] && dated+=(--today "$GUIA_TODAY")
common=("${dated[@]}")
[ -n "${GUIA_LEVEL:-}" ] && common+=(--level "$GUIA_LEVEL")

guia() { node "$guia_cli" "$@"; }

# One run per report: each is the same check, written for a different reader.
write_report() {
  local format="$1" file="$2"
  [ -n "$file" ] || return 0
  mkdir -p "$(dirname "$file")"
  guia check "${paths[@]}" "${common[@]}" --format "$format" > "$file"
  local code=$?
  if [ "$code" -ge 2 ]; then echo "guia: no se pudo escribir el informe $format ($file)" >&2; exit 2; fi
}
write_report sarif "${GUIA_SARIF:-}"
write_report codeclimate "${GUIA_CODECLIMATE:-}"
write_report json "${GUIA_JSON:-}"
if [ -n "${GUIA_BOARD_MD:-}" ]; then
  guia tablero "${paths[@]}" --format md --force --out "$GUIA_BOARD_MD" "${dated[@]}" >/dev/null || exit 2
fi

# The text run is the one people read in the job's log, and its exit code decides.
guia check "${paths[@]}" "${common[@]}" --format text
code=$?
if [ "$code" -eq 1 ] && [ "${GUIA_FAIL_ON_ERRORS:-true}" = "false" ]; then
  echo "guia: hay errores, pero GUIA_FAIL_ON_ERRORS=false: el trabajo no falla." >&2
  code=0
fi
exit "$code"
