import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, GOOD_DATASET, otherDataset, ruleFindings, withLine } from './datasetWorkspace';

const findings = (text: string): string[] => ruleFindings(check({ 'a.dcat.yaml': text }), 'a.dcat.yaml', 'intermedio-2b');
const url = (value: string): string => withLine(14, `    downloadURL: ${value}`);

describe('intermedio-2b: availability and documentation', () => {
  it('passes direct https URLs on a domain and a landing page (or ADELA dataDictionary)', () => {
    const report = check({ 'a.dcat.yaml': GOOD_DATASET }, 'intermedio');
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2b'), []);
    assert.equal(report.coverage.intermedio.requirements['intermedio-2b'], 'met');
    assert.deepEqual(findings(withLine(9, 'dataDictionary: https://www.coneval.org.mx/datos/diccionario.csv')), []);
    assert.deepEqual(findings(url('https://datos.coneval.gob.mx/api/rezago?formato=csv')), []);
  });

  it('flags FTP, bare IP addresses and characters that are not ASCII', () => {
    assert.deepEqual(findings(url('ftp://datos.coneval.gob.mx/rezago.csv')), ['14:url-ftp']);
    assert.deepEqual(findings(url('https://192.168.1.20/rezago.csv')), ['14:url-ip']);
    assert.deepEqual(findings(url('https://[2001:db8::1]/rezago.csv')), ['14:url-ip']);
    const report = check({ 'a.dcat.yaml': url('https://datos.coneval.gob.mx/rezago/educación-año.csv') });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2b'), ['14:url-no-ascii']);
    assert.equal(report.files[0]!.diagnostics[0]!.data.suggestion, 'https://datos.coneval.gob.mx/rezago/educacion-ano.csv');
  });

  it('recommends https for http URLs, with the https form', () => {
    const report = check({ 'a.dcat.yaml': url('http://datos.coneval.gob.mx/rezago.csv') }, 'intermedio');
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2b'), ['14:url-http']);
    const [diagnostic] = report.files[0]!.diagnostics;
    assert.equal(diagnostic!.severity, 2);
    assert.equal(diagnostic!.data.url, 'http://datos.coneval.gob.mx/rezago.csv');
    assert.equal(diagnostic!.data.https, 'https://datos.coneval.gob.mx/rezago.csv');
    assert.equal(report.coverage.intermedio.requirements['intermedio-2b'], 'partial');
  });

  it('never says https is required, and never proposes https on a bare IP as if that fixed it', () => {
    const report = check({ 'a.dcat.yaml': url('http://datos.coneval.gob.mx/rezago.csv') }, 'intermedio');
    for (const diagnostic of report.files[0]!.diagnostics) assert.doesNotMatch(diagnostic.message, /(debe|tiene que|requiere).{0,40}https/i);
    assert.match(report.files[0]!.diagnostics[0]!.message, /usa http, que la guía acepta; se prefiere https/);
    assert.deepEqual(findings(url('http://201.144.10.5/rezago.csv')), ['14:url-ip']);
  });

  it('names the spaces of a URL and proposes it escaped; the https tip never holds a space', () => {
    const report = check({ 'a.dcat.yaml': url('"http://datos.coneval.gob.mx/Documentos compartidos/rezago 2020.csv"') }, 'intermedio');
    const all = report.files[0]!.diagnostics;
    const unescaped = all.find((diagnostic) => diagnostic.data.rule === 'url-sin-escapar')!;
    assert.equal(unescaped.code, 'basico-2b');
    assert.match(unescaped.message, /espacios.*«http:\/\/datos\.coneval\.gob\.mx\/Documentos%20compartidos\/rezago%202020\.csv»/);
    assert.doesNotMatch(unescaped.message, /https:\/\//);
    const tip = all.find((diagnostic) => diagnostic.data.rule === 'url-http')!;
    assert.equal(tip.data.https, 'https://datos.coneval.gob.mx/Documentos%20compartidos/rezago%202020.csv');
  });

  it('flags the same download URL twice inside one dataset, like across datasets', () => {
    const twice = withLine(20, '    downloadURL: https://datos.coneval.gob.mx/rezago.csv');
    const report = check({ 'a.dcat.yaml': twice });
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2b'), ['20:url-repetida']);
    assert.match(report.files[0]!.diagnostics.find((diagnostic) => diagnostic.data.rule === 'url-repetida')!.message, /este archivo, línea 14/);
  });

  it('flags download URLs that are the landing page or a web page', () => {
    assert.deepEqual(findings(url('https://www.coneval.org.mx/datos/diccionario.html')), ['14:url-no-directa']);
    assert.deepEqual(findings(url('https://www.coneval.org.mx/datos/rezago.htm')), ['14:url-no-directa']);
    assert.deepEqual(findings(withLine(21, '    mediaType: text/html')), ['20:url-no-directa']);
  });

  it('flags a download URL used twice in the workspace, on the later use, naming the first', () => {
    const second = otherDataset('pobreza').replace('https://datos.coneval.gob.mx/pobreza.rdf', 'https://DATOS.coneval.gob.mx/rezago.csv');
    const report = check({ 'a.dcat.yaml': GOOD_DATASET, 'b.dcat.yaml': second }, 'intermedio');
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2b'), []);
    assert.deepEqual(ruleFindings(report, 'b.dcat.yaml', 'intermedio-2b'), ['20:url-repetida']);
    const diagnostic = report.files.find((file) => file.id === 'b.dcat.yaml')!.diagnostics[0]!;
    assert.match(diagnostic.message, /ya la usa el recurso «Rezago por municipio» \(a\.dcat\.yaml, línea 14\)/);
    assert.deepEqual([diagnostic.data.firstFile, diagnostic.data.firstLine], ['a.dcat.yaml', 14]);
    assert.equal(report.coverage.intermedio.requirements['intermedio-2b'], 'partial');
    assert.deepEqual(findings(withLine(20, '    downloadURL: https://datos.coneval.gob.mx/rezago.csv')), ['20:url-repetida'], 'twice in one file');
  });

  it('asks for a landing page and checks it like a download URL', () => {
    // A missing landing page is said once, at basico-2b (the lowest level it breaks), and intermedio-2b is still unmet.
    const report = check({ 'a.dcat.yaml': withLine(9, undefined) }, 'intermedio');
    assert.deepEqual(ruleFindings(report, 'a.dcat.yaml', 'intermedio-2b'), []);
    assert.deepEqual(
      report.files[0]!.diagnostics.filter((d) => /landingPage/.test(d.message)).map((d) => `${d.code}:${d.data.rule}`),
      ['basico-2b:campo-obligatorio'],
    );
    assert.equal(report.coverage.intermedio.requirements['intermedio-2b'], 'unmet');
    for (const empty of ['""', '"   "', 'pendiente', '"Por completar"']) {
      const blank = check({ 'a.dcat.yaml': withLine(9, `landingPage: ${empty}`) }, 'intermedio');
      assert.deepEqual(
        blank.files[0]!.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}:${d.data.rule}`),
        ['9:basico-2b:campo-vacio'],
        empty,
      );
      assert.equal(blank.coverage.intermedio.requirements['intermedio-2b'], 'unmet', empty);
    }
    assert.deepEqual(findings(withLine(9, 'landingPage: http://10.0.0.5/diccionario.html')), ['9:url-ip']);
    // A dataset without resources has no download URL to show available.
    const noResources = check({ 'a.dcat.yaml': GOOD_DATASET.replace(/distribution:[\s\S]*$/, 'distribution: []\n') }, 'intermedio');
    assert.deepEqual(ruleFindings(noResources, 'a.dcat.yaml', 'intermedio-2b'), []);
    assert.equal(noResources.coverage.intermedio.requirements['intermedio-2b'], 'unmet');
  });

  it('leaves relative download URLs to the local data checks', () => {
    assert.deepEqual(findings(url('datos/rezago.csv')), []);
  });
});
