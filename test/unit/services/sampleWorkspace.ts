/**
 * A complete, correct workspace (the shape of examples/completo) that the editing tests start from:
 * no diagnostic at any level on 2026-11-27. Tests break it in one place and expect one finding.
 */
export const PLAN = `# Plan de Apertura Institucional del CONEVAL (ejemplo completo y correcto).
institucion:
  nombre: Consejo Nacional de Evaluación de la Política de Desarrollo Social
  siglas: CONEVAL
  sitio: https://www.coneval.org.mx
nivelObjetivo: intermedio
vision: Publicar la medición de la pobreza y del rezago social como datos abiertos, útiles para todas las personas.
revisado: 2026-03-01
responsables:
  enlace:
    nombre: Ana Ruiz
    cargo: Jefa de la Oficina del Titular
    correo: ana.ruiz@coneval.gob.mx
  administrador:
    nombre: Luis Soto
    cargo: Director General de Tecnologías de la Información
    correo: luis.soto@coneval.gob.mx
  oficioDesignacion:
    referencia: CONEVAL/UGD/123/2015
    fecha: 2015-07-20
inventario:
  - conjunto: rezago-social
    recurso: Rezago social por municipio 2020
    descripcion: Índice de rezago social por municipio.
    responsable: Director de Información
    acceso: publico
    fuente: PostgreSQL
    fechaEstimada: 2026-06
  - conjunto: pobreza-municipal
    recurso: Pobreza por municipio 2020
    descripcion: Porcentaje de población en pobreza por municipio.
    responsable: Director de Medición de la Pobreza
    acceso: publico
    fuente: Oracle
    fechaEstimada: 2026-07
  - conjunto: padron-beneficiarios
    recurso: Padrón de personas beneficiarias
    descripcion: Datos personales de las personas beneficiarias de programas sociales.
    responsable: Director de Padrones
    acceso: privado
    fundamento: Artículo 113, fracción I, de la Ley Federal de Transparencia y Acceso a la Información Pública
    fuente: SQL Server
    fechaEstimada: 2027-01
plan:
  - conjunto: rezago-social
    descripcion: Índice de rezago social por entidad, municipio y localidad.
    periodicidad: quinquenal
    fechaPublicacion: 2026-06-30
    criterios: [registro-publico, solicitudes-recurrentes]
  - conjunto: pobreza-municipal
    descripcion: Medición de la pobreza por municipio.
    periodicidad: R/P5Y
    fechaPublicacion: 2026-07-31
    criterios: [interes-nacional, plan-nacional-de-desarrollo]
grupoDeTrabajo:
  sesiones:
    - fecha: 2026-09-10
      lugar: Sala 2, Insurgentes Sur 810
      asistentes: [Ana Ruiz, Luis Soto, Marta Gil]
      minuta: https://www.coneval.org.mx/minutas/2026-09.pdf
consultas:
  - fecha: 2026-02-01
    url: https://www.gob.mx/participa/consulta/datos-coneval
    resultado: 3 conjuntos priorizados por la ciudadanía
monitoreo:
  metodo: revisión automática semanal de enlaces de descarga
  frecuencia: semanal
reportes:
  - folio: R-12
    recibido: 2026-10-01
    respondido: 2026-10-15
verificaciones:
  - fecha: 2026-07-01
    responsable: Órgano Interno de Control
herramientas:
  - nombre: Mapa de pobreza
    url: https://www.coneval.org.mx/mapa
    conjuntos: [rezago-social, pobreza-municipal]
    enlaceDatos: https://datos.gob.mx/busca/organization/coneval
participacion:
  - tipo: datatón
    fecha: 2026-08-20
    url: https://www.coneval.org.mx/dataton
comunicacion:
  - fecha: 2026-09-05
    canal: redes sociales
    url: https://datos.coneval.gob.mx/rezago/municipio-2020.csv
  - fecha: 2026-10-28
    canal: boletín
    url: https://datos.coneval.gob.mx/pobreza/municipio-2020.csv
historias:
  - titulo: Uso del índice de rezago en municipios
    url: https://www.coneval.org.mx/historias/rezago
    conjuntos: [rezago-social]
`;

export const REZAGO = `# yaml-language-server: $schema=https://guia-datos-abiertos.mx/schemas/dataset.schema.json
identifier: rezago-social
title: Índice de rezago social
description: Índice de rezago social por entidad, municipio y localidad, calculado con el censo de población.
keyword: [rezago, pobreza, coneval]
modified: 2026-05-27T01:42:05-05:00
contactPoint: Dirección de Información
mbox: datos@coneval.gob.mx
temporal: 2010/2020
spatial: nacional
landingPage: https://www.coneval.org.mx/datos/diccionario-rezago.html
accrualPeriodicity: R/P5Y
quality: Validado contra el censo; ver la metodología publicada.
distribution:
  - title: Rezago social por municipio 2020
    description: Índice y grado de rezago social por municipio.
    downloadURL: https://datos.coneval.gob.mx/rezago/municipio-2020.csv
    mediaType: text/csv
    byteSize: 3145728
    temporal: "2020"
    codelists: Marco Geoestadístico Nacional (INEGI)
    tools: LibreOffice Calc, R, Python
  - title: Rezago social por municipio 2020 (RDF)
    downloadURL: https://datos.coneval.gob.mx/rezago/municipio-2020.rdf
    mediaType: application/rdf+xml
    byteSize: 5242880
    tools: Apache Jena
`;

export const POBREZA = `identifier: pobreza-municipal
title: Pobreza por municipio
description: Porcentaje y número de personas en situación de pobreza por municipio.
keyword: pobreza, municipios, medición
modified: 2026-07-15
contactPoint: Dirección de Medición de la Pobreza
mbox: pobreza@coneval.gob.mx
temporal: 2015/2020
spatial: nacional
landingPage: https://www.coneval.org.mx/datos/diccionario-pobreza.html
accrualPeriodicity: quinquenal
quality: Estimaciones con el modelo estadístico del MCS-ENIGH.
distribution:
  - title: Pobreza por municipio 2020
    downloadURL: https://datos.coneval.gob.mx/pobreza/municipio-2020.csv
    mediaType: text/csv
    byteSize: 1048576
    codelists: Marco Geoestadístico Nacional (INEGI)
    tools: LibreOffice Calc
  - title: Pobreza por municipio 2020 (servicio)
    downloadURL: https://api.coneval.gob.mx/pobreza/municipio-2020.json
    mediaType: application/json
    byteSize: 2097152
    tools: cualquier cliente HTTP
`;

/** File names relative to the fixture root, as the server would see them. */
export const PLAN_FILE = 'plan-de-apertura.yaml';
export const REZAGO_FILE = 'datos/rezago-social.dcat.yaml';
export const POBREZA_FILE = 'datos/pobreza-municipal.dcat.yaml';

export function sampleFiles(): Record<string, string> {
  return { [PLAN_FILE]: PLAN, [REZAGO_FILE]: REZAGO, [POBREZA_FILE]: POBREZA };
}
