// Drafts that are never lost: autosave across reloads, several drafts, resuming from a file,
// and every storage fault replayed in a real browser, checking that nothing typed is lost.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPage, VIEWPORTS } from './support/browser.mjs';
import { Asistente } from './support/asistente.mjs';
import { agendaGuardada, entorno, enWindows1252, muestra } from './support/entorno.mjs';

const MUESTRA = muestra();
const CARPETA = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-rdc-archivos-'));

const e = entorno();

after(() => fs.rmSync(CARPETA, { recursive: true, force: true }));

function archivo(nombre, contenido) {
  const ruta = path.join(CARPETA, nombre);
  fs.writeFileSync(ruta, contenido);
  return ruta;
}

/** Everything this app keeps in localStorage, to prove a failed action changed nothing. */
function almacen(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('agenda-rdc.')).sort().map((k) => [k, localStorage.getItem(k)])),
  );
}

/** Fills the origin's quota with other data (keys `relleno-…`), down to the last character. */
function llenarAlmacenamiento(page) {
  return page.evaluate(() => {
    let n = 0;
    for (const t of [256 * 1024, 1024, 64, 1]) {
      const s = 'x'.repeat(t);
      for (;;) {
        try { localStorage.setItem(`relleno-${n++}`, s); } catch { break; }
      }
    }
  });
}

/** A new agenda on step 1; with `dependencia`, named so and saved. */
async function empezarAgenda(a, url, dependencia) {
  await a.abrir(url);
  await a.page.getByRole('button', { name: /^(Empezar|Nueva agenda)$/ }).click();
  await a.esperarPaso(1);
  if (dependencia) {
    await a.llenar('Nombre de la dependencia', dependencia);
    await a.esperarGuardado();
  }
}

async function abrirArchivo(page, ruta) {
  await page.getByLabel('Elegir el archivo de la agenda (.json)').setInputFiles(ruta);
}

test('every character typed is there after an immediate reload (saved on pagehide)', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url);
  await a.llenar('Nombre de la dependencia', 'Secretaría de Cultura');
  await page.locator('#c-dependencia-titular-nombre').pressSequentially('Ana María Ñáñez');
  // No waiting for the autosave timer: the reload's pagehide must save.
  await page.reload();
  await a.esperarPaso(1);
  assert.equal(await page.locator('#c-dependencia-nombre').inputValue(), 'Secretaría de Cultura');
  assert.equal(await page.locator('#c-dependencia-titular-nombre').inputValue(), 'Ana María Ñáñez');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the save status shows "Guardando…" while a save waits, and the live region only ever says the saved time', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Cultura');
  const estado = () =>
    page.evaluate(() => {
      const visible = (el) => el.getBoundingClientRect().width > 1 && getComputedStyle(el).display !== 'none';
      const aviso = document.querySelector('.estado-guardado .guardando');
      const vivo = document.querySelector('.estado-guardado [role=status]');
      return { guardandoVisible: visible(aviso), texto: aviso.textContent, vivo: vivo.textContent, vivoVisible: visible(vivo) };
    });
  const antes = await estado();
  assert.match(antes.vivo, /^Guardado a las \d\d:\d\d$/);
  assert.equal(antes.guardandoVisible, false);
  assert.equal(antes.vivoVisible, true);

  await page.locator('#c-dependencia-nombre').press('End');
  await page.locator('#c-dependencia-nombre').pressSequentially(' y Turismo');
  const durante = await estado();
  assert.equal(durante.guardandoVisible, true, 'se ve «Guardando…» mientras el guardado espera');
  assert.equal(durante.texto, 'Guardando…');
  // A screen reader is not told again at every pause: the live text stays the last saved time.
  assert.equal(durante.vivo, antes.vivo);
  assert.equal(durante.vivoVisible, false);

  await a.esperarGuardado();
  const despues = await estado();
  assert.equal(despues.guardandoVisible, false);
  assert.equal(despues.vivoVisible, true);
  const guardado = (await agendaGuardada(page)).dependencia.nombre;
  assert.equal(guardado, 'Secretaría de Cultura y Turismo');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without requestIdleCallback (Safari) the autosave still saves after a pause', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await context.addInitScript(() => {
    delete window.requestIdleCallback;
    delete Window.prototype.requestIdleCallback;
  });
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url);
  assert.equal(await page.evaluate(() => typeof window.requestIdleCallback), 'undefined');
  await a.llenar('Nombre de la dependencia', 'Secretaría de Educación');
  await a.esperarGuardado();
  const guardado = (await agendaGuardada(page)).dependencia.nombre;
  assert.equal(guardado, 'Secretaría de Educación');
  assert.deepEqual(errors, []);
  await context.close();
});

