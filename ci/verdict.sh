#!/usr/bin/env bash
# The last step of the GitHub Action: fails the job as `guia check` said, once the SARIF is uploaded.
# GUIA_EXIT: the check's exit code (0, 1 errors, 2 could not check); FAIL_ON_ERRORS: true|false.
set -uo pipefail
case "${GUIA_EXIT:-}" in
  0) echo "Guía de Datos Abiertos: sin errores." ;;
  1)
    if [ "${FAIL_ON_ERRORS:-true}" = "true" ]; then
      echo "::error title=Guía de Datos Abiertos::hay hallazgos de severidad Error; están en el registro y en el escaneo de código."
      exit 1
    fi
    echo "Guía de Datos Abiertos: hay errores, pero fail-on-errors es false." ;;
  *)
    echo "::error title=Guía de Datos Abiertos::guia check no pudo revisar todo (código ${GUIA_EXIT:-desconocido}); mira el registro del paso anterior."
    exit 1 ;;
esac
