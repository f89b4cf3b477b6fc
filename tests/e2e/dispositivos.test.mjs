// Any device: every screen at 320 px and at 200 % zoom (640 CSS px) without sideways
// scrolling, touch targets of at least 44 px, justified warnings, and the printed agenda.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openPage, screenshot } from './support/browser.mjs';
import { Asistente } from './support/asistente.mjs';
import { agendaGuardada, entorno, guardarBorrador, muestra } from './support/entorno.mjs';

const MUESTRA = muestra();
MUESTRA.agenda.grupos_valor = [{ codigo: 'ciudadania_general' }, { codigo: 'discapacidad', subtipo: 'auditiva' }];

const e = entorno();

const conBorrador = (page, agenda) => guardarBorrador(page, e.server.url, agenda);

/** Elements a finger must hit that are smaller than 44 × 44 px (inline text links excepted). */
function objetivosPequenos(page) {
  return page.evaluate(() => {
    const pequenos = [];
    const revisar = (el, alto, ancho, que) => {
      if (alto < 44 || ancho < 44) pequenos.push(`${que} ${Math.round(ancho)}×${Math.round(alto)}: ${el.outerHTML.slice(0, 90)}`);
    };
    for (const el of document.querySelectorAll('main button, main select, main input, main textarea, main summary, .stepper a')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not shown
      if (el.matches('input[type=checkbox], input[type=radio]')) {
        // The target is the whole option row: the box and its label.
        const fila = el.closest('.opcion').getBoundingClientRect();
        revisar(el, fila.height, fila.width, 'opción');
      } else {
        revisar(el, r.height, r.width, el.tagName.toLowerCase());
      }
    }
    return pequenos;
  });
}

