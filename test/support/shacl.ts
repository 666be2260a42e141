import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';

/** The official DCAT-AP 3.0.1 SHACL shapes the tests carry (see test/fixtures/dcat-ap-3.0.1/README.md). */
const SHAPES_FOLDER = path.resolve(__dirname, '..', 'fixtures', 'dcat-ap-3.0.1');

/** The two sets SEMIC publishes: the release's generated shapes, and the hand-written HTML ones. */
export const SHAPE_SETS = {
  release: ['dcat-ap-SHACL.ttl', 'ranges.ttl'],
  html: ['shapes.ttl', 'range.ttl'],
} as const;

export interface ShaclViolation {
  focusNode: string;
  path: string;
  message: string;
  severity: string;
}

function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser(baseIRI ? { baseIRI } : {}).parse(text);
}

/** Parses Turtle the exporter wrote. */
export function turtleQuads(text: string): Quad[] {
  return parseTurtle(text);
}

/** Parses JSON-LD with its inline context; any attempt to fetch a remote document fails the test. */
export async function jsonLdQuads(document: object): Promise<Quad[]> {
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`the JSON-LD asked to fetch ${url}; nothing may be fetched`);
  };
  const nquads = (await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader, safe: true } as jsonld.Options.ToRdf)) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

const shapeStores = new Map<keyof typeof SHAPE_SETS, Store>();

function shapesOf(set: keyof typeof SHAPE_SETS): Store {
  let shapes = shapeStores.get(set);
  if (!shapes) {
    shapes = new Store();
    for (const file of SHAPE_SETS[set]) shapes.addQuads(parseTurtle(readFileSync(path.join(SHAPES_FOLDER, file), 'utf8')));
    shapeStores.set(set, shapes);
  }
  return shapes;
}

/** Validates quads against one set of the official shapes; returns the violations (empty: conforms). */
export async function shaclViolations(quads: readonly Quad[], set: keyof typeof SHAPE_SETS): Promise<ShaclViolation[]> {
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const data = new Store();
  data.addQuads(quads as never);
  const validator = new SHACLValidator(shapesOf(set));
  const report = await validator.validate(data);
  return report.results.map((result) => ({
    focusNode: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    message: result.message.map((message) => message.value).join(' '),
    severity: result.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
  }));
}
