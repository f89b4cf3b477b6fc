// Getting around: a keyboard-only journey to the download, shared links to a step, and the
// municipality's config.json present, absent or malformed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer } from './support/server.mjs';
import { openPage, VIEWPORTS } from './support/browser.mjs';
import { Asistente } from './support/asistente.mjs';
import { agendaGuardada, entorno, guardarBorrador, muestra } from './support/entorno.mjs';

const MUESTRA = muestra();
// The domain sample names its groups only by topic and activity; an official also marks step 3's list.
MUESTRA.agenda.grupos_valor = [{ codigo: 'ciudadania_general' }, { codigo: 'jovenes' }, { codigo: 'etnico_indigena', detalle: 'Cabildo nasa El Diviso' }];

const e = entorno();

/** Puts the complete sample agenda in the browser as the draft being worked on. */
async function conBorradorCompleto(page, url) {
  await guardarBorrador(page, url, MUESTRA.agenda);
  await page.reload();
  await page.waitForSelector('main h1');
}

/** A new page with the complete sample as the draft, on step `paso`. */
async function muestraEnElPaso(paso, viewport) {
  const { page, context, errors } = await openPage(e.browser, viewport);
  const a = new Asistente(page);
  await conBorradorCompleto(page, e.server.url);
  await page.goto(`${e.server.url}#/paso/${paso}`);
  await a.esperarPaso(paso);
  return { page, context, errors, a };
}

/** Stores `agenda` as the draft being worked on and opens its review. */
async function abrirRevision(a, agenda) {
  await guardarBorrador(a.page, e.server.url, agenda);
  await a.page.goto(`${e.server.url}#/paso/9`);
  await a.page.reload();
  await a.esperarPaso(9);
}

/** Presses Tab until the focused element's text (or id, for a field) matches, within a bound. */
async function tabularHasta(page, texto, maximo = 250) {
  for (let i = 0; i < maximo; i++) {
    await page.keyboard.press('Tab');
    const [id, actual] = await page.evaluate(() => [
      document.activeElement?.id ?? '',
      document.activeElement?.textContent?.trim() ?? '',
    ]);
    if (id === texto || (texto && actual.startsWith(texto))) return i + 1;
  }
  throw new Error(`«${texto}» no se alcanzó con ${maximo} tabulaciones`);
}