async function desbordeLateral(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Visits the start screen and every step (with the first activity open), calling `revisar`. */
async function recorrerPantallas(page, revisar) {
  const pantallas = ['#/', ...Array.from({ length: 9 }, (_, i) => `#/paso/${i + 1}`)];
  for (const hash of pantallas) {
    await page.goto(e.server.url + hash);
    await page.waitForSelector('main h1');
    // Open the first activity of list steps, where the densest form is.
    const editar = page.getByRole('button', { name: /^Editar / }).first();
    if (await editar.count()) await editar.click();
    await revisar(hash);
  }
}

for (const [nombre, viewport] of Object.entries({ '320px': { width: 320, height: 640 }, 'zoom-200': { width: 640, height: 400 } })) {
  test(`every screen fits ${nombre} without sideways scrolling and with 44 px targets`, async () => {
    const { page, context, errors } = await openPage(e.browser, viewport);
    const a = new Asistente(page);
    await conBorrador(page, MUESTRA.agenda);
    await a.abrir(e.server.url);
    await recorrerPantallas(page, async (hash) => {
      assert.ok((await desbordeLateral(page)) <= 0, `${hash} se desplaza de lado a ${nombre}`);
      assert.deepEqual(await objetivosPequenos(page), [], `${hash} a ${nombre}`);
      if (nombre === '320px') await screenshot(page, `pantalla-${hash.replace(/[#/]/g, '') || 'inicio'}-320`);
    });
    // Planeación's page, with a file checked and its findings open.
    await page.goto(`${e.server.url}planeacion/`);
    await page.locator('#elegir-archivos').waitFor({ state: 'attached' });
    await page.locator('#elegir-archivos').setInputFiles({
      name: 'agenda-rdc-2027-secretaria-de-salud-con-un-nombre-de-archivo-muy-largo.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...MUESTRA, copia_de_trabajo: true })),
    });
    await page.locator('.archivo-recibido summary').click();
    assert.ok((await desbordeLateral(page)) <= 0, `planeacion/ se desplaza de lado a ${nombre}`);
    assert.deepEqual(await objetivosPequenos(page), [], `planeacion/ a ${nombre}`);
    if (nombre === '320px') await screenshot(page, 'pantalla-planeacion-320');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** Rows of fields side by side whose boxes (input, select, number with its unit) do not line up. */
function filasDesalineadas(page) {
  return page.evaluate(() => {
    const malas = [];
    for (const fila of document.querySelectorAll('.fila-campos')) {
      const campos = [...fila.children].filter((c) => c.matches('.campo'));
      // Only fields that sit beside each other: at a narrow width they stack.
      const arriba = campos.map((c) => Math.round(c.getBoundingClientRect().top));
      if (campos.length < 2 || new Set(arriba).size > 1) continue;
      const cajas = campos.map((c) => c.querySelector(':scope > .con-sufijo, :scope > input, :scope > select, :scope > textarea'));
      const alturas = cajas.map((caja) => Math.round(caja.getBoundingClientRect().top));
      if (new Set(alturas).size > 1) {
        malas.push(campos.map((c, i) => `${c.querySelector('.etiqueta').textContent} ${alturas[i]}`).join(' / '));
      }
    }
    return malas;
  });
}

test('on a wide screen, fields side by side line up their boxes whether one has a help line or an error and the other not', async () => {
  const { page, context, errors } = await openPage(e.browser, { width: 1280, height: 800 });
  const a = new Asistente(page);
  await conBorrador(page, MUESTRA.agenda);
  await a.abrir(e.server.url);
  let filas = 0;
  await recorrerPantallas(page, async (hash) => {
    filas += await page.locator('.fila-campos').count();
    assert.deepEqual(await filasDesalineadas(page), [], hash);
  });
  assert.ok(filas >= 10, `rows of fields seen: ${filas}`);
  // An error above one box of a row: the box beside it comes down with it.
  await page.goto(`${e.server.url}#/paso/1`);
  await a.esperarPaso(1);
  await a.llenar('Cargo', '', page.locator('.fila-campos').first());
  await a.continuar();
  await page.locator('#resumen-errores').waitFor();
  const fila = page.locator('.fila-campos').first();
  assert.equal(await fila.locator('.mensaje-error').count(), 1);
  assert.deepEqual(await filasDesalineadas(page), []);
  await screenshot(page, 'filas-de-campos-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long unbroken word (a web address, a code) wraps instead of pushing any screen sideways at 320 px', async () => {
  const { page, context, errors } = await openPage(e.browser, { width: 320, height: 640 });
  const a = new Asistente(page);
  const agenda = structuredClone(MUESTRA.agenda);
  const largo = (inicio) => inicio + 'X'.repeat(90);
  agenda.dependencia.nombre = largo('Secretaría');
  agenda.temas[0].tema = largo('Tema');
  for (const actividad of agenda.actividades) {
    actividad.nombre = largo('https://www.alcaldia.gov.co/rendicion/');
    if (actividad.evento?.lugar) actividad.evento.lugar.nombre = largo('Auditorio');
    if (actividad.responsable) actividad.responsable.cargo = largo('Coordinación');
  }
  await conBorrador(page, agenda);
  await a.abrir(e.server.url);
  await recorrerPantallas(page, async (hash) => {
    assert.ok((await desbordeLateral(page)) <= 0, `${hash} se desplaza de lado con palabras largas`);
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a warning kept with a written justification lets the agenda be sent, and travels in the file', async () => {
  const { page, context, errors } = await openPage(e.browser, { width: 1280, height: 900 });
  const a = new Asistente(page);
  const agenda = structuredClone(MUESTRA.agenda);
  const reunion = agenda.actividades.find((x) => x.id === 'A07');
  reunion.fecha_inicio = '2027-11-13'; // a Saturday, market day in the villages
  reunion.fecha_fin = '2027-11-13';
  await conBorrador(page, agenda);
  await page.goto(`${e.server.url}#/paso/9`);
  await page.reload();
  await a.esperarPaso(9);
  await page.getByText('Antes de enviar: 1 advertencia por corregir o justificar.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Descargar para enviar' }).count(), 0);
  const advertencia = page.locator('.hallazgos-advertencia .hallazgo', { hasText: 'cae en sábado' });
  await advertencia.getByLabel('Si decide mantenerla, explique por qué').fill('Las veredas solo pueden venir el sábado, día de mercado.');
  await page.getByText('Su agenda está lista para enviar.').waitFor();
  const [descarga] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar para enviar' }).click(),
  ]);
  const archivo = JSON.parse(fs.readFileSync(await descarga.path(), 'utf8'));
  assert.deepEqual(archivo.agenda.justificaciones, [
    { regla_id: 'V-TIM-08', actividad_id: 'A07', campo: 'fecha_inicio', texto: 'Las veredas solo pueden venir el sábado, día de mercado.' },
  ]);
  await a.revisarAccesibilidad('revisión con advertencia justificada');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed review lays the agenda out on paper without controls', async () => {
  const { page, context } = await openPage(e.browser, { width: 1280, height: 900 });
  const a = new Asistente(page);
  await conBorrador(page, MUESTRA.agenda);
  await page.goto(`${e.server.url}#/paso/9`);
  await page.reload();
  await a.esperarPaso(9);
  await page.emulateMedia({ media: 'print' });
  const visibles = await page.evaluate(() =>
    ['.stepper', '.botones', '.descargas .boton', '.enlace-cambiar', '.pie'].map((s) => {
      const el = document.querySelector(s);
      return el ? getComputedStyle(el).display : 'none';
    }),
  );
  assert.deepEqual(visibles, ['none', 'none', 'none', 'none', 'none']);
  await page.getByRole('heading', { name: 'Sus respuestas' }).waitFor();
  // Paper is titled with the agenda, not the screen's "Revise su agenda".
  assert.equal(await page.locator('main h1').isVisible(), false);
  assert.match(await page.locator('.titulo-impreso').innerText(), /^Agenda de rendición de cuentas sectorial de cierre de gobierno 2027$/);
  assert.match(await page.locator('.solo-impresion').innerText(), /Secretaría de Salud, San Rafael de la Sierra\. Impresa el /);
  // Whether it can be sent is on paper too.
  assert.equal(await page.locator('.estado-envio').innerText(), 'Su agenda está lista para enviar.');
  await screenshot(page, 'revision-impresa');
  // A step's answers flow on from the previous one (kept whole, each long step began a new
  // page and left the one before half empty); an activity and a heading's next line stay together.
  const cortes = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.resumen-paso')).breakInside,
    getComputedStyle(document.querySelector('.lista-resumen li')).breakInside,
    getComputedStyle(document.querySelector('.resumen-paso h3')).breakAfter,
  ]);
  assert.deepEqual(cortes, ['auto', 'avoid', 'avoid']);
  const pdf = await page.pdf({ format: 'Letter' });
  assert.ok(pdf.length > 10_000, 'a PDF with the agenda');

  // A draft printed for a meeting says it is not ready, and what is missing.
  await page.emulateMedia({ media: 'screen' });
  const sinNombre = structuredClone(MUESTRA.agenda);
  sinNombre.dependencia.nombre = '';
  await conBorrador(page, sinNombre);
  await page.goto(`${e.server.url}#/paso/9`);
  await page.reload();
  await a.esperarPaso(9);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.estado-envio').innerText(), 'Antes de enviar: 1 error por corregir.');
  const resumen = page.locator('#resumen-errores');
  assert.equal(await resumen.isVisible(), true);
  assert.match(await resumen.innerText(), /Escriba el nombre de la dependencia/);
  await context.close();
});

test('the first keystroke does not move the page: the save status has its place in the header at every width', async () => {
  const { page, context, errors } = await openPage(e.browser, { width: 320, height: 640 });
  const a = new Asistente(page);
  const movidos = [];
  // From a small phone to a desktop, across the widths where the header changes its layout.
  for (const width of [320, 390, 440, 520, 600, 700, 1280]) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto(`${e.server.url}#/paso/1`);
    await page.reload();
    await a.esperarPaso(1);
    const campo = page.getByLabel('Nombre de la dependencia');
    // Where the field sits on the page (not on the screen, which scrolls to it).
    const altura = () => campo.evaluate((c) => c.getBoundingClientRect().top + window.scrollY);
    const antes = await altura();
    await campo.pressSequentially('S');
    await page.locator('.estado-guardado .guardando.visible').waitFor();
    const escribiendo = await altura();
    await a.esperarGuardado();
    const guardado = await altura();
    if (escribiendo !== antes || guardado !== antes) {
      movidos.push(`${width} px: ${antes} → ${escribiendo} → ${guardado}`);
    }
    await page.evaluate(() => localStorage.clear());
  }
  assert.deepEqual(movidos, [], 'the field moved when the save status appeared');
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing in an activity leaves its topic boxes in place, with ids a label can point to', async () => {
  const { page, context, errors } = await openPage(e.browser, { width: 390, height: 844 });
  const a = new Asistente(page);
  await conBorrador(page, structuredClone(MUESTRA.agenda));
  await page.goto(`${e.server.url}#/paso/7`);
  await page.reload();
  await a.esperarPaso(7);
  const fila = page.locator('li.item', { hasText: 'Informe de gestión sectorial de salud 2024-2027' });
  await fila.getByRole('button', { name: /^Editar / }).click();
  const temas = fila.getByRole('group', { name: 'Temas priorizados que trata' });
  const casilla = temas.getByRole('checkbox', { name: 'Salud mental' });
  assert.equal(await casilla.isChecked(), true);
  const ids = await temas.locator('input[type=checkbox]').evaluateAll((cs) => cs.map((c) => c.id));
  assert.equal(ids.length, 3);
  for (const id of ids) assert.doesNotMatch(id, /\s/, `id sin espacios: «${id}»`);
  await casilla.evaluate((c) => (window.__casilla = c));

  const nombre = fila.getByLabel('Nombre de la actividad', { exact: true });
  await nombre.press('End');
  await nombre.pressSequentially(' (versión final)');
  // The same element, still checked: the boxes were not rebuilt by typing elsewhere.
  assert.equal(await casilla.evaluate((c) => c === window.__casilla), true);
  assert.equal(await casilla.isChecked(), true);
  await casilla.uncheck();
  await a.esperarGuardado();
  const guardadas = (await agendaGuardada(page)).actividades.find((x) => x.id === 'A03');
  assert.equal(guardadas.nombre, 'Informe de gestión sectorial de salud 2024-2027 (versión final)');
  assert.deepEqual(guardadas.temas, ['Vacunación y salud infantil', 'Acceso a servicios en zona rural']);
  assert.deepEqual(errors, []);
  await context.close();
});
