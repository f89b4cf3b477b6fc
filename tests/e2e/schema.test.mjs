// The published JSON Schema accepts what the app exports and refuses what it must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { loadValidator } from './support/schema.mjs';

const FIXTURE = new URL('../fixtures/muestra_exportada.json', import.meta.url);

test('the exported sample agenda validates against the schema served in dist/', () => {
  const validar = loadValidator();
  const archivo = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const ok = validar(archivo);
  assert.ok(ok, JSON.stringify(validar.errors, null, 2));
});

test('the schema refuses unknown vocabulary codes, bad dates, a score above 100 and another format name', () => {
  const validar = loadValidator();
  const base = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));

  const codigo = structuredClone(base);
  codigo.agenda.actividades[0].fase_cierre = 'cierre';
  assert.equal(validar(codigo), false);

  const fecha = structuredClone(base);
  fecha.agenda.actividades[0].fecha_inicio = '2027-13-01';
  assert.equal(validar(fecha), false);

  const puntaje = structuredClone(base);
  puntaje.agenda.autodiagnostico.puntaje = 150;
  assert.equal(validar(puntaje), false);
  puntaje.agenda.autodiagnostico.puntaje = 100;
  assert.equal(validar(puntaje), true, JSON.stringify(validar.errors));

  const formato = structuredClone(base);
  formato.formato = 'otra-cosa';
  assert.equal(validar(formato), false);
});
