import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPlaceholder } from '../../../server/src/core/text/placeholders';

/** Text well past the length from which a value is judged by its beginning. */
const LONG_TAIL = ' con el detalle por entidad federativa, municipio y localidad, según el censo de población y vivienda.';

describe('placeholders in long values', () => {
  it('takes a long value that starts as a placeholder phrase for one', () => {
    for (const text of [
      `Por completar${LONG_TAIL}`,
      `  POR DESCRIBIR cómo se controla la calidad${LONG_TAIL}`,
      `Pendiente de validar${LONG_TAIL}`,
      `To be described${LONG_TAIL}`,
      `TODO: escribir la descripción${LONG_TAIL}`,
      `«Descripción del conjunto: qué contiene, de dónde sale y para qué sirve, con ejemplos de uso»`,
    ]) {
      assert.equal(isPlaceholder(text), true, text);
    }
  });

  it('takes a long run of spaces and punctuation around a placeholder word for one', () => {
    assert.equal(isPlaceholder(`pendiente${'.'.repeat(80)}`), true);
    assert.equal(isPlaceholder(`${' '.repeat(70)}n/a${' '.repeat(10)}`), true);
    assert.equal(isPlaceholder(`«${' '.repeat(70)}Sin dato»`), true);
    assert.equal(isPlaceholder(' '.repeat(100)), true);
  });

  it('does not take a real long description for one, whatever words come later', () => {
    for (const text of [
      `Índice de rezago social por entidad${LONG_TAIL} Pendiente de validar la serie 2025.`,
      `Todo el país${LONG_TAIL}`,
      `Datos por completar en 2027: la serie histórica de matrícula escolar${LONG_TAIL}`,
      `N/A significa que el municipio no reportó${LONG_TAIL}`,
    ]) {
      assert.equal(isPlaceholder(text), false, text);
    }
  });
});

describe('placeholders told by their first letter', () => {
  it('still finds placeholders whose first letter is written with an accent or in capitals', () => {
    for (const text of ['PENDIENTE', '  Pendiente.', 'Ñinguno', 'N/A', 'Sin información', 'TODO escribir', '???', '(pendiente)', '"N/D"', '\u00a0na']) {
      assert.equal(isPlaceholder(text), true, text);
    }
  });

  it('lets through at once values whose first letter or digit begins no placeholder', () => {
    for (const text of ['Índice de rezago', 'https://datos.gob.mx', '2026-01-15', 'CONEVAL', 'Área de datos', 'ómnibus']) {
      assert.equal(isPlaceholder(text), false, text);
    }
  });
});
