#!/usr/bin/env bash
# The pre-commit hook's entry (see .pre-commit-hooks.yaml): checks the repository it runs in. Extra
# `args:` of the hook are passed to `guia check` (e.g. ["--level", "intermedio"]); without paths it
# checks the whole repository. Exit code: 0 no errors, 1 errors (the commit stops), 2 could not check.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/ensure-guia.sh"
has_path=false
value_next=false
for argument in "$@"; do
  if [ "$value_next" = true ]; then value_next=false; continue; fi
  case "$argument" in
    --*=* | --check-links) ;;
    --*) value_next=true ;; # the flag's value follows
    *) has_path=true ;;
  esac
done
if [ "$has_path" = true ]; then exec node "$guia_cli" check "$@"; fi
exec node "$guia_cli" check . "$@"