test('a keyboard-only journey goes from the start screen to the download', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await conBorradorCompleto(page, e.server.url);

  await tabularHasta(page, 'Abrir Secretaría de Salud');
  await page.keyboard.press('Enter');
  await a.esperarPaso(9); // every step is complete, so it goes to the review
  await page.getByText('Su agenda está lista para enviar.').waitFor();

  // Change a field through "Cambiar" and come back, keyboard only.
  await tabularHasta(page, 'Cambiar la dependencia');
  await page.keyboard.press('Enter');
  await a.esperarPaso(1);
  await page.waitForFunction(() => document.activeElement?.id === 'titulo-pagina');
  await tabularHasta(page, 'c-dependencia-nombre');
  await page.keyboard.press('End');
  await page.keyboard.type(' Municipal');
  await tabularHasta(page, 'Guardar y volver a la revisión');
  await page.keyboard.press('Enter');
  await a.esperarPaso(9);

  await tabularHasta(page, 'Descargar para enviar');
  const [descarga] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(descarga.suggestedFilename(), 'agenda-rdc-2027-secretaria-de-salud-municipal.json');
  const archivo = JSON.parse(fs.readFileSync(await descarga.path(), 'utf8'));
  assert.equal(archivo.agenda.dependencia.nombre, 'Secretaría de Salud Municipal');
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing an activity with «Listo» leaves the keyboard on its row, on the button named after it that opens it again', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(5, VIEWPORTS.telefono);
  const item = await a.agregar('Agregar espacio de diálogo');
  await a.llenar('Nombre de la actividad', 'Foro juvenil de cierre', item);

  await tabularHasta(page, 'Listo, cerrar esta actividad');
  await page.keyboard.press('Enter');
  await item.locator('.item-formulario').waitFor({ state: 'detached' });
  // Not lost to the top of the page: on the row's own button, which names the activity.
  const editar = item.getByRole('button', { name: 'Editar Foro juvenil de cierre', exact: true });
  assert.equal(await editar.evaluate((b) => b === document.activeElement), true);
  assert.equal(await editar.getAttribute('aria-expanded'), 'false');
  // Every row button is named after its activity, by reference to the row's title.
  for (const nombre of ['Duplicar', 'Subir', 'Eliminar']) {
    await item.getByRole('button', { name: `${nombre} Foro juvenil de cierre`, exact: true }).waitFor();
  }
  await page.keyboard.press('Enter');
  await item.locator('.item-formulario').waitFor();
  assert.equal(await item.getByRole('button', { name: 'Cerrar Foro juvenil de cierre', exact: true }).getAttribute('aria-expanded'), 'true');
  await a.revisarAccesibilidad('fila cerrada con «Listo»');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new dialogue space shows with the keyboard in its name, and the rest of its form follows in the next frames', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(`${e.server.url}#/paso/5`);
  await a.esperarPaso(5);
  await page.getByRole('button', { name: 'Agregar espacio de diálogo' }).click();
  const item = page.locator('li.item').first();
  const nombre = item.getByLabel('Nombre de la actividad', { exact: true });
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-nombre'));
  assert.equal(await nombre.evaluate((n) => n === document.activeElement), true);
  // Every section comes, in order, and typing goes on in the name meanwhile.
  await page.keyboard.type('Foro de cierre', { delay: 15 });
  await item.locator('.seccion-titulo', { hasText: 'Responsables y recursos' }).waitFor();
  assert.deepEqual(await item.locator('.seccion-titulo').allInnerTexts(), [
    'Qué y cuándo', 'Para quién', 'El espacio de diálogo', 'Convocatoria y preparación', 'Ley de Garantías',
    'Evaluación, memoria y respuestas', 'Accesibilidad', 'Meta, indicador y evidencia', 'Responsables y recursos',
  ]);
  assert.equal(await nombre.inputValue(), 'Foro de cierre');
  assert.equal(await nombre.evaluate((n) => n === document.activeElement), true);
  await a.revisarAccesibilidad('espacio de diálogo recién agregado');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, a summary link to a field at the foot of an activity form brings it on screen with the keyboard in it', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(5, VIEWPORTS.telefono);
  const item = page.locator('li.item').first();
  await item.getByRole('button', { name: /^Editar / }).click();
  await item.getByLabel('Persona responsable').fill('');
  await a.cerrar(item);
  await a.continuar();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  const [enlace] = (await a.errores()).filter((x) => x.includes('responsable'));
  assert.ok(enlace, 'the summary names the missing person in charge');
  await page.locator('#resumen-errores a', { hasText: enlace }).click();
  const campo = item.getByLabel('Persona responsable');
  await page.waitForFunction(() => document.activeElement?.closest('.seccion-formulario')?.textContent.includes('Responsables y recursos'));
  assert.equal(await campo.evaluate((c) => c === document.activeElement), true);
  const caja = await campo.boundingBox();
  assert.ok(caja.y >= 0 && caja.y + caja.height <= VIEWPORTS.telefono.height, `the field is on screen (y = ${caja.y})`);
  await a.revisarAccesibilidad('campo al pie del formulario, desde el resumen de errores');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after «Continuar» stops, typing key by key stays in the field; a number it cannot read stops it too, named in the summary', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(`${e.server.url}#/paso/2`);
  await a.esperarPaso(2);
  const puntaje = page.locator('#c-autodiagnostico-puntaje');
  const mensaje = 'Escriba solo números enteros, sin letras, en «Puntaje (0 a 100)»';
  await puntaje.fill('ochenta');
  await a.continuar();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  // The summary reads in the page's order: the score sits between the MURC level and the objective.
  const lista = await a.errores();
  const donde = (texto) => lista.findIndex((x) => x.includes(texto));
  assert.ok(0 < donde(mensaje) && donde(mensaje) < donde('Escriba el objetivo'), lista.join(' | '));
  await page.locator('#resumen-errores a', { hasText: 'Escriba el objetivo' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'c-objetivo');
  // The first key fixes the field and shortens the summary: the focus must not jump to it.
  await page.keyboard.type('Informar y dialogar', { delay: 25 });
  assert.equal(await page.locator('#c-objetivo').inputValue(), 'Informar y dialogar');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'c-objetivo');
  assert.ok(!(await a.errores()).some((x) => x.includes('Escriba el objetivo')), 'the fixed field left the summary');

  await a.marcar('Consolidado');
  await a.continuar();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  assert.match(await page.title(), /^Error: Paso 2 de 9/);
  assert.deepEqual(await a.errores(), [mensaje]);
  assert.equal(await page.locator('#c-autodiagnostico-puntaje-error').textContent(), `Error: ${mensaje}`);
  // «Atrás» and the stepper check nothing, and the text waits for the person in its field.
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await a.esperarPaso(1);
  await page.locator('nav.stepper a[href="#/paso/2"]').click();
  await a.esperarPaso(2);
  assert.equal(await puntaje.inputValue(), 'ochenta');
  assert.equal(await page.locator('#c-autodiagnostico-puntaje-error').textContent(), `Error: ${mensaje}`);
  await a.continuar();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  assert.deepEqual(await a.errores(), [mensaje]);
  await page.locator('#resumen-errores a').click();
  await page.waitForFunction(() => document.activeElement?.id === 'c-autodiagnostico-puntaje');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('80', { delay: 25 });
  await page.locator('#resumen-errores').waitFor({ state: 'detached' });
  assert.match(await page.title(), /^Paso 2 de 9/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'c-autodiagnostico-puntaje');
  await a.continuar();
  await a.esperarPaso(3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a date left half-typed stops «Continuar» and is named in the summary; completing it goes on', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(2, VIEWPORTS.escritorio);
  const fecha = page.locator('#c-autodiagnostico-fecha');
  assert.equal(await fecha.inputValue(), '2027-02-15');
  // Erasing one part of the date leaves the others on screen, and the agenda its old date.
  await fecha.focus();
  await page.keyboard.press('Backspace');
  assert.equal(await fecha.evaluate((f) => f.validity.badInput), true);
  await a.continuar();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  const mensaje = 'Complete la fecha (día, mes y año) en «Fecha», o bórrela';
  assert.deepEqual(await a.errores(), [mensaje]);
  assert.match(await page.title(), /^Error: Paso 2 de 9/);
  assert.equal(await page.locator('#c-autodiagnostico-fecha-error').textContent(), `Error: ${mensaje}`);
  // The line under it no longer reads out the old date as if it were the one on screen.
  assert.equal(await page.locator('#c-autodiagnostico-fecha-nota').count(), 0);
  // Nor does the stepper call this step complete while the field says so.
  const paso2 = page.locator('nav.stepper a[href="#/paso/2"]');
  assert.equal(await paso2.textContent(), '2Diagnóstico');
  await a.revisarAccesibilidad('paso 2 con una fecha a medio escribir');
  await page.locator('#resumen-errores a').click();
  await page.waitForFunction(() => document.activeElement?.id === 'c-autodiagnostico-fecha');
  await fecha.fill('2027-02-20');
  await page.locator('#resumen-errores').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#c-autodiagnostico-fecha-nota').textContent(), 'Sábado 20 de febrero de 2027.');
  assert.equal(await paso2.textContent(), '2Diagnóstico (completo)');
  await a.continuar();
  await a.esperarPaso(3);
  await page.waitForFunction(() => {
    const id = localStorage.getItem('agenda-rdc.actual');
    return JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda.autodiagnostico.fecha === '2027-02-20';
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a number it cannot read survives a reload of the tab, on screen or kept aside, and the review still counts it', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(2, VIEWPORTS.telefono);
  const puntaje = page.locator('#c-autodiagnostico-puntaje');
  const mensaje = 'Escriba solo números enteros, sin letras, en «Puntaje (0 a 100)»';
  await puntaje.fill('ochenta');
  // A phone that discards the tab in the background reloads it like this.
  await page.reload();
  await a.esperarPaso(2);
  assert.equal(await puntaje.inputValue(), 'ochenta');
  assert.equal(await page.locator('#c-autodiagnostico-puntaje-error').textContent(), `Error: ${mensaje}`);
  // Kept aside on another step, it comes back after a reload there too.
  await page.locator('nav.stepper a[href="#/paso/3"]').click();
  await a.esperarPaso(3);
  await page.reload();
  await a.esperarPaso(3);
  await page.locator('nav.stepper a[href="#/paso/9"]').click();
  await a.esperarPaso(9);
  assert.deepEqual(await a.errores(), [mensaje]);
  await page.locator('#resumen-errores a').click();
  await a.esperarPaso(2);
  assert.equal(await puntaje.inputValue(), 'ochenta');
  // The draft every tab shares kept its value all along.
  const guardado = await page.evaluate(() => {
    const id = localStorage.getItem('agenda-rdc.actual');
    return JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda.autodiagnostico.puntaje;
  });
  assert.equal(guardado, 68);
  // Fixed, nothing is left for the next reload.
  await puntaje.fill('80');
  await page.reload();
  await a.esperarPaso(2);
  assert.equal(await puntaje.inputValue(), '80');
  assert.equal(await page.locator('#c-autodiagnostico-puntaje-error').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving a step by its address with the focus in a field (the back button, a shared link) keeps the app running and leaves nothing behind', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(2, VIEWPORTS.escritorio);
  // A number it cannot read, still focused when its step goes away.
  await page.locator('#c-autodiagnostico-puntaje').fill('300');
  await page.evaluate(() => { location.hash = '#/paso/3'; });
  await a.esperarPaso(3);
  // Back on step 2 it waits in its field, with its message.
  await page.evaluate(() => { location.hash = '#/paso/2'; });
  await a.esperarPaso(2);
  assert.equal(await page.locator('#c-autodiagnostico-puntaje').inputValue(), '300');
  await page.locator('#c-autodiagnostico-puntaje').fill('68');
  // A date left half-typed, still focused when its step goes away, is not counted on the next.
  const fecha = page.locator('#c-autodiagnostico-fecha');
  await fecha.focus();
  await page.keyboard.press('Backspace');
  await page.evaluate(() => { location.hash = '#/paso/3'; });
  await a.esperarPaso(3);
  await a.continuar();
  await a.esperarPaso(4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a number left unreadable on another step is an error of the review, and its link brings the text back to fix', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(2, VIEWPORTS.telefono);
  const puntaje = page.locator('#c-autodiagnostico-puntaje');
  await puntaje.fill('ochenta');
  // One left in an activity that is then removed goes with it.
  await page.locator('nav.stepper a[href="#/paso/5"]').click();
  await a.esperarPaso(5);
  await page.getByRole('button', { name: 'Duplicar Foro de salud mental juvenil' }).click();
  const copia = page.locator('li.item', { has: page.getByRole('heading', { name: 'Foro de salud mental juvenil (copia)' }) });
  await copia.locator('.item-formulario').waitFor(); // a copy opens to be edited
  await a.llenar('Aforo', 'cien', copia);
  await page.getByRole('button', { name: 'Eliminar Foro de salud mental juvenil (copia)' }).click();
  await page.getByText('Se eliminó «Foro de salud mental juvenil (copia)».').waitFor();
  await page.locator('nav.stepper a[href="#/paso/9"]').click();
  await a.esperarPaso(9);
  const mensaje = 'Escriba solo números enteros, sin letras, en «Puntaje (0 a 100)»';
  assert.deepEqual(await a.errores(), [mensaje]);
  await page.getByText('Antes de enviar: 1 error por corregir.').waitFor();
  assert.match(await page.title(), /^Error: Paso 9 de 9/);
  // Nor is its step complete in the stepper.
  const paso2 = page.locator('nav.stepper a[href="#/paso/2"]');
  assert.equal(await paso2.textContent(), '2Diagnóstico');
  await a.revisarAccesibilidad('revisión con un número ilegible en otro paso');
  await page.locator('#resumen-errores a').click();
  await a.esperarPaso(2);
  await page.waitForFunction(() => document.activeElement?.id === 'c-autodiagnostico-puntaje');
  assert.equal(await puntaje.inputValue(), 'ochenta');
  await puntaje.fill('80');
  await page.getByRole('button', { name: 'Guardar y volver a la revisión' }).click();
  await a.esperarPaso(9);
  assert.deepEqual(await a.errores(), []);
  await page.getByText('Su agenda está lista para enviar.').waitFor();
  assert.match(await page.title(), /^Paso 9 de 9/);
  assert.equal(await paso2.textContent(), '2Diagnóstico (completo)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('amounts read as they are written here: the peso sign, the unit and thousands points; a lone point before three decimals is asked, separators out of place are pointed out, and a score above 100 is refused, not dropped', async () => {
  const { page, context, errors, a } = await muestraEnElPaso(2, VIEWPORTS.telefono);
  const guardado = (ruta) =>
    page.evaluate((ruta) => {
      const id = localStorage.getItem('agenda-rdc.actual');
      return ruta.reduce((x, k) => x?.[k], JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda);
    }, ruta);
  // A score the agenda cannot keep stays on screen with the limit, and the stored one stays.
  const puntaje = page.locator('#c-autodiagnostico-puntaje');
  for (const texto of ['300', '72,5']) {
    await puntaje.fill(texto);
    assert.equal(
      await page.locator('#c-autodiagnostico-puntaje-error').textContent(),
      'Error: Escriba un número entero de 0 a 100 en «Puntaje (0 a 100)»',
    );
    assert.equal(await puntaje.inputValue(), texto);
  }
  await page.waitForTimeout(600); // past the autosave's ~300 ms, had the field changed the agenda
  assert.equal(await guardado(['autodiagnostico', 'puntaje']), 68);
  await puntaje.fill('72');
  await page.locator('#c-autodiagnostico-puntaje-error').waitFor({ state: 'detached' });
  const presupuesto = page.locator('#c-presupuesto-total-cop');
  await presupuesto.fill('$ 2500000');
  // Written back as it was read when the field is left.
  await presupuesto.press('Tab');
  assert.equal(await presupuesto.inputValue(), '2.500.000');
  await presupuesto.fill('$ 2.500.000');
  await page.waitForFunction(() => {
    const id = localStorage.getItem('agenda-rdc.actual');
    return JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda.presupuesto_total_cop === 2500000;
  });
  assert.equal(await page.locator('#c-presupuesto-total-cop-error').count(), 0);
  // The unit after the field is read with it, not only seen.
  assert.match(await presupuesto.getAttribute('aria-describedby'), /^c-presupuesto-total-cop-unidad\b/);
  assert.equal(await page.locator('#c-presupuesto-total-cop-unidad').textContent(), 'pesos');
  // Shown again with its thousands grouped, as it was typed.
  await page.locator('nav.stepper a[href="#/paso/3"]').click();
  await a.esperarPaso(3);
  await page.locator('nav.stepper a[href="#/paso/2"]').click();
  await a.esperarPaso(2);
  assert.equal(await presupuesto.inputValue(), '2.500.000');

  await page.locator('nav.stepper a[href="#/paso/5"]').click();
  await a.esperarPaso(5);
  await page.getByRole('button', { name: 'Editar Foro de salud mental juvenil' }).click();
  const foro = page.locator('li.item', { has: page.getByRole('heading', { name: 'Foro de salud mental juvenil' }) });
  await foro.locator('.item-formulario').waitFor();
  const aforo = foro.locator('input[id$="-evento-aforo"]');
  await aforo.fill('120 personas');
  // Separators out of place are passed over while typing, and pointed out on leaving the field.
  const duracion = foro.locator('input[id$="-evento-duracion-min"]');
  const errorDuracion = foro.locator(`#${await duracion.getAttribute('id')}-error`);
  await duracion.fill('');
  await duracion.pressSequentially('1,5', { delay: 20 });
  assert.equal(await errorDuracion.count(), 0);
  await duracion.press('Tab');
  assert.equal(
    await errorDuracion.textContent(),
    'Error: En «Duración», «1,5» no es un número entero: escriba solo cifras, con un punto cada tres si quiere (1.500)',
  );
  // Nor does the line under it speak of the 15 minutes read on the way.
  const notaDuracion = foro.locator(`#${await duracion.getAttribute('id')}-nota`);
  assert.equal(await notaDuracion.count(), 0);
  await duracion.fill('90 minutos');
  await errorDuracion.waitFor({ state: 'detached' });
  assert.equal(await notaDuracion.textContent(), 'De 08:00 a 09:30.');
  const cantidad = foro.locator('input[id$="-meta-cantidad"]');
  await cantidad.fill('1.500');
  const error = foro.locator(`#${await cantidad.getAttribute('id')}-error`);
  // Asked when the person leaves the field: on the way to 1.500.000 nothing flashes.
  assert.equal(await error.count(), 0);
  await cantidad.press('Tab');
  assert.equal(
    await error.textContent(),
    'Error: En «Cantidad», «1.500» puede ser 1500 o 1,500: escríbalo sin punto (1500) o con coma decimal (1,500)',
  );
  await a.revisarAccesibilidad('una cantidad con un punto que puede ser de miles o decimal');
  await cantidad.fill('1.500,5');
  await error.waitFor({ state: 'detached' });
  const actividad = await foro.locator('input[id$="-meta-cantidad"]').getAttribute('id');
  const idActividad = actividad.split('-')[1].toUpperCase();
  await page.waitForFunction((idActividad) => {
    const id = localStorage.getItem('agenda-rdc.actual');
    const x = JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda.actividades.find((a) => a.id === idActividad);
    return x?.meta?.cantidad === 1500.5 && x?.evento?.aforo === 120 && x?.evento?.duracion_min === 90;
  }, idActividad);
  assert.equal(await guardado(['presupuesto_total_cop']), 2500000);
  assert.equal(await guardado(['autodiagnostico', 'puntaje']), 72);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a shared link opens its step, and reload keeps it', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await a.abrir(`${e.server.url}#/paso/5`);
  await a.esperarPaso(5);
  assert.match(await page.title(), /^Paso 5 de 9: Diálogo/);
  await page.reload();
  await a.esperarPaso(5);
  // An unknown route falls back to the start screen.
  await page.goto(`${e.server.url}#/paso/42`);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.startsWith('Prepare la agenda'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a review with errors lists them first and each link opens the field on its step', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  const roto = structuredClone(MUESTRA);
  roto.agenda.actividades[4].responsable.nombre = ''; // A05, the youth forum
  await abrirRevision(a, roto.agenda);
  await page.locator('#resumen-errores').waitFor();
  assert.match(await page.title(), /^Error: Paso 9 de 9/);
  await a.revisarAccesibilidad('revisión con errores');
  await a.captura('paso-9-errores-telefono');
  await page.locator('#resumen-errores a', { hasText: 'no tiene el nombre de la persona responsable' }).click();
  await a.esperarPaso(5);
  await page.waitForFunction(() => document.activeElement?.id === 'c-a05-responsable-nombre');
  const campo = page.locator('#c-a05-responsable-nombre');
  assert.equal(await campo.getAttribute('aria-invalid'), 'true');
  const descrito = await campo.getAttribute('aria-describedby');
  assert.ok(descrito.includes('c-a05-responsable-nombre-error'));
  await a.revisarAccesibilidad('paso 5 desde la revisión');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a review reached over skipped steps is not ready: each required field left empty is listed and opens its step', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  const salteado = structuredClone(MUESTRA);
  salteado.agenda.dependencia.nombre = '';
  salteado.agenda.coordinacion_comunicaciones.oficina = '';
  await abrirRevision(a, salteado.agenda);
  // Every rule passes, yet the office has no name: the file for Planeación stays locked, and
  // the rules' section does not read as if the agenda were ready.
  await page.getByText('Las reglas no encontraron nada más: solo falta completar lo que se indica arriba.').waitFor();
  assert.equal(await page.getByText('La agenda cumple todas las reglas revisadas.').count(), 0);
  await page.getByText('Antes de enviar: 2 errores por corregir.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Descargar para enviar' }).count(), 0);
  assert.deepEqual(await page.locator('#resumen-errores a').allInnerTexts(), [
    'Escriba el nombre de la dependencia',
    'Escriba el nombre de la Oficina de Comunicaciones',
  ]);
  await a.revisarAccesibilidad('revisión con datos por completar');

  await page.locator('#resumen-errores a', { hasText: 'nombre de la dependencia' }).click();
  await a.esperarPaso(1);
  await page.waitForFunction(() => document.activeElement?.id === 'c-dependencia-nombre');
  assert.equal(await page.locator('#c-dependencia-nombre').getAttribute('aria-invalid'), 'true');
  await page.keyboard.type('Secretaría de Salud');
  await page.getByRole('button', { name: 'Guardar y volver a la revisión' }).click();
  await a.esperarPaso(9);
  await page.getByText('Antes de enviar: 1 error por corregir.').waitFor();

  await page.locator('#resumen-errores a', { hasText: 'Oficina de Comunicaciones' }).click();
  await a.esperarPaso(8);
  await page.waitForFunction(() => document.activeElement?.id === 'c-coordinacion-comunicaciones-oficina');
  await page.keyboard.type('Oficina de Comunicaciones');
  await page.getByRole('button', { name: 'Guardar y volver a la revisión' }).click();
  await a.esperarPaso(9);
  await page.getByText('Su agenda está lista para enviar.').waitFor();
  await page.getByText('La agenda cumple todas las reglas revisadas.').waitFor();
  await page.getByRole('button', { name: 'Descargar para enviar' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a slow phone, a review link to a field at the foot of step 1 (built after the first paint) opens it with the keyboard in it', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  const sinCorreo = structuredClone(MUESTRA);
  sinCorreo.agenda.dependencia.enlace_rdc.correo = '';
  await abrirRevision(a, sinCorreo.agenda);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('#resumen-errores a', { hasText: 'Escriba el correo de la persona enlace' }).click();
  await a.esperarPaso(1);
  await page.waitForFunction(() => document.activeElement?.id === 'c-dependencia-enlace-rdc-correo');
  const campo = page.locator('#c-dependencia-enlace-rdc-correo');
  assert.equal(await campo.getAttribute('aria-invalid'), 'true');
  const caja = await campo.boundingBox();
  assert.ok(caja.y >= 0 && caja.y + caja.height <= VIEWPORTS.telefono.height, `the field is on screen (y = ${caja.y})`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.keyboard.type('rdc.salud@sanrafael.gov.co');
  await page.getByRole('button', { name: 'Guardar y volver a la revisión' }).click();
  await a.esperarPaso(9);
  await page.getByText('Su agenda está lista para enviar.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an agenda that names its groups only in its topics and activities is ready, and step 3 offers to mark them', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  const referencia = muestra(); // as the domain reference writes it: no step-3 list
  assert.equal(referencia.agenda.grupos_valor, undefined);
  await abrirRevision(a, referencia.agenda);
  await page.getByText('Su agenda está lista para enviar.').waitFor();
  await page.getByText('Ninguno marcado en este paso. Los temas y actividades se dirigen a:').waitFor();
  const resumenGrupos = page.locator('.resumen-paso', { has: page.getByRole('heading', { name: '3. Grupos de valor y de interés' }) });
  assert.equal(await resumenGrupos.getByRole('listitem').first().innerText(), 'Ciudadanía en general');

  await page.goto(`${e.server.url}#/paso/3`);
  await a.esperarPaso(3);
  const aviso = page.locator('#grupos-sin-marcar');
  assert.match(await aviso.innerText(), /^Sus temas y actividades ya se dirigen a \d+ grupos que no están marcados aquí\./);
  await aviso.getByText('Ver cuáles').click();
  const cuales = await aviso.getByRole('listitem').allInnerTexts();
  assert.equal(cuales[0], 'Ciudadanía en general');
  assert.ok(cuales.includes('Concejo municipal'), cuales.join(' | '));
  const grupos = page.getByRole('group', { name: '¿A qué grupos llegará la dependencia?' });
  assert.equal(await grupos.getByRole('checkbox', { checked: true }).count(), 0);
  await a.revisarAccesibilidad('paso 3 con grupos sin marcar');
  await a.captura('paso-3-grupos-sin-marcar-telefono');
  const boton = aviso.getByRole('button', { name: /^Marcar estos \d+ grupos aquí$/ });
  const cuantos = Number((await boton.innerText()).match(/\d+/)[0]);
  assert.equal(cuantos, cuales.length);
  await boton.focus();
  await page.keyboard.press('Enter');
  await aviso.waitFor({ state: 'detached' });
  // Focus does not fall to the page with the button gone: it lands on the list just filled.
  await page.waitForFunction(() => document.activeElement?.id === 'c-grupos-valor');
  assert.equal(await grupos.getByRole('checkbox', { checked: true }).count(), cuantos);
  assert.equal(await grupos.getByRole('checkbox', { name: 'Concejo municipal' }).isChecked(), true);
  // The draft keeps them: stored, and back after a reload.
  await page.waitForFunction((n) => {
    const id = localStorage.getItem('agenda-rdc.actual');
    return JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda.grupos_valor?.length === n;
  }, cuantos);
  await page.reload();
  await a.esperarPaso(3);
  assert.equal(await page.locator('#grupos-sin-marcar').count(), 0);
  assert.equal(await grupos.getByRole('checkbox', { checked: true }).count(), cuantos);
  assert.deepEqual(errors, []);
  await context.close();
});

test('step 8 lists what the agenda asks of Comunicaciones, names it as co-responsible with one button, and copies the list', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e.server.url });
  const a = new Asistente(page);
  const agenda = structuredClone(MUESTRA.agenda);
  // Two activities on channels Comunicaciones runs that do not name it yet.
  const foro = agenda.actividades.find((x) => x.nombre === 'Foro de salud mental juvenil');
  const audiencia = agenda.actividades.find((x) => x.nombre === 'Audiencia pública participativa sectorial de salud');
  foro.corresponsables = [];
  audiencia.corresponsables = ['Secretaría de Gobierno'];
  await guardarBorrador(page, e.server.url, agenda);
  await page.goto(`${e.server.url}#/paso/8`);
  await page.reload();
  await a.esperarPaso(8);
  const seccion = page.getByRole('region', { name: 'Lo que su agenda pide a Comunicaciones' });
  await seccion.getByText('5 actividades usan canales que maneja Comunicaciones.', { exact: false }).waitFor();
  const items = seccion.getByRole('listitem');
  // By date, each with what it needs the office for.
  assert.match(await items.nth(0).innerText(), /^Foro de salud mental juvenil · 14 de octubre de 2027\n+Convocatoria: redes sociales/);
  assert.match(await items.nth(4).innerText(), /^Audiencia pública participativa sectorial de salud · 19 de noviembre de 2027\n+Participación en vivo: transmisión en vivo \(Facebook Live, YouTube Live\)/);
  assert.equal(await seccion.getByText('Comunicaciones no figura como corresponsable de esta actividad.').count(), 2);
  assert.ok(await seccion.getByRole('button', { name: 'Agregar a «Oficina de Comunicaciones» en las 2 actividades' }).isVisible());
  await a.revisarAccesibilidad('paso 8 con lo que se pide a Comunicaciones');
  await a.captura('paso-8-pedidos-telefono');

  // One activity from its own button, from the keyboard; focus lands on what changed.
  await items.nth(0).getByRole('button', { name: 'Agregar a «Oficina de Comunicaciones» como corresponsable' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'aviso-pedidos');
  assert.equal(await page.locator('#aviso-pedidos').innerText(), 'Se agregó «Oficina de Comunicaciones» como corresponsable en 1 actividad.');
  assert.equal(await seccion.getByText('Comunicaciones no figura como corresponsable de esta actividad.').count(), 1);
  // With one left, the button for all of them goes.
  assert.equal(await seccion.getByRole('button', { name: /en las \d+ actividades$/ }).count(), 0);
  await page.waitForFunction(() => {
    const id = localStorage.getItem('agenda-rdc.actual');
    const guardada = JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda;
    return guardada.actividades.find((x) => x.nombre === 'Foro de salud mental juvenil').corresponsables[0] === 'Oficina de Comunicaciones';
  });

  // The office the agenda coordinates with is the name written, kept beside the others.
  await a.llenar('Oficina con la que coordina', 'Oficina Asesora de Prensa');
  await items.nth(4).getByRole('button', { name: 'Agregar a «Oficina Asesora de Prensa» como corresponsable' }).click();
  assert.equal(await seccion.getByText('Comunicaciones no figura como corresponsable de esta actividad.').count(), 0);
  await a.esperarGuardado();
  const guardada = await agendaGuardada(page);
  assert.deepEqual(
    guardada.actividades.find((x) => x.nombre === 'Audiencia pública participativa sectorial de salud').corresponsables,
    ['Secretaría de Gobierno', 'Oficina Asesora de Prensa'],
  );

  // The list goes into a message for the office.
  await seccion.getByRole('button', { name: 'Copiar la lista' }).click();
  await seccion.getByText('Se copió la lista', { exact: false }).waitFor();
  const copiada = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copiada, /^Actividades de la agenda de rendición de cuentas de Secretaría de Salud que necesitan a Comunicaciones:\n\n- Foro de salud mental juvenil \(14 de octubre de 2027\)\. Convocatoria: /);
  assert.equal(copiada.match(/\n- /g).length, 5);
  // Where the browser offers no clipboard (a plain HTTP host) it says what to do instead.
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await seccion.getByRole('button', { name: 'Copiar la lista' }).click();
  await seccion.getByText('No se pudo copiar la lista. Selecciónela en la pantalla', { exact: false }).waitFor();
  await a.llenar('Oficina con la que coordina', 'Oficina de Prensa');
  await a.esperarGuardado();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an agenda of an earlier term opened as a base says so, and one button moves it to the term the site prepares', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  const anterior = structuredClone(MUESTRA);
  anterior.agenda.periodo_gobierno = { inicio: '2020-01-01', fin: '2023-12-31' };
  await abrirRevision(a, anterior.agenda);
  await page.getByText('Antes de enviar: 1 error por corregir.').waitFor();
  const aviso = 'La agenda es del período de gobierno 2020–2023, y este sitio prepara el cierre de 2027 (período 2024–2027): pásela a ese período y revise las fechas de sus actividades';
  assert.deepEqual(await page.locator('#resumen-errores a').allInnerTexts(), [aviso]);
  assert.equal(await page.getByRole('button', { name: 'Descargar para enviar' }).count(), 0);

  await page.locator('#resumen-errores a').click();
  await a.esperarPaso(1);
  await page.waitForFunction(() => document.activeElement?.id === 'c-periodo-gobierno');
  const boton = page.getByRole('button', { name: 'Pasar la agenda al período 2024–2027' });
  assert.equal(await boton.getAttribute('aria-describedby'), 'c-periodo-gobierno-error');
  await page.getByText(`${aviso}.`).waitFor();
  await a.revisarAccesibilidad('paso 1 con una agenda de otro período');
  await a.captura('paso-1-otro-periodo-telefono');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'periodo-pasado');
  await page.getByText('La agenda quedó en el período 2024–2027.', { exact: false }).waitFor();
  await a.esperarGuardado();
  assert.deepEqual((await agendaGuardada(page)).periodo_gobierno, { inicio: '2024-01-01', fin: '2027-12-31' });

  await page.getByRole('button', { name: 'Guardar y volver a la revisión' }).click();
  await a.esperarPaso(9);
  await page.getByText('Su agenda está lista para enviar.').waitFor();
  assert.match(await page.title(), /^Paso 9 de 9/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new agenda is of the term the site prepares, even when config.json names another year than today\'s', async () => {
  const otroAnio = await startServer({ overrides: { 'config.json': JSON.stringify({ municipio: 'Villa del Río', anio_cierre: 2031 }) } });
  try {
    const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
    const a = new Asistente(page);
    // Straight to step 1 (a shared link): the agenda exists before config.json has arrived.
    await page.goto(`${otroAnio.url}#/paso/1`);
    await a.esperarPaso(1);
    await page.waitForFunction(() => document.body.innerText.includes('Paso 1 de 9'));
    await a.llenar('Nombre de la dependencia', 'Secretaría de Educación');
    await a.esperarGuardado();
    assert.deepEqual((await agendaGuardada(page)).periodo_gobierno, { inicio: '2028-01-01', fin: '2031-12-31' });
    assert.equal(await page.getByText(/pásela a ese período/).count(), 0);
    await page.goto(otroAnio.url);
    await page.getByText(/Cierre 2031 · Guardada el/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await otroAnio.close();
  }
});

/** Holds every request for config.json (a slow connection) until the returned function is called. */
async function retenerConfig(page) {
  let soltar;
  const llego = new Promise((r) => (soltar = r));
  await page.route('**/config.json', async (ruta) => {
    await llego;
    await ruta.continue();
  });
  return soltar;
}

/** Marks in `window.__arranco` when the app's wasm has started (Trunk's event). */
async function marcarArranque(page) {
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.__arranco = true)));
}

test('config.json that arrives after the app has started: the page says it is loading until then, then the term and the calendar are the file\'s, and the first edit is saved', async () => {
  const otroAnio = await startServer({ overrides: { 'config.json': JSON.stringify({ municipio: 'Villa del Río', anio_cierre: 2031 }) } });
  try {
    const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
    await marcarArranque(page);
    // A slow connection: the page's early fetch of config.json is still on its way when the app starts.
    const soltar = await retenerConfig(page);
    await page.goto(otroAnio.url);
    await page.waitForFunction(() => window.__arranco === true);
    // The page's own «Cargando…» stays: no frame of an app without its screen is drawn.
    await page.waitForTimeout(200);
    assert.equal(await page.locator('#carga-estado').innerText(), 'Cargando la aplicación…');
    assert.equal(await page.locator('#contenido').count(), 0);
    soltar();
    await page.getByText('Villa del Río: cierre de gobierno 2031').waitFor();
    assert.equal(await page.locator('#carga').count(), 0);
    const a = new Asistente(page);
    await page.getByRole('button', { name: 'Empezar' }).click();
    await a.esperarPaso(1);
    await a.llenar('Nombre de la dependencia', 'Secretaría de Educación');
    await a.esperarGuardado();
    const guardada = await agendaGuardada(page);
    assert.equal(guardada.dependencia.nombre, 'Secretaría de Educación');
    assert.deepEqual(guardada.periodo_gobierno, { inicio: '2028-01-01', fin: '2031-12-31' });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await otroAnio.close();
  }
});

test('a page without its own early fetch of config.json (a host that changed index.html): the app reads the file itself and shows «Cargando…» until it comes', async () => {
  const otroAnio = await startServer({ overrides: { 'config.json': JSON.stringify({ municipio: 'Villa del Río', anio_cierre: 2031 }) } });
  try {
    const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
    // The page's early fetch is left out: its script finds no window.fetch, as in a browser without it.
    await page.addInitScript(() => {
      const buscar = window.fetch;
      window.fetch = undefined;
      document.addEventListener('readystatechange', () => (window.fetch = buscar), { once: true });
    });
    const soltar = await retenerConfig(page);
    await page.goto(otroAnio.url);
    await page.locator('main p.cargando', { hasText: 'Cargando…' }).waitFor();
    assert.equal(await page.evaluate(() => window.configuracionDelSitio), undefined);
    soltar();
    await page.getByText('Villa del Río: cierre de gobierno 2031').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await otroAnio.close();
  }
});

test('with the offices listed in config.json, step 1 suggests their names and says when the one typed is not on the list', async () => {
  const dependencias = ['Secretaría de Salud', 'Secretaría de Gobierno', 'Instituto Municipal de Deportes'];
  const conLista = await startServer({
    overrides: { 'config.json': JSON.stringify({ municipio: 'San Rafael de la Sierra', anio_cierre: 2027, dependencias }) },
  });
  try {
    for (const [vp, viewport] of Object.entries(VIEWPORTS)) {
      const { page, context, errors } = await openPage(e.browser, viewport);
      const a = new Asistente(page);
      await page.goto(`${conLista.url}#/paso/1`);
      await a.esperarPaso(1);
      const nombre = page.getByLabel('Nombre de la dependencia', { exact: true });
      const lista = await nombre.getAttribute('list');
      assert.deepEqual(await page.locator(`datalist#${lista} option`).evaluateAll((os) => os.map((o) => o.value)), dependencias);
      await page.getByText('Elija el de su dependencia entre las sugerencias de Planeación').waitFor();

      await a.llenar('Nombre de la dependencia', 'Secretaría de Cultura');
      assert.match(await a.notaDe('Nombre de la dependencia'), /^Este nombre no está en la lista de dependencias de Planeación\./);
      await a.revisarAccesibilidad(`paso 1 con lista (${vp})`);
      await a.captura(`paso-1-lista-de-dependencias-${vp}`);
      await a.llenar('Nombre de la dependencia', 'secretaria de  salud');
      assert.equal(await a.notaDe('Nombre de la dependencia'), 'En la lista de Planeación se escribe «Secretaría de Salud».');
      await a.revisarAccesibilidad(`paso 1 con corrección (${vp})`);
      // One button writes it as the list does, and the name field keeps the focus.
      await a.boton('Escribir «Secretaría de Salud»').click();
      await page.locator('.nota-campo').waitFor({ state: 'detached' });
      assert.equal(await nombre.inputValue(), 'Secretaría de Salud');
      const idNombre = await nombre.getAttribute('id');
      await page.waitForFunction((id) => document.activeElement?.id === id, idNombre, { timeout: 2000 });
      assert.equal(await a.boton('Escribir «Secretaría de Salud»').count(), 0);
      assert.equal(await a.notaDe('Nombre de la dependencia'), null);
      await a.esperarGuardado();
      assert.equal((await agendaGuardada(page)).dependencia.nombre, 'Secretaría de Salud');
      assert.deepEqual(errors, []);
      await context.close();
    }
    // Without a list the name is free text, with the browser's own suggestions.
    const { page, context } = await openPage(e.browser, VIEWPORTS.escritorio);
    await page.goto(`${e.server.url}#/paso/1`);
    await new Asistente(page).esperarPaso(1);
    const nombre = page.getByLabel('Nombre de la dependencia', { exact: true });
    assert.equal(await nombre.getAttribute('list'), null);
    assert.equal(await nombre.getAttribute('autocomplete'), 'organization');
    await context.close();
  } finally {
    await conLista.close();
  }
});

test('with where and by when to hand in from config.json, the start screen and the review say it, and the download offers the mail to Planeación', async () => {
  const conEntrega = await startServer({
    overrides: {
      'config.json': JSON.stringify({
        municipio: 'San Rafael de la Sierra',
        anio_cierre: 2027,
        entrega: { correo: 'planeacion@sanrafael.gov.co', fecha_limite: '2099-03-15', indicaciones: 'También puede dejarlo en la carpeta compartida RdC.' },
      }),
    },
  });
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  try {
    const a = new Asistente(page);
    const como = 'Envíe el archivo a planeacion@sanrafael.gov.co a más tardar el domingo 15 de marzo de 2099. También puede dejarlo en la carpeta compartida RdC.';
    await guardarBorrador(page, conEntrega.url, MUESTRA.agenda);
    await page.reload();
    const fila = page.locator('.calendario-municipio .fila-resumen', { hasText: 'Entrega de la agenda' });
    assert.equal(await fila.locator('dd').innerText(), como);

    await page.goto(`${conEntrega.url}#/paso/9`);
    await a.esperarPaso(9);
    const descargas = page.getByRole('region', { name: 'Descargar y enviar' });
    await descargas.getByText(como).waitFor();
    assert.equal(await descargas.getByRole('link', { name: 'Escribir el correo a Planeación' }).count(), 0);
    const [descarga] = await Promise.all([page.waitForEvent('download'), a.boton('Descargar para enviar').click()]);
    const archivo = descarga.suggestedFilename();
    await descargas.getByRole('status').getByText(`Se descargó «${archivo}». Envíelo como adjunto a planeacion@sanrafael.gov.co.`).waitFor();
    const enlace = new URL(await descargas.getByRole('link', { name: 'Escribir el correo a Planeación' }).getAttribute('href'));
    assert.equal(enlace.protocol, 'mailto:');
    assert.equal(enlace.pathname, 'planeacion@sanrafael.gov.co');
    assert.equal(enlace.searchParams.get('subject'), 'Agenda de rendición de cuentas 2027 – Secretaría de Salud');
    assert.match(enlace.searchParams.get('body'), new RegExp(`en el archivo «${archivo.replace(/\./g, '\\.')}»`));
    await a.revisarAccesibilidad('descargas con la entrega');
    await a.captura('paso-9-entrega-telefono');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await conEntrega.close();
  }
});

test('without config.json the dates are computed from the current closing year', async () => {
  const sinConfig = await startServer({ overrides: { 'config.json': null } });
  const { page, context } = await openPage(e.browser, VIEWPORTS.escritorio);
  await page.goto(sinConfig.url);
  const hoy = new Date();
  const anio = hoy.getFullYear() + (((2027 - hoy.getFullYear()) % 4) + 4) % 4;
  await page.getByRole('heading', { name: `Cierre de gobierno ${anio}` }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
  await sinConfig.close();
});

test('a malformed config.json is reported in Spanish and the computed dates are used', async () => {
  const malo = await startServer({ overrides: { 'config.json': '{"anio_cierre": 2027, "fecha_eleccion": "31/10/2027"}' } });
  const { page, context } = await openPage(e.browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  await page.goto(malo.url);
  const alerta = page.getByRole('alert');
  await alerta.waitFor();
  assert.match(await alerta.innerText(), /config\.json no se puede usar/);
  assert.match(await alerta.innerText(), /fechas calculadas/);
  await a.revisarAccesibilidad('configuración con error');
  await context.close();
  await malo.close();
});
