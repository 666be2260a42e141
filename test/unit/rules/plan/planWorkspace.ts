import assert from 'node:assert/strict';
import type { GuideDiagnostic } from '../../../../server/src/core/check/diagnostics';
import type { RequirementState } from '../../../../server/src/core/check/coverage';
import type { RequirementId } from '../../../../server/src/core/catalog/requirements';
import type { WorkspaceReport } from '../../../../server/src/core/check/workspaceIndex';
import { checkWorkspace, type TestWorkspace } from '../../../support/analyze';

/** The evaluation date of every plan test. */
export const TODAY = '2026-11-27';

export const PLAN_PATH = 'plan-de-apertura.yaml';

/**
 * A complete, correct plan as of 2026-11-27 (line numbers matter: tests assert them).
 * Line 1 is `institucion:`.
 */
export const COMPLETE_PLAN = `institucion:
  nombre: Consejo Nacional de Evaluación
  siglas: CONEVAL
nivelObjetivo: avanzado
revisado: 2026-03-01
responsables:
  enlace:
    nombre: Ana Ruiz
    cargo: Jefa de la Oficina del Titular
    correo: ana.ruiz@coneval.gob.mx
  administrador:
    nombre: Luis Soto
    cargo: Director General de TI
    correo: luis.soto@coneval.gob.mx
  oficioDesignacion:
    referencia: CONEVAL/UGD/123/2015
    fecha: 2015-07-20
inventario:
  - conjunto: rezago-social
    recurso: Rezago social por municipio 2020
    responsable: Director de Información
    acceso: publico
    fuente: PostgreSQL
    fechaEstimada: 2026-06
  - conjunto: padron
    recurso: Padrón de beneficiarios
    responsable: Director de Padrones
    acceso: privado
    fundamento: Art. 113 fr. I LFTAIP
    fuente: Oracle
    fechaEstimada: 2027-01
plan:
  - conjunto: rezago-social
    descripcion: Índice de rezago social.
    periodicidad: quinquenal
    fechaPublicacion: 2026-06-30
    criterios: [registro-publico]
grupoDeTrabajo:
  sesiones:
    - fecha: 2026-09-10
      lugar: Sala 2
      asistentes: [Ana Ruiz, Luis Soto]
      minuta: https://www.coneval.org.mx/minutas/2026-09.pdf
consultas:
  - fecha: 2026-02-01
    url: https://www.gob.mx/participa/consulta/x
    resultado: 3 conjuntos priorizados
monitoreo:
  metodo: revisión automática de enlaces
  frecuencia: semanal
reportes:
  - folio: R-12
    recibido: 2026-10-01
    respondido: 2026-10-15
verificaciones:
  - fecha: 2026-07-01
    responsable: OIC
herramientas:
  - nombre: Mapa de pobreza
    url: https://www.coneval.org.mx/mapa
    conjuntos: [rezago-social]
    enlaceDatos: https://datos.gob.mx/busca/organization/coneval
participacion:
  - tipo: datatón
    fecha: 2026-08-20
    url: https://www.coneval.org.mx/dataton
comunicacion:
  - fecha: 2026-09-30
    canal: redes sociales
    url: https://datos.coneval.gob.mx/rezago/municipio-2020.csv
  - fecha: 2026-11-10
    canal: boletín
    url: https://datos.gob.mx/busca/dataset/rezago-social
historias:
  - titulo: Uso del índice en municipios
    url: https://www.coneval.org.mx/historia
    conjuntos: [rezago-social]
`;

/** The metadata the complete plan refers to. */
export const REZAGO_SOCIAL = `identifier: rezago-social
title: Índice de rezago social
description: Índice de rezago social por municipio.
modified: 2026-05-27T01:42:05-05:00
contactPoint: Dirección de Información
mbox: datos@coneval.gob.mx
landingPage: https://www.coneval.org.mx/datos/diccionario.html
accrualPeriodicity: R/P5Y
distribution:
  - title: Rezago por municipio
    downloadURL: https://datos.coneval.gob.mx/rezago/municipio-2020.csv
    mediaType: text/csv
`;

export const METADATA_PATH = 'datos/rezago-social.dcat.yaml';

/**
 * The one-based line where a finding about something the plan lacks goes: a point at the end of the
 * plan, where the section is added (the empty line after the last one).
 */
export function endLine(plan: string): number {
  return plan.split('\n').length;
}

/** Replaces text that must be in the plan (so a typo in a test cannot make it pass silently). */
export function edit(text: string, from: string | RegExp, to: string): string {
  assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `the fixture has no ${String(from)}`);
  return text.replace(from, to);
}

/** Checks a plan with the complete plan's metadata (or other files) at the test date. */
export function checkPlan(plan: string, otherFiles: TestWorkspace = { [METADATA_PATH]: REZAGO_SOCIAL }): WorkspaceReport {
  return checkWorkspace({ [PLAN_PATH]: plan, ...otherFiles }, { today: TODAY });
}

/** `line:rule` of the diagnostics of one requirement in one file, as a person reads them. */
export function findingsFor(report: WorkspaceReport, requirement: string, path = PLAN_PATH): string[] {
  const file = report.files.find((candidate) => candidate.id === path);
  assert.ok(file, `no report for ${path}`);
  return file.diagnostics.filter((diagnostic) => diagnostic.code === requirement).map((diagnostic) => `${diagnostic.range.start.line + 1}:${String(diagnostic.data.rule)}`);
}

/** The single diagnostic of a requirement with the given rule. */
export function diagnosticOf(report: WorkspaceReport, requirement: string, rule: string, path = PLAN_PATH): GuideDiagnostic {
  const file = report.files.find((candidate) => candidate.id === path)!;
  const matches = file.diagnostics.filter((diagnostic) => diagnostic.code === requirement && diagnostic.data.rule === rule);
  assert.equal(matches.length, 1, `expected one ${rule} finding, got ${matches.length}`);
  return matches[0]!;
}

export function messageOf(report: WorkspaceReport, requirement: string, rule: string, path = PLAN_PATH): string {
  return diagnosticOf(report, requirement, rule, path).message;
}

export function stateOf(report: WorkspaceReport, requirement: RequirementId): RequirementState {
  const level = requirement.split('-')[0] as 'basico' | 'intermedio' | 'avanzado';
  const state = report.coverage[level].requirements[requirement];
  assert.ok(state, `no coverage for ${requirement}`);
  return state;
}