test('several drafts: list with office, year, time and completeness; rename, duplicate, delete with undo', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Salud');
  await page.getByRole('link', { name: 'Agenda de Rendición de Cuentas' }).click();
  await page.getByRole('heading', { name: 'Sus agendas', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Nueva agenda' }).click();
  await a.esperarPaso(1);
  await a.llenar('Nombre de la dependencia', 'Instituto de Deportes');
  await a.esperarGuardado();
  await page.goto(e.server.url + '#/');
  await page.getByRole('heading', { name: 'Sus agendas', level: 1 }).waitFor();

  const filas = page.locator('.item-borrador');
  assert.equal(await filas.count(), 2);
  assert.deepEqual(await filas.locator('.item-titulo').allInnerTexts(), ['Instituto de Deportes', 'Secretaría de Salud']);
  assert.match(await filas.first().innerText(), /Guardada el \d+ de \w+ de \d{4} a las \d\d:\d\d · 0 % completa · 0 actividades/);
  assert.match(await filas.first().innerText(), /Aún no ha descargado una copia/);
  await a.revisarAccesibilidad('sus agendas');
  await a.captura('sus-agendas-escritorio');
  // On a phone the drafts show without scrolling, before the municipality's calendar.
  await page.setViewportSize(VIEWPORTS.telefono);
  const primera = await filas.first().boundingBox();
  assert.ok(primera.y + primera.height <= VIEWPORTS.telefono.height, `the first draft ends at ${primera.y + primera.height} px`);
  await page.setViewportSize(VIEWPORTS.escritorio);

  // Rename.
  await page.getByRole('button', { name: 'Cambiar nombre de Secretaría de Salud' }).click();
  await page.getByLabel('Nombre para reconocer este borrador').fill('Versión para el comité');
  await page.getByRole('button', { name: 'Guardar nombre' }).click();
  await page.getByText('Versión para el comité').waitFor();

  // Duplicate.
  await page.getByRole('button', { name: 'Duplicar Secretaría de Salud' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.item-borrador').length === 3);
  await page.getByText('Versión para el comité (copia)').waitFor();

  // Delete: asks first, then offers undo.
  await page.getByRole('button', { name: 'Eliminar Instituto de Deportes' }).click();
  await page.getByText('¿Eliminar «Instituto de Deportes»?').waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent.startsWith('¿Eliminar «'));
  await a.revisarAccesibilidad('confirmar eliminación');
  await page.getByRole('button', { name: 'Cancelar' }).click();
  // Focus goes back to the button that asked.
  await page.waitForFunction(() => document.activeElement?.id.endsWith('-eliminar') && document.activeElement.textContent.includes('Instituto de Deportes'));
  assert.equal(await filas.count(), 3);
  await page.getByRole('button', { name: 'Eliminar Instituto de Deportes' }).click();
  await page.getByRole('button', { name: 'Sí, eliminar' }).click();
  await page.getByText('Se eliminó «Instituto de Deportes».').waitFor();
  assert.equal(await filas.count(), 2);
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.item-borrador').length === 3);

  // Open one: it lands on its first pending step with its data.
  await page.getByRole('button', { name: 'Abrir Instituto de Deportes' }).click();
  await a.esperarPaso(1);
  assert.equal(await page.locator('#c-dependencia-nombre').inputValue(), 'Instituto de Deportes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a number it cannot read waits in the agenda it was typed in, not in the next one', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  const puntaje = page.locator('#c-autodiagnostico-puntaje');
  const irAlPaso2 = async () => {
    await page.goto(`${e.server.url}#/paso/2`);
    await a.esperarPaso(2);
  };
  const irASusAgendas = async () => {
    await page.getByRole('link', { name: 'Agenda de Rendición de Cuentas' }).click();
    await page.getByRole('heading', { name: 'Sus agendas', level: 1 }).waitFor();
  };
  await empezarAgenda(a, e.server.url, 'Secretaría de Salud');
  await irAlPaso2();
  await puntaje.fill('ochenta');
  await irASusAgendas();
  await page.getByRole('button', { name: 'Nueva agenda' }).click();
  await a.esperarPaso(1);
  await a.llenar('Nombre de la dependencia', 'Instituto de Deportes');
  await a.esperarGuardado();
  await irAlPaso2();
  assert.equal(await puntaje.inputValue(), '');
  assert.equal(await puntaje.getAttribute('aria-invalid'), null);

  await irASusAgendas();
  await page.getByRole('button', { name: 'Abrir Secretaría de Salud' }).click();
  await a.esperarPaso(1);
  await irAlPaso2();
  assert.equal(await puntaje.inputValue(), 'ochenta');
  assert.equal(await puntaje.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('removing the only draft still offers to undo it', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Hacienda');
  await page.goto(e.server.url + '#/');
  await page.getByRole('button', { name: 'Eliminar Secretaría de Hacienda' }).click();
  await page.getByRole('button', { name: 'Sí, eliminar' }).click();
  await page.getByText('Se eliminó «Secretaría de Hacienda».').waitFor();
  await page.getByText('No hay agendas guardadas en este navegador.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'deshacer-borrador');
  await a.revisarAccesibilidad('sin agendas, con deshacer');
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await page.getByRole('button', { name: 'Abrir Secretaría de Hacienda' }).click();
  await a.esperarPaso(1);
  assert.equal(await page.locator('#c-dependencia-nombre').inputValue(), 'Secretaría de Hacienda');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged stored draft: the app starts, keeps its text to download, and the others open', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Gobierno');
  const roto = '{"version_esquema":1,"revision":3,"agenda":{"dependencia":{"nombre":"Secretaría de Hacienda"';
  await page.evaluate((roto) => {
    localStorage.setItem('agenda-rdc.borrador.ag-rota', roto);
    localStorage.setItem('agenda-rdc.actual', 'ag-rota');
  }, roto);
  await page.reload();
  await page.waitForSelector('main h1');
  // The draft it was working on is damaged: said at once, pointing to where its text is.
  await page.getByRole('alert').filter({ hasText: 'Un borrador guardado está dañado' }).waitFor();
  await page.goto(e.server.url + '#/');
  const danado = page.locator('.item-borrador', { hasText: 'Borrador dañado (ag-rota)' });
  await danado.waitFor();
  const [descarga] = await Promise.all([
    page.waitForEvent('download'),
    danado.getByRole('button', { name: 'Descargar el texto guardado' }).click(),
  ]);
  assert.equal(fs.readFileSync(await descarga.path(), 'utf8'), roto);
  assert.equal(await page.evaluate(() => localStorage.getItem('agenda-rdc.borrador.ag-rota')), roto, 'never deleted');
  // On the drafts page the banner does not send the person to the page they are on.
  await page.getByRole('alert').filter({ hasText: 'Un borrador guardado está dañado' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Ir a «Sus agendas»' }).count(), 0);
  await a.revisarAccesibilidad('borrador dañado');

  // A draft saved by a newer app is left alone, and its text can be downloaded too.
  const nuevo = JSON.stringify({ version_esquema: 99, revision: 4, agenda: { id: 'ag-futura' } });
  await page.evaluate((nuevo) => localStorage.setItem('agenda-rdc.borrador.ag-futura', nuevo), nuevo);
  await page.reload();
  const futura = page.locator('.item-borrador', { hasText: 'Borrador de una versión más reciente (ag-futura)' });
  await futura.getByText('Lo guardó una versión más reciente de la aplicación (formato 99).').waitFor();
  const [descargaNueva] = await Promise.all([
    page.waitForEvent('download'),
    futura.getByRole('button', { name: 'Descargar el texto guardado' }).click(),
  ]);
  assert.equal(fs.readFileSync(await descargaNueva.path(), 'utf8'), nuevo);
  assert.equal(descargaNueva.suggestedFilename(), 'borrador-ag-futura.json');
  assert.equal(await page.evaluate(() => localStorage.getItem('agenda-rdc.borrador.ag-futura')), nuevo);
  await page.getByRole('button', { name: 'Abrir Secretaría de Gobierno' }).click();
  await a.esperarPaso(1);
  assert.equal(await page.locator('#c-dependencia-nombre').inputValue(), 'Secretaría de Gobierno');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a draft damaged while open: typing stops saving over it, says why, and keeps the work as a copy', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Planeación');
  const roto = '{"version_esquema":1,"revision":9,"agenda":{"dependencia":{"nombre":"Secret';
  const clave = await page.evaluate((roto) => {
    const clave = `agenda-rdc.borrador.${localStorage.getItem('agenda-rdc.actual')}`;
    localStorage.setItem(clave, roto);
    return clave;
  }, roto);
  await a.llenar('Sector', 'Planeación territorial');
  const aviso = page.getByRole('alert').filter({ hasText: 'La copia guardada de este borrador está dañada' });
  await aviso.waitFor();
  await page.getByRole('status').filter({ hasText: 'No se pudo guardar: la copia guardada está dañada' }).waitFor();
  assert.equal(await page.evaluate((clave) => localStorage.getItem(clave), clave), roto, 'never written over');
  assert.equal(await aviso.getByRole('button', { name: 'Recargar la versión guardada' }).count(), 0);
  await a.revisarAccesibilidad('borrador dañado mientras se edita');
  await aviso.getByRole('button', { name: 'Guardar como copia' }).click();
  await aviso.waitFor({ state: 'detached' });
  await a.esperarGuardado();
  const copia = (await agendaGuardada(page)).dependencia;
  assert.deepEqual([copia.nombre, copia.sector], ['Secretaría de Planeación', 'Planeación territorial']);
  assert.equal(await page.evaluate((clave) => localStorage.getItem(clave), clave), roto);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full storage quota is reported at once, the work stays on screen and a copy downloads', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Movilidad');
  await llenarAlmacenamiento(page);
  await page.locator('#c-dependencia-titular-nombre').fill('Jorge Ramírez '.repeat(200));
  const alerta = page.getByRole('alert').filter({ hasText: 'el almacenamiento del navegador está lleno' });
  await alerta.waitFor();
  await page.getByRole('status').filter({ hasText: 'No se pudo guardar: el almacenamiento está lleno' }).waitFor();
  assert.equal(await page.locator('#c-dependencia-titular-nombre').inputValue(), 'Jorge Ramírez '.repeat(200));
  await a.revisarAccesibilidad('almacenamiento lleno');
  await a.captura('almacenamiento-lleno');
  const [descarga] = await Promise.all([page.waitForEvent('download'), alerta.getByRole('button', { name: 'Descargar copia' }).click()]);
  const copia = JSON.parse(fs.readFileSync(await descarga.path(), 'utf8'));
  assert.equal(copia.agenda.dependencia.titular.nombre, 'Jorge Ramírez '.repeat(200));
  assert.equal(copia.copia_de_trabajo, true);
  // Once there is room again, the next change is saved and the notice goes away.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('relleno')).forEach((k) => localStorage.removeItem(k)));
  await page.locator('#c-dependencia-titular-cargo').fill('Secretario');
  await a.esperarGuardado();
  await alerta.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('without any storage (disabled site data) the app works in memory and offers a copy', async () => {
  const context = await e.browser.newContext({ viewport: VIEWPORTS.telefono, acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errores = [];
  page.on('pageerror', (e) => errores.push(e.message));
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  await page.getByRole('alert').filter({ hasText: 'Su trabajo no se está guardando en este navegador' }).waitFor();
  await page.getByRole('button', { name: 'Empezar' }).click();
  await a.esperarPaso(1);
  await a.llenar('Nombre de la dependencia', 'Secretaría de Ambiente');
  await a.continuar();
  await a.revisarAccesibilidad('sin almacenamiento');

  // Closing the tab now would lose what is only on screen: the browser asks first.
  const dialogos = [];
  page.on('dialog', (d) => {
    dialogos.push(d.type());
    d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await page.waitForTimeout(300);
  assert.deepEqual(dialogos, ['beforeunload']);
  assert.equal(page.isClosed(), false);

  const [descarga] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar copia' }).click()]);
  const copia = JSON.parse(fs.readFileSync(await descarga.path(), 'utf8'));
  assert.equal(copia.agenda.dependencia.nombre, 'Secretaría de Ambiente');
  // With a file copy of exactly what is on screen, it closes without asking; a change asks again.
  await a.llenar('Sector', 'Ambiente');
  await page.close({ runBeforeUnload: true });
  await page.waitForTimeout(300);
  assert.deepEqual(dialogos, ['beforeunload', 'beforeunload']);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar copia' }).click()]);
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('close');
  assert.deepEqual(dialogos, ['beforeunload', 'beforeunload']);
  assert.deepEqual(errores, []);
  await context.close();
});

test('two tabs on one draft: the stale tab stops saving and offers reload or a copy', async () => {
  const context = await e.browser.newContext({ viewport: VIEWPORTS.escritorio, acceptDownloads: true });
  const uno = await context.newPage();
  const a1 = new Asistente(uno);
  await empezarAgenda(a1, e.server.url, 'Secretaría de Salud');
  const dos = await context.newPage();
  const a2 = new Asistente(dos);
  await a2.abrir(e.server.url + '#/paso/1');
  assert.equal(await dos.locator('#c-dependencia-nombre').inputValue(), 'Secretaría de Salud');

  // Tab one keeps working; tab two notices.
  await a1.llenar('Sector', 'Salud pública');
  await a1.esperarGuardado();
  const aviso = dos.getByRole('alert').filter({ hasText: 'Este borrador cambió en otra pestaña o ventana.' });
  await aviso.waitFor();
  await a2.revisarAccesibilidad('conflicto entre pestañas');
  // What tab two types now never overwrites tab one's work.
  await a2.llenar('Sector', 'Escrito en la pestaña dos');
  await dos.waitForTimeout(600);
  const guardado = (await agendaGuardada(uno)).dependencia.sector;
  assert.equal(guardado, 'Salud pública');

  // "Recargar" would throw away what tab two typed: it says what first, and Cancelar keeps it.
  await aviso.getByRole('button', { name: 'Recargar la versión guardada' }).click();
  const confirmar = aviso.getByRole('group', { name: 'Confirmar la recarga' });
  await confirmar.getByText('Si recarga, se pierden los cambios de esta pestaña que no se guardaron: los datos de la dependencia.').waitFor();
  await dos.waitForFunction(() => document.activeElement?.id === 'confirmar-recarga');
  await a2.revisarAccesibilidad('confirmar la recarga');
  await confirmar.getByRole('button', { name: 'Cancelar' }).click();
  await confirmar.waitFor({ state: 'detached' });
  await dos.waitForFunction(() => document.activeElement?.id === 'boton-recargar');
  assert.equal(await dos.locator('#c-dependencia-sector').inputValue(), 'Escrito en la pestaña dos');
  // A file copy of what this tab shows is offered too.
  const [copiaDos] = await Promise.all([dos.waitForEvent('download'), aviso.getByRole('button', { name: 'Descargar copia' }).click()]);
  assert.equal(JSON.parse(fs.readFileSync(await copiaDos.path(), 'utf8')).agenda.dependencia.sector, 'Escrito en la pestaña dos');

  // "Guardar como copia" keeps tab two's work as another draft.
  await aviso.getByRole('button', { name: 'Guardar como copia' }).click();
  await aviso.waitFor({ state: 'detached' });
  await dos.waitForFunction(() => document.activeElement?.id === 'titulo-pagina');
  const borradores = await dos.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('agenda-rdc.borrador.')).map((k) => JSON.parse(localStorage.getItem(k)).agenda.dependencia.sector).sort(),
  );
  assert.deepEqual(borradores, ['Escrito en la pestaña dos', 'Salud pública']);

  // And "Recargar" in a stale tab shows what the other one saved.
  await a1.llenar('Sector', 'Salud pública municipal');
  await a1.esperarGuardado();
  await uno.goto(e.server.url + '#/paso/1');
  const tres = await context.newPage();
  const a3 = new Asistente(tres);
  await a3.abrir(e.server.url + '#/paso/1');
  await a1.llenar('Sector', 'Salud y protección social');
  await a1.esperarGuardado();
  const aviso3 = tres.getByRole('alert').filter({ hasText: 'Este borrador cambió' });
  await aviso3.waitFor();
  await aviso3.getByRole('button', { name: 'Recargar la versión guardada' }).click();
  await tres.waitForFunction(() => document.querySelector('#c-dependencia-sector')?.value === 'Salud y protección social');
  await context.close();
});

test('renaming from the keyboard: the name field takes focus, Enter saves and Escape cancels, back on «Cambiar nombre»', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Educación');
  await page.goto(e.server.url + '#/');
  const boton = page.getByRole('button', { name: 'Cambiar nombre de Secretaría de Educación' });
  const enfocado = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  await boton.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id.endsWith('-nombre'));
  assert.equal(await boton.getAttribute('aria-expanded'), 'true');
  await a.revisarAccesibilidad('cambiar nombre');
  await page.keyboard.type('Para el rector');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id.endsWith('-renombrar'));
  await page.getByText('Para el rector').waitFor();
  assert.equal(await boton.getAttribute('aria-expanded'), 'false');

  // Escape leaves the name as it was and the focus on the button.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id.endsWith('-nombre'));
  await page.keyboard.type(' (borrador)');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id.endsWith('-renombrar'));
  assert.match(await enfocado(), /-renombrar$/);
  const guardado = await page.evaluate(() => JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${localStorage.getItem('agenda-rdc.actual')}`)).nombre);
  assert.equal(guardado, 'Para el rector');
  assert.equal(await page.locator('.item-borrador').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('another tab saving a draft updates its row on "Sus agendas" without closing the rename there or taking its focus', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Educación');
  const otra = await context.newPage();
  const b = new Asistente(otra);
  await b.abrir(e.server.url + '#/paso/1');
  await page.goto(e.server.url + '#/');
  await page.getByRole('button', { name: 'Cambiar nombre de Secretaría de Educación' }).click();
  const nombre = page.getByLabel('Nombre para reconocer este borrador');
  await nombre.fill('Para el rector');
  // The other tab renames the office itself and saves.
  await b.llenar('Nombre de la dependencia', 'Secretaría de Educación y Cultura');
  await b.esperarGuardado();
  await page.getByRole('heading', { level: 3, name: 'Secretaría de Educación y Cultura' }).waitFor();
  assert.equal(await nombre.inputValue(), 'Para el rector');
  assert.equal(await page.evaluate(() => document.activeElement?.id.endsWith('-nombre')), true);
  await page.keyboard.press('Enter');
  await page.getByText('Para el rector', { exact: true }).waitFor();
  assert.equal(await page.locator('.item-borrador').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('renaming the open draft on "Sus agendas" is not a change by another tab: saving goes on here and there', async () => {
  async function renombrar(page, actual, nuevo) {
    await page.goto(e.server.url + '#/');
    await page.getByRole('button', { name: `Cambiar nombre de ${actual}` }).click();
    await page.getByLabel('Nombre para reconocer este borrador').fill(nuevo);
    await page.getByRole('button', { name: 'Guardar nombre' }).click();
    await page.getByText(nuevo).waitFor();
  }
  const sinAviso = async (page) => assert.equal(await page.getByRole('alert').filter({ hasText: 'Este borrador' }).count(), 0);

  // In this tab: rename, come back with the browser's Back button (not «Abrir») and type.
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Cultura');
  await renombrar(page, 'Secretaría de Cultura', 'Para el consejo de cultura');
  await page.goBack();
  await a.esperarPaso(1);
  await a.llenar('Sector', 'Cultura');
  await a.esperarGuardado();
  await sinAviso(page);
  let guardada = await page.evaluate(() => JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${localStorage.getItem('agenda-rdc.actual')}`)));
  assert.deepEqual([guardada.nombre, guardada.agenda.dependencia.sector], ['Para el consejo de cultura', 'Cultura']);

  // In another tab open on the same draft: the rename does not stop it saving.
  const dos = await context.newPage();
  const a2 = new Asistente(dos);
  await a2.abrir(e.server.url + '#/paso/1');
  await renombrar(page, 'Secretaría de Cultura', 'Versión final');
  await a2.llenar('Sector', 'Cultura y turismo');
  await a2.esperarGuardado();
  await dos.waitForTimeout(300);
  await sinAviso(dos);
  guardada = await dos.evaluate(() => JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${localStorage.getItem('agenda-rdc.actual')}`)));
  assert.deepEqual([guardada.nombre, guardada.agenda.dependencia.sector], ['Versión final', 'Cultura y turismo']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('site data cleared from another tab: this tab stops, says so, and keeps its work as a copy', async () => {
  const context = await e.browser.newContext({ viewport: VIEWPORTS.telefono });
  const uno = await context.newPage();
  const a1 = new Asistente(uno);
  await empezarAgenda(a1, e.server.url, 'Secretaría de Cultura');
  const dos = await context.newPage();
  await dos.goto(e.server.url);
  await dos.evaluate(() => localStorage.clear());
  const aviso = uno.getByRole('alert').filter({ hasText: 'Este borrador se eliminó en otra pestaña o ventana.' });
  await aviso.waitFor();
  assert.equal(await uno.locator('#c-dependencia-nombre').inputValue(), 'Secretaría de Cultura');
  await aviso.getByRole('button', { name: 'Guardar como copia' }).click();
  await aviso.waitFor({ state: 'detached' });
  const guardado = (await agendaGuardada(uno)).dependencia.nombre;
  assert.equal(guardado, 'Secretaría de Cultura');
  await context.close();
});

test('a write this tab missed (frozen in the background) is caught when it comes back to the front', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Hacienda');
  // Another tab's save whose storage event never reached this one: written from this very
  // page, which a storage event never reports to itself.
  await page.evaluate(() => {
    const clave = `agenda-rdc.borrador.${localStorage.getItem('agenda-rdc.actual')}`;
    const otro = JSON.parse(localStorage.getItem(clave));
    otro.revision += 1;
    otro.agenda.dependencia.nombre = 'Secretaría de Hacienda (otra pestaña)';
    localStorage.setItem(clave, JSON.stringify(otro));
  });
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  const aviso = page.getByRole('alert').filter({ hasText: 'Este borrador cambió en otra pestaña o ventana.' });
  await aviso.waitFor();
  // What this tab types now does not overwrite the other tab's save.
  await a.llenar('Sector', 'Hacienda pública');
  await page.waitForTimeout(600);
  const guardado = (await agendaGuardada(page)).dependencia;
  assert.equal(guardado.nombre, 'Secretaría de Hacienda (otra pestaña)');
  assert.equal(guardado.sector ?? '', '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('opening a file resumes work; the same agenda again asks to replace or keep a copy', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  const ruta = archivo('salud.json', JSON.stringify(MUESTRA));
  await abrirArchivo(page, ruta);
  await a.esperarPaso(9); // a complete agenda opens at its review
  await page.goto(e.server.url + '#/');
  await page.getByRole('heading', { name: 'Sus agendas', level: 1 }).waitFor();
  assert.equal(await page.locator('.item-borrador').count(), 1);

  // The same agenda with one activity more.
  const otra = structuredClone(MUESTRA);
  otra.agenda.actividades.push({ ...structuredClone(otra.agenda.actividades[0]), id: 'A15', nombre: 'Capacitación en lenguaje claro' });
  const ruta2 = archivo('salud-2.json', JSON.stringify(otra));
  await abrirArchivo(page, ruta2);
  const eleccion = page.getByRole('group', { name: 'Qué hacer con el archivo' });
  await eleccion.waitFor();
  assert.match(
    await eleccion.innerText(),
    /El borrador guardado tiene 14 actividades y el archivo 15 actividades\. Cambian 1 actividad que el borrador no tiene\./,
  );
  await a.revisarAccesibilidad('elegir qué hacer con el archivo');
  await eleccion.getByRole('button', { name: 'Guardar como copia' }).click();
  await a.esperarPaso(9);
  await page.goto(e.server.url + '#/');
  await page.waitForFunction(() => document.querySelectorAll('.item-borrador').length === 2);

  await abrirArchivo(page, ruta2);
  await page.getByRole('group', { name: 'Qué hacer con el archivo' }).getByRole('button', { name: 'Reemplazar el borrador' }).click();
  await a.esperarPaso(9);
  await page.goto(e.server.url + '#/');
  const textos = await page.locator('.item-borrador').allInnerTexts();
  assert.equal(textos.filter((t) => t.includes('15 actividades')).length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the file button speaks Spanish, shows keyboard focus and opens the picker from the keyboard', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  const entrada = page.getByLabel('Elegir el archivo de la agenda (.json)');
  const boton = page.locator('.selector-archivo .boton');
  assert.equal(await boton.innerText(), 'Elegir el archivo de la agenda (.json)');
  // The invisible input covers the drawn button: a tap anywhere on it reaches the input.
  const [caja, cajaBoton] = [await entrada.boundingBox(), await boton.boundingBox()];
  assert.deepEqual(caja, cajaBoton);
  assert.ok(caja.height >= 44);
  await entrada.focus();
  assert.equal(await boton.evaluate((b) => getComputedStyle(b).outlineStyle), 'solid');
  // Playwright starts catching pickers when asked for one; a round trip makes sure it has.
  const elegido = page.waitForEvent('filechooser');
  await page.evaluate(() => 0);
  await page.keyboard.press('Enter');
  const selector = await elegido;
  assert.equal(selector.isMultiple(), false);
  await selector.setFiles(archivo('teclado.json', JSON.stringify(MUESTRA)));
  await a.esperarPaso(9);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped on the page opens like a chosen one', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  const texto = JSON.stringify(MUESTRA);
  const datos = await page.evaluateHandle((texto) => {
    const dt = new DataTransfer();
    dt.items.add(new File([texto], 'salud.json', { type: 'application/json' }));
    return dt;
  }, texto);
  await page.locator('.abrir-archivo').dispatchEvent('drop', { dataTransfer: datos });
  await a.esperarPaso(9);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every kind of bad file is refused in Spanish and the stored drafts stay intact', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  await abrirArchivo(page, archivo('buena.json', JSON.stringify(MUESTRA)));
  await a.esperarPaso(9);
  await page.goto(e.server.url + '#/');
  await page.getByRole('heading', { name: 'Sus agendas', level: 1 }).waitFor();
  const antes = await almacen(page);

  const casos = [
    ['foto.json', 'GIF89a no es json', /no es un JSON válido/],
    // A Word or Excel document (a zip) chosen by mistake.
    ['informe.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]), /no es texto: puede ser un documento de Word, Excel o PDF/],
    ['lista.json', JSON.stringify({ tareas: [1, 2] }), /no es una agenda de rendición de cuentas/],
    ['otro.json', JSON.stringify({ formato: 'encuesta', version_esquema: 1 }), /otro formato \(«encuesta»\)/],
    ['futura.json', JSON.stringify({ ...MUESTRA, version_esquema: 9 }), /versión 9 del formato/],
    ['cortada.json', JSON.stringify(MUESTRA).slice(0, 500), /incompleto/],
    ['grande.json', `{"relleno": "${'x'.repeat(6 * 1024 * 1024)}"}`, /máximo es 5 MB/],
    [
      'invalida.json',
      JSON.stringify({ ...MUESTRA, agenda: { ...MUESTRA.agenda, actividades: [{ id: 'A01', fase_cierre: 'cierre' }] } }),
      /«cierre» no es un valor válido de fase de cierre/,
    ],
  ];
  for (const [nombre, contenido, esperado] of casos) {
    await abrirArchivo(page, archivo(nombre, contenido));
    const alerta = page.locator('#error-archivo');
    await alerta.waitFor();
    const texto = await alerta.innerText();
    assert.match(texto, esperado, nombre);
    assert.match(texto, /Sus agendas guardadas no cambiaron/);
    assert.deepEqual(await almacen(page), antes, `${nombre} changed the stored drafts`);
  }
  await a.revisarAccesibilidad('archivo rechazado');
  await a.captura('archivo-rechazado');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file saved again in Windows-1252 or UTF-16 opens with every accent; what to know of a file shows on the screen it opens', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  const aviso = page.locator('.aviso-archivo');

  await abrirArchivo(page, archivo('salud-ansi.json', enWindows1252(JSON.stringify(MUESTRA))));
  await a.esperarPaso(9);
  await aviso.waitFor();
  assert.match(await aviso.innerText(), /se leyó como Windows-1252/);
  // The checksum matches: the agenda came back exactly as it was written.
  assert.doesNotMatch(await aviso.innerText(), /modificado fuera/);
  assert.deepEqual(await agendaGuardada(page), MUESTRA.agenda);
  await a.revisarAccesibilidad('aviso de un archivo abierto');
  await a.captura('aviso-archivo');
  await aviso.getByRole('button', { name: 'Cerrar este aviso' }).click();
  assert.equal(await aviso.count(), 0);

  // «Unicode» in Notepad (UTF-16 with its mark), here another agenda without a checksum: nothing to say.
  const otra = { ...MUESTRA, agenda: { ...MUESTRA.agenda, id: 'AG-2027-SALUD-2' } };
  delete otra.sha256_agenda;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(otra), 'utf16le')]);
  await page.goto(e.server.url + '#/');
  await abrirArchivo(page, archivo('salud-unicode.json', utf16));
  await a.esperarPaso(9);
  assert.equal((await agendaGuardada(page)).dependencia.nombre, 'Secretaría de Salud');
  assert.equal(await aviso.count(), 0);

  // A file changed by hand after it was downloaded: said where the agenda opens, until closed.
  const cambiada = { ...MUESTRA, agenda: { ...MUESTRA.agenda, id: 'AG-2027-SALUD-3' } };
  await page.goto(e.server.url + '#/');
  await abrirArchivo(page, archivo('salud-cambiada.json', JSON.stringify(cambiada)));
  await a.esperarPaso(9);
  await aviso.waitFor();
  assert.match(await aviso.innerText(), /modificado fuera de la aplicación/);
  await page.goto(e.server.url + '#/paso/1');
  await a.esperarPaso(1);
  assert.equal(await aviso.count(), 1, 'the notice stays while working on that agenda');
  // Another agenda opened: the notice was about the file, not about it.
  await page.goto(e.server.url + '#/');
  await page.getByRole('button', { name: 'Nueva agenda' }).click();
  await a.esperarPaso(1);
  assert.equal(await aviso.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file opened while storage is full is refused with what to do, and the drafts stay intact', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await empezarAgenda(a, e.server.url, 'Secretaría de Movilidad');
  await page.goto(e.server.url + '#/');
  await page.getByRole('heading', { name: 'Sus agendas', level: 1 }).waitFor();
  await llenarAlmacenamiento(page);
  const antes = await almacen(page);
  await abrirArchivo(page, archivo('lleno.json', JSON.stringify(MUESTRA)));
  const alerta = page.getByRole('alert').filter({ hasText: 'No hay espacio en este navegador para guardar el archivo como borrador.' });
  await alerta.waitFor();
  await alerta.getByText('Sus agendas guardadas no cambiaron.').waitFor();
  // Focus moves on the next frame.
  await page.waitForFunction(() => document.activeElement?.id === 'error-archivo');
  assert.deepEqual(await almacen(page), antes);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('relleno')).forEach((k) => localStorage.removeItem(k)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the drafts page reminds of the last downloaded copy', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  await abrirArchivo(page, archivo('recordatorio.json', JSON.stringify(MUESTRA)));
  await a.esperarPaso(9);
  await page.goto(e.server.url + '#/paso/9');
  await a.esperarPaso(9);
  await page.getByText('Aún no ha descargado una copia en archivo.').waitFor();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar copia de trabajo' }).click()]);
  await page.getByText(/Última copia descargada: \d+ de \w+ de 20\d\d a las \d\d:\d\d/).first().waitFor();
  await page.goto(e.server.url + '#/');
  await page.locator('.item-borrador', { hasText: /Última copia descargada: / }).waitFor();
  await page.getByText('Descargue una copia de trabajo de cada agenda al terminar el día', { exact: false }).or(page.getByText('El navegador aceptó conservar')).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
