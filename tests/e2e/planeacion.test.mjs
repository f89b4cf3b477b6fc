// Planeación's page: the files the offices sent, checked in the browser, and the municipal
// calendar built from them, downloaded as a calendar and a spreadsheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { axeViolations, openPage, screenshot, VIEWPORTS } from './support/browser.mjs';
import { canonico, CONFIG_2027 } from './support/asistente.mjs';
import { entorno, enWindows1252, muestra } from './support/entorno.mjs';
import { startServer } from './support/server.mjs';
import { loadValidator } from './support/schema.mjs';
import path from 'node:path';
import { DIST } from './support/server.mjs';

const e = entorno();

/** An exported file of `agenda`, with its checksum, as «Descargar para enviar» or a working copy writes it. */
function archivo(nombre, agenda, { copia = false, generado = '2027-10-01T14:00:00Z' } = {}) {
  const sobre = {
    ...muestra(),
    generado_en: generado,
    copia_de_trabajo: copia,
    agenda,
    sha256_agenda: crypto.createHash('sha256').update(canonico(agenda)).digest('hex'),
  };
  return { name: nombre, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sobre)) };
}

/** What four offices' files look like on Planeación's desk. */
function recibidos() {
  const salud = muestra().agenda;
  // Gobierno's file holds only its hearing (not yet ready: its other elements are missing),
  // the same morning and in the same hall as Salud's.
  const gobierno = structuredClone(salud);
  gobierno.id = 'AG-2027-GOBIERNO';
  gobierno.dependencia.nombre = 'Secretaría de Gobierno';
  gobierno.actividades = gobierno.actividades.filter(
    (a) => a.nombre === 'Audiencia pública participativa sectorial de salud',
  );
  gobierno.actividades[0].nombre = 'Audiencia pública de seguridad y convivencia';
  // An earlier working copy of Salud's agenda, with a topic since changed.
  const saludAntes = structuredClone(salud);
  saludAntes.objetivo = 'Borrador del objetivo';
  return [
    archivo('salud-borrador.json', saludAntes, { copia: true, generado: '2027-09-20T10:00:00Z' }),
    archivo('salud.json', salud),
    archivo('gobierno.json', gobierno),
    { name: 'cultura.json', mimeType: 'application/json', buffer: Buffer.from('{"formato": "agenda-rendicion') },
  ];
}

/** What the review of the received file `nombre` says, as the list shows it. */
function veredictoDe(page, nombre) {
  return page.locator('.archivo-recibido', { has: page.getByText(nombre, { exact: true }) }).locator('.veredicto').innerText();
}

async function descargar(page, nombreBoton) {
  const [descarga] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: nombreBoton, exact: true }).click(),
  ]);
  return { nombre: descarga.suggestedFilename(), texto: fs.readFileSync(await descarga.path(), 'utf8') };
}

for (const [vp, viewport] of Object.entries(VIEWPORTS)) {
  test(`Planeación checks the files received and downloads the municipal calendar (${vp})`, async () => {
    const { page, context, errors, warnings } = await openPage(e.browser, viewport);
    await page.goto(`${e.server.url}planeacion/`);
    await page.getByRole('heading', { level: 1, name: 'Revisar las agendas recibidas' }).waitFor();
    // The rules use the municipality's settings, published beside the offices' app.
    await page.getByText('Se revisa con la configuración del sitio: San Rafael de la Sierra, cierre de gobierno 2027.').waitFor();
    assert.equal(await page.title(), 'Revisar las agendas recibidas – Agenda de Rendición de Cuentas');
    assert.deepEqual(await axeViolations(page), []);

    await page.locator('#elegir-archivos').setInputFiles(recibidos());
    // The results take the focus, for the keyboard and a screen reader.
    await page.waitForFunction(() => document.activeElement?.id === 'titulo-archivos');
    assert.equal(await page.locator('#titulo-archivos').innerText(), 'Archivos revisados (4)');
    assert.equal(await page.locator('#titulo-archivos + p').innerText(), '1 archivo con errores, 1 sin leer.');
    // What needs the office's attention comes first: unreadable, with errors, a working copy, ready.
    assert.deepEqual(
      await page.locator('.archivo-nombre').allInnerTexts(),
      ['cultura.json', 'gobierno.json', 'salud-borrador.json', 'salud.json'],
    );
    // Without a list of offices in config.json, the page says how to get who is missing.
    await page.getByText('Para ver qué dependencias faltan por entregar, escriba sus nombres en la configuración del sitio, más abajo, y publique el config.json que descarga.').waitFor();
    await page.getByRole('link', { name: 'la configuración del sitio', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'config-dependencias');
    const veredicto = (nombre) =>
      page.locator('.archivo-recibido', { has: page.getByText(nombre, { exact: true }) }).locator('.veredicto').innerText();
    assert.equal(await veredicto('salud.json'), 'Lista para publicar');
    assert.match(await veredicto('gobierno.json'), /^Con \d+ errores/);
    assert.equal(await veredicto('salud-borrador.json'), 'Copia de trabajo, no la versión para enviar');
    const noCuenta = 'No cuenta en el calendario municipal: de esta agenda cuenta otro archivo';
    assert.deepEqual(await page.locator('.archivo-recibido', { hasText: noCuenta }).locator('.archivo-nombre').allInnerTexts(), ['salud-borrador.json']);
    assert.match(await veredicto('cultura.json'), /^No se pudo leer: El archivo está incompleto/);
    // Planeación writes to the office what its file still needs, to the contact the agenda names.
    const fila = (nombre) => page.locator('.archivo-recibido', { has: page.getByText(nombre, { exact: true }) });
    const escribir = fila('gobierno.json').getByRole('link', { name: 'Escribir a la dependencia lo que falta corregir en gobierno.json', exact: true });
    const correo = new URL(await escribir.getAttribute('href'));
    assert.equal(correo.protocol, 'mailto:');
    assert.equal(correo.pathname, muestra().agenda.dependencia.enlace_rdc.correo);
    assert.equal(correo.searchParams.get('subject'), 'Agenda de rendición de cuentas – Secretaría de Gobierno: lo que falta corregir');
    const cuerpo = correo.searchParams.get('body');
    assert.match(cuerpo, /en el archivo «gobierno\.json»: con \d+ errores/);
    assert.match(cuerpo, /\nLo que falta:\n- /);
    assert.ok(cuerpo.includes(`abra ese archivo en el asistente (${e.server.url}) con «Abrir un archivo»`), cuerpo);
    // Neither a ready file nor an older version of an agenda whose ready file counts.
    assert.equal(await fila('salud.json').getByRole('link', { name: /^Escribir a la dependencia/ }).count(), 0);
    assert.equal(await fila('salud-borrador.json').getByRole('link', { name: /^Escribir a la dependencia/ }).count(), 0);
    // Each finding with its rule, source and severity, as agenda-check prints it.
    const borrador = page.locator('.archivo-recibido', { has: page.getByText('salud-borrador.json', { exact: true }) });
    await borrador.getByText(/^Ver lo que encontró la revisión \(\d+\)$/).click();
    const copia = borrador.locator('.hallazgo', { hasText: 'Es una copia de trabajo' });
    assert.match(await copia.innerText(), /^Advertencia · ARCHIVO\n/);
    assert.match(await copia.innerText(), /Fuente: Formato de intercambio de la agenda/);

    // The calendar counts Salud once (its final file), and finds the two hearings in one hall.
    const calendario = page.getByRole('region', { name: 'Calendario municipal' });
    await calendario.getByText('6 espacios de diálogo de 2 dependencias.').waitFor();
    const cruces = await calendario.locator('.aviso li').allInnerTexts();
    assert.deepEqual(cruces, [
      'viernes 19 de noviembre de 2027: «Audiencia pública de seguridad y convivencia» (Secretaría de Gobierno, 09:00–12:30) '
        + 'y «Audiencia pública participativa sectorial de salud» (Secretaría de Salud, 09:00–12:30), en el mismo lugar (Casa de la Cultura).',
    ]);
    const espacios = calendario.locator('.lista-espacios > li');
    assert.equal(await espacios.count(), 6);
    assert.match(await espacios.first().innerText(), /^jueves 14 de octubre de 2027 · 08:00–11:00\n+Foro de salud mental juvenil — Secretaría de Salud/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `planeacion-${vp}`);

    const ics = await descargar(page, 'Descargar el calendario (.ics)');
    assert.equal(ics.nombre, 'rdc-municipal-2027-san-rafael-de-la-sierra.ics');
    const vcal = new ICAL.Component(ICAL.parse(ics.texto));
    assert.equal(vcal.getFirstPropertyValue('x-wr-calname'), 'Rendición de cuentas 2027 – San Rafael de la Sierra');
    const eventos = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(eventos.length, 6);
    assert.ok(eventos.some((ev) => ev.summary.includes('Audiencia pública de seguridad y convivencia') && ev.summary.includes('Secretaría de Gobierno')));
    const csv = await descargar(page, 'Descargar la hoja de cálculo (.csv)');
    assert.equal(csv.nombre, 'rdc-municipal-2027-san-rafael-de-la-sierra.csv');
    const filas = csv.texto.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(filas[0], 'Fecha;Hora de inicio;Hora de fin;Dependencia;Espacio de diálogo;Tipo de espacio;Modalidad;Lugar;Se cruza con');
    assert.equal(filas.length, 7);
    assert.ok(filas.some((f) => f.startsWith('2027-11-19;09:00;12:30;Secretaría de Gobierno;') && f.endsWith(';Audiencia pública participativa sectorial de salud (Secretaría de Salud)')));

    // On paper: the results and the calendar, without the drop zone or the buttons.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.abrir-archivo').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Descargar el calendario (.ics)' }).isVisible(), false);
    assert.equal(await calendario.locator('.lista-espacios').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });

    // All can be removed to start over, and the removal undone: the focus goes to the undo.
    await page.getByRole('button', { name: 'Quitar todos los archivos' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'deshacer-quitar');
    assert.equal(await page.locator('#titulo-archivos').count(), 0);
    assert.equal(await calendario.count(), 0);
    await page.getByRole('status').getByText('Se quitaron los 4 archivos.').waitFor();
    await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'titulo-archivos');
    assert.deepEqual(
      await page.locator('.archivo-nombre').allInnerTexts(),
      ['cultura.json', 'gobierno.json', 'salud-borrador.json', 'salud.json'],
    );
    await calendario.getByText('6 espacios de diálogo de 2 dependencias.').waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    await context.close();
  });
}

test('the offices\' app links to Planeación\'s page, which the offices never download', async () => {
  const { page, context, requests } = await openPage(e.browser, VIEWPORTS.escritorio);
  await page.goto(e.server.url);
  await page.waitForSelector('main h1');
  assert.ok(!requests.some((u) => u.includes('/planeacion')), requests.join('\n'));
  await page.getByRole('link', { name: 'Revisar las agendas recibidas (Planeación)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Revisar las agendas recibidas' }).waitFor();
  await page.getByRole('link', { name: 'Ir al asistente de las dependencias' }).click();
  await page.waitForSelector('main h1');
  assert.equal(new URL(page.url()).pathname, '/');
  await context.close();
});

test('several files dropped on Planeación\'s page are checked like chosen ones, and add to those there', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  await page.goto(`${e.server.url}planeacion/`);
  await page.locator('.abrir-archivo').waitFor();
  const soltar = async (nombres) => {
    const datos = await page.evaluateHandle(([nombres, texto]) => {
      const dt = new DataTransfer();
      for (const nombre of nombres) dt.items.add(new File([texto], nombre, { type: 'application/json' }));
      return dt;
    }, [nombres, JSON.stringify(muestra())]);
    await page.locator('.abrir-archivo').dispatchEvent('drop', { dataTransfer: datos });
  };
  await soltar(['salud.json', 'salud-otra-vez.json']);
  await page.getByRole('heading', { name: 'Archivos revisados (2)' }).waitFor();
  await soltar(['salud-tercera.json']);
  await page.getByRole('heading', { name: 'Archivos revisados (3)' }).waitFor();
  // The same agenda three times counts once.
  await page.getByText('5 espacios de diálogo de 1 dependencia.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the offices listed in config.json, Planeación sees who has not sent theirs', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const conLista = await startServer({
    overrides: {
      'config.json': JSON.stringify({
        ...JSON.parse(CONFIG_2027),
        dependencias: ['Secretaría de Salud', 'Secretaría de Gobierno', 'Secretaría de Educación', 'Instituto Municipal de Deportes'],
        entrega: { fecha_limite: '2020-03-16' },
      }),
    },
  });
  try {
    await page.goto(`${conLista.url}planeacion/`);
    await page.locator('.abrir-archivo').waitFor();
    const [saludBorrador, salud, gobierno] = recibidos();
    // Gobierno wrote its name without accents or capitals: it is still Gobierno.
    const gobiernoSinTildes = JSON.parse(gobierno.buffer);
    gobiernoSinTildes.agenda.dependencia.nombre = 'secretaria de gobierno';
    gobiernoSinTildes.sha256_agenda = crypto.createHash('sha256').update(canonico(gobiernoSinTildes.agenda)).digest('hex');
    const cultura = structuredClone(muestra().agenda);
    cultura.id = 'AG-2027-CULTURA';
    cultura.dependencia.nombre = 'Secretaría de Cultura y Turismo';
    await page.locator('#elegir-archivos').setInputFiles([
      saludBorrador,
      salud,
      { ...gobierno, buffer: Buffer.from(JSON.stringify(gobiernoSinTildes)) },
      archivo('cultura-turismo-con-un-nombre-de-archivo-muy-largo-sin-espacios.json', cultura),
    ]);
    const entregas = page.getByRole('region', { name: 'Entregas' });
    await entregas.waitFor();
    assert.equal(await entregas.locator('h2 + p').innerText(), 'El plazo de entrega venció el lunes 16 de marzo de 2020.');
    assert.equal(await entregas.locator('h2 + p + p').innerText(), 'Han entregado 2 de 4 dependencias.');
    const listas = entregas.locator('.lista-entregas');
    assert.equal(await entregas.getByRole('heading', { level: 3 }).first().innerText(), 'Faltan por entregar (2)');
    assert.deepEqual(await listas.nth(0).locator('li').allInnerTexts(), ['Secretaría de Educación', 'Instituto Municipal de Deportes']);
    assert.equal(await entregas.getByRole('heading', { level: 3 }).nth(1).innerText(), 'No están en la lista de dependencias (1)');
    assert.deepEqual(await listas.nth(1).locator('li').allInnerTexts(), [
      'Secretaría de Cultura y Turismo — cultura-turismo-con-un-nombre-de-archivo-muy-largo-sin-espacios.json',
    ]);
    assert.equal(await page.getByText('Para ver qué dependencias faltan por entregar').count(), 0);
    assert.equal(await entregas.getByText('Dependencias con más de una agenda').count(), 0);

    // Salud started over and sent a second agenda (another id): the calendar would count both.
    const saludOtra = structuredClone(muestra().agenda);
    saludOtra.id = 'AG-2027-SALUD-OTRA';
    await page.locator('#elegir-archivos').setInputFiles([archivo('salud-empezada-de-nuevo.json', saludOtra)]);
    await entregas.getByRole('heading', { name: 'Dependencias con más de una agenda (1)' }).waitFor();
    assert.deepEqual(await listas.nth(2).locator('li').allInnerTexts(), ['Secretaría de Salud: salud.json, salud-empezada-de-nuevo.json']);
    assert.equal(await entregas.locator('h2 + p + p').innerText(), 'Han entregado 2 de 4 dependencias.');
    assert.deepEqual(await axeViolations(page), []);
    // Nothing sideways on a phone, long file names included.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    await screenshot(page, 'planeacion-entregas-telefono');

    // The state of the deliveries as a spreadsheet, for Planeación's report.
    const hoja = await descargar(page, 'Descargar el estado de las entregas (.csv)');
    assert.equal(hoja.nombre, 'entregas-rdc-2027-san-rafael-de-la-sierra.csv');
    const filasHoja = hoja.texto.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.deepEqual(filasHoja.map((f) => f.split(';').slice(0, 4).join(';')), [
      'Dependencia;En la lista de Planeación;Estado;Archivo',
      'Secretaría de Salud;Sí;Lista para publicar;salud.json',
      'Secretaría de Salud;Sí;Lista para publicar;salud-empezada-de-nuevo.json',
      'secretaria de gobierno;Sí;Con 2 errores y 1 advertencia sin justificar;gobierno.json',
      'Secretaría de Educación;Sí;Falta por entregar;',
      'Instituto Municipal de Deportes;Sí;Falta por entregar;',
      'Secretaría de Cultura y Turismo;No;Lista para publicar;cultura-turismo-con-un-nombre-de-archivo-muy-largo-sin-espacios.json',
    ]);
    await entregas.getByRole('status').getByText('Se descargó «entregas-rdc-2027-san-rafael-de-la-sierra.csv».').waitFor();

    // The one that is left over goes with its own button; the others stay.
    await page.getByRole('button', { name: 'Quitar salud-empezada-de-nuevo.json', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'titulo-archivos');
    assert.equal(await page.locator('#titulo-archivos').innerText(), 'Archivos revisados (4)');
    assert.equal(await entregas.getByText('Dependencias con más de una agenda').count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Quitar .*\.json$/ }).count(), 4);
    // The download's status spoke of the list before the change: it is gone.
    assert.equal(await entregas.locator('.estado-descarga').innerText(), '');
    assert.deepEqual(errors, []);
  } finally {
    // The page first: a server waits for the connections the browser keeps open.
    await context.close();
    await conLista.close();
  }
});

test('Planeación\'s files stay in the browser: a reload reviews them again, a removal can be undone, another tab follows', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono, { timezoneId: 'America/Bogota' });
  try {
    await page.goto(`${e.server.url}planeacion/`);
    await page.locator('.abrir-archivo').waitFor();
    await page.getByText('quedan guardados en él, para que no tenga que elegirlos de nuevo, hasta que los quite.', { exact: false }).waitFor();
    const [saludBorrador, salud, gobierno, cultura] = recibidos();
    await page.locator('#elegir-archivos').setInputFiles([salud, gobierno, cultura]);
    await page.getByRole('heading', { name: 'Archivos revisados (3)' }).waitFor();
    // The same file chosen again is listed once; another version of it is a file of its own.
    await page.locator('#elegir-archivos').setInputFiles([salud, saludBorrador]);
    await page.getByRole('heading', { name: 'Archivos revisados (4)' }).waitFor();
    await page.getByRole('status').getByText('«salud.json» ya estaba en la lista.').waitFor();

    // A reload, or coming back another day: the same files, reviewed again.
    await page.reload();
    await page.getByRole('heading', { name: 'Archivos revisados (4)' }).waitFor();
    const enOrden = ['cultura.json', 'gobierno.json', 'salud-borrador.json', 'salud.json'];
    assert.deepEqual(await page.locator('.archivo-nombre').allInnerTexts(), enOrden);
    assert.equal(await veredictoDe(page, 'salud.json'), 'Lista para publicar');
    assert.match(await veredictoDe(page, 'cultura.json'), /^No se pudo leer: El archivo está incompleto/);
    // Which version each file is: when the office downloaded it, in Planeación's time zone.
    const fila = (nombre) => page.locator('.archivo-recibido', { has: page.getByText(nombre, { exact: true }) });
    await fila('salud.json').getByText('Descargado del asistente el 1 de octubre de 2027 a las 09:00.', { exact: true }).waitFor();
    await fila('salud-borrador.json').getByText('Descargado del asistente el 20 de septiembre de 2027 a las 05:00.', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Calendario municipal' }).getByText('6 espacios de diálogo de 2 dependencias.').waitFor();

    // A second tab shows the same files and follows what the first one does.
    const otra = await context.newPage();
    await otra.goto(`${e.server.url}planeacion/`);
    await otra.getByRole('heading', { name: 'Archivos revisados (4)' }).waitFor();
    await page.getByRole('button', { name: 'Quitar gobierno.json', exact: true }).click();
    await page.getByRole('status').getByText('Se quitó «gobierno.json».').waitFor();
    await otra.getByRole('heading', { name: 'Archivos revisados (3)' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'planeacion-quitado-telefono');
    await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'titulo-archivos');
    assert.deepEqual(await page.locator('.archivo-nombre').allInnerTexts(), enOrden);
    await otra.getByRole('heading', { name: 'Archivos revisados (4)' }).waitFor();
    // And the other way round: a file chosen in the second tab appears in the first.
    const educacion = structuredClone(muestra().agenda);
    educacion.id = 'AG-2027-EDUCACION';
    educacion.dependencia.nombre = 'Secretaría de Educación';
    await otra.locator('#elegir-archivos').setInputFiles([archivo('educacion.json', educacion)]);
    await page.getByRole('heading', { name: 'Archivos revisados (5)' }).waitFor();
    assert.equal(await veredictoDe(page, 'educacion.json'), 'Lista para publicar');

    // Removed files stay removed.
    await page.getByRole('button', { name: 'Quitar todos los archivos' }).click();
    await page.getByRole('status').getByText('Se quitaron los 5 archivos.').waitFor();
    await otra.locator('#titulo-archivos').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText('Se revisa con la configuración del sitio').waitFor();
    assert.equal(await page.locator('#titulo-archivos').count(), 0);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('agenda-rdc.recibido.'))), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a file saved again in Windows-1252 is reviewed with every accent, and its row says how it was read, also after a reload', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  try {
    await page.goto(`${e.server.url}planeacion/`);
    await page.getByText('Se revisa con la configuración del sitio').waitFor();
    const [, salud] = recibidos();
    const cultura = structuredClone(muestra().agenda);
    cultura.id = 'AG-2027-CULTURA';
    cultura.dependencia.nombre = 'Secretaría de Cultura y Turismo';
    const ansi = archivo('cultura-ansi.json', cultura);
    ansi.buffer = enWindows1252(ansi.buffer.toString('utf8'));
    await page.locator('#elegir-archivos').setInputFiles([salud, ansi]);
    await page.getByRole('heading', { name: 'Archivos revisados (2)' }).waitFor();
    const fila = (nombre) => page.locator('.archivo-recibido', { has: page.getByText(nombre, { exact: true }) });
    const revisar = async () => {
      // Read in its own encoding the agenda is as written: its checksum matches and it is ready.
      await fila('cultura-ansi.json').getByText('Secretaría de Cultura y Turismo', { exact: true }).waitFor();
      assert.equal(await veredictoDe(page, 'cultura-ansi.json'), 'Lista para publicar');
      assert.match(await fila('cultura-ansi.json').locator('.aviso-en-archivo').innerText(), /se leyó como Windows-1252.*Revise que las tildes y las eñes se vean bien/s);
      assert.equal(await fila('salud.json').locator('.aviso-en-archivo').count(), 0);
    };
    await revisar();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'planeacion-windows-1252-telefono');
    await page.reload();
    await page.getByRole('heading', { name: 'Archivos revisados (2)' }).waitFor();
    await revisar();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a file the full storage cannot keep is still reviewed and stays on the page, which says so; a damaged kept one can be removed', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  try {
    await page.goto(`${e.server.url}planeacion/`);
    await page.locator('.abrir-archivo').waitFor();
    await page.evaluate(() => localStorage.setItem('agenda-rdc.recibido.0123', '{"version": 1, "nombre": '));
    await page.reload();
    await page.getByRole('heading', { name: 'Archivos revisados (1)' }).waitFor();
    const danado = 'Archivo guardado que no se puede leer';
    assert.equal(
      await veredictoDe(page, danado),
      'No se pudo leer: la copia guardada en este navegador está dañada. Quítelo y, si lo necesita, elija de nuevo el archivo que envió la dependencia.',
    );
    await page.getByRole('button', { name: `Quitar ${danado}`, exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'deshacer-quitar');
    assert.equal(await page.evaluate(() => localStorage.getItem('agenda-rdc.recibido.0123')), null);

    // This site's storage is full.
    await page.evaluate(() => {
      let tamano = 1 << 20;
      for (let i = 0; tamano >= 64; i++) {
        try {
          localStorage.setItem(`relleno-${i}`, 'x'.repeat(tamano));
        } catch {
          tamano >>= 1;
        }
      }
    });
    const [, salud, gobierno] = recibidos();
    await page.locator('#elegir-archivos').setInputFiles([salud, gobierno]);
    const aviso = page.getByRole('alert');
    await aviso.waitFor();
    assert.equal(
      await aviso.innerText(),
      '«salud.json» y «gobierno.json» no quedaron guardados en este navegador: el almacenamiento está lleno. '
        + 'Se revisaron y siguen en esta página hasta que la cierre. Para guardarlos, quite los archivos que ya no necesite y vuelva a elegirlos.',
    );
    assert.equal(await page.locator('#titulo-archivos').innerText(), 'Archivos revisados (2)');
    assert.equal(await veredictoDe(page, 'salud.json'), 'Lista para publicar');
    await page.getByRole('region', { name: 'Calendario municipal' }).getByText('6 espacios de diálogo de 2 dependencias.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'planeacion-almacenamiento-lleno-escritorio');

    // With room made, the same file chosen again is kept, not listed twice.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('relleno-')).forEach((k) => localStorage.removeItem(k)));
    await page.locator('#elegir-archivos').setInputFiles([salud]);
    await page.getByRole('status').getByText('«salud.json» ya estaba en la lista.').waitFor();
    await aviso.getByText('«gobierno.json» no quedó guardado en este navegador: el almacenamiento está lleno. Se revisó y sigue').waitFor();
    assert.equal(await page.locator('#titulo-archivos').innerText(), 'Archivos revisados (2)');
    await page.reload();
    await page.getByRole('heading', { name: 'Archivos revisados (1)' }).waitFor();
    assert.deepEqual(await page.locator('.archivo-nombre').allInnerTexts(), ['salud.json']);
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);

    // A browser that keeps nothing (storage blocked) says so before any file is chosen.
    const bloqueada = await context.newPage();
    await bloqueada.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('El acceso está bloqueado', 'SecurityError');
        },
      });
    });
    await bloqueada.goto(`${e.server.url}planeacion/`);
    await bloqueada.getByRole('alert').getByText(
      'Los archivos se revisan, pero no quedan guardados en este navegador: el navegador no permite guardar. Si recarga la página, tendrá que elegirlos de nuevo.',
    ).waitFor();
    await bloqueada.locator('#elegir-archivos').setInputFiles([gobierno]);
    await bloqueada.getByRole('alert').getByText(
      '«gobierno.json» no quedó guardado en este navegador: el navegador no permite guardar. Se revisó y sigue en esta página hasta que la cierre.',
      { exact: true },
    ).waitFor();
    assert.equal(await veredictoDe(bloqueada, 'gobierno.json').then((v) => v.startsWith('Con ')), true);
  } finally {
    await context.close();
  }
});

test('without config.json each agenda is checked for its own year, and a malformed one says how to fix it', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const sinConfig = await startServer({ overrides: { 'config.json': null } });
  await page.goto(`${sinConfig.url}planeacion/`);
  await page.getByText('El sitio no tiene config.json: cada agenda se revisa con las fechas calculadas para su año de cierre.').waitFor();
  await page.locator('#elegir-archivos').setInputFiles({
    name: 'salud.json', mimeType: 'application/json', buffer: fs.readFileSync(new URL('../fixtures/muestra_exportada.json', import.meta.url)),
  });
  await page.getByText('Lista para publicar').waitFor();

  const mala = await startServer({ overrides: { 'config.json': '{"anio_cierre": 2027, "fecha_eleccion": "31/10/2027"}' } });
  await page.goto(`${mala.url}planeacion/`);
  const alerta = page.getByRole('alert');
  await alerta.waitFor();
  assert.match(await alerta.innerText(), /config\.json no se puede usar/);
  // Planeación publishes the file: the page says to fix it, not to tell Planeación.
  assert.match(await alerta.innerText(), /Corríjalo en el config\.json publicado junto a la aplicación/);
  assert.doesNotMatch(await alerta.innerText(), /Avise a la Secretaría de Planeación/);
  assert.deepEqual(await axeViolations(page), []);
  // The browser logs the missing config.json itself; nothing else went wrong.
  assert.deepEqual(errors.filter((x) => !x.includes('status of 404')), []);
  // The page first: a server waits for the connections the browser keeps open.
  await context.close();
  await sinConfig.close();
  await mala.close();
});

test('Planeación prepares the site\'s config.json in a form: its errors point at the fields, the download is what the wizard reads, and a reload keeps the typing', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await page.goto(`${e.server.url}planeacion/`);
  // The page's introduction leads to the form at its end.
  await page.getByRole('link', { name: 'la configuración del sitio (config.json)' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'titulo-config');
  // The form starts from the published file.
  const municipio = page.getByLabel('Municipio (opcional)', { exact: true });
  await municipio.waitFor();
  assert.equal(await municipio.inputValue(), 'San Rafael de la Sierra');
  assert.equal(await page.locator('#config-anio').inputValue(), '2027');
  assert.equal(await page.locator('#config-credencial').inputValue(), '2027-11-12');
  assert.equal(await page.locator('#config-eleccion-nota').innerText(), 'Vacía: se usa la calculada, el domingo 31 de octubre de 2027 (último domingo de octubre).');
  assert.equal(await page.getByRole('button', { name: 'Volver al config.json publicado' }).count(), 0);
  // The phases' dates are the memo's: their part stays closed.
  assert.equal(await page.locator('details:has(#config-fases)').getAttribute('open'), null);

  // Mistakes are listed when downloading, each a link to its field; nothing is downloaded.
  await page.getByLabel('Dependencias que deben entregar agenda (opcional)').fill('Secretaría de  Salud\nSecretaría de Gobierno\n\nsecretaria de salud');
  assert.equal(await page.locator('#config-dependencias-nota').innerText(), '3 dependencias en la lista.');
  await page.getByLabel('Correo de Planeación que recibe las agendas (opcional)').fill('planeacion');
  let descargas = 0;
  page.on('download', () => { descargas += 1; });
  await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  const resumen = page.locator('#resumen-errores');
  assert.deepEqual(await resumen.getByRole('link').allInnerTexts(), [
    '«secretaria de salud» está dos veces en la lista de dependencias (con otras mayúsculas, tildes o espacios es la misma).',
    '«planeacion» no es una dirección de correo electrónico: escríbala completa, por ejemplo planeacion@municipio.gov.co.',
  ]);
  assert.equal(await page.locator('#config-correo').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#config-correo').getAttribute('aria-describedby'), /config-correo-error/);
  assert.deepEqual(await axeViolations(page), []);
  await resumen.getByRole('link', { name: /no es una dirección de correo/ }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'config-correo');
  assert.equal(descargas, 0);

  // Corrected, the file downloads with only what was given, tidied, valid against the published schema.
  await page.getByLabel('Dependencias que deben entregar agenda (opcional)').fill('Secretaría de  Salud\nSecretaría de Gobierno\n');
  await page.getByLabel('Correo de Planeación que recibe las agendas (opcional)').fill('planeacion@sanrafael.gov.co');
  await page.getByLabel('Fecha límite de entrega (opcional)').fill('2027-03-15');
  assert.equal(await page.locator('#config-limite-nota').innerText(), 'Lunes 15 de marzo de 2027');
  await page.getByLabel('Año de cierre de gobierno').selectOption('2031');
  // The preview follows the year; 2031 makes the credential date (2027) fall before its election.
  await page.getByText('Con estos datos no se puede armar el calendario del cierre').waitFor();
  await page.getByLabel('Año de cierre de gobierno').selectOption('2027');
  const vista = page.locator('.calendario-municipio', { hasText: 'Así lo verán las dependencias' });
  await vista.getByText('San Rafael de la Sierra: cierre de gobierno 2027').waitFor();
  assert.match(await vista.innerText(), /Entrega de la agenda\s+Envíe el archivo a planeacion@sanrafael\.gov\.co/);
  const { nombre, texto } = await descargar(page, 'Descargar config.json');
  assert.equal(nombre, 'config.json');
  const config = JSON.parse(texto);
  assert.deepEqual(config, {
    municipio: 'San Rafael de la Sierra',
    anio_cierre: 2027,
    fecha_credencial: '2027-11-12',
    dependencias: ['Secretaría de Salud', 'Secretaría de Gobierno'],
    entrega: { correo: 'planeacion@sanrafael.gov.co', fecha_limite: '2027-03-15' },
  });
  const valida = loadValidator(path.join(DIST, 'schema/config.schema.json'));
  assert.ok(valida(config), JSON.stringify(valida.errors));
  await page.getByText('Se descargó «config.json». Publíquelo en lugar del config.json').waitFor();
  assert.equal(await resumen.count(), 0);

  // A reload keeps what was typed, and says it is not the published file.
  await page.reload();
  await page.getByText(/^Sigue con el config\.json que preparaba en este navegador \(guardado el .+\), que no es el publicado\.$/).waitFor();
  // As typed (the download is the tidied copy).
  assert.equal(await page.locator('#config-dependencias').inputValue(), 'Secretaría de  Salud\nSecretaría de Gobierno');
  // Going back to the published file can be undone.
  await page.getByRole('button', { name: 'Volver al config.json publicado' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'config-deshacer');
  assert.equal(await page.locator('#config-dependencias').inputValue(), '');
  assert.equal(await page.locator('#config-correo').inputValue(), '');
  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  assert.equal(await page.locator('#config-correo').inputValue(), 'planeacion@sanrafael.gov.co');
  assert.deepEqual(errors, []);
  await context.close();

  // Published, the downloaded file is what the wizard and Planeación's page read.
  const publicado = await startServer({ overrides: { 'config.json': texto } });
  const otra = await openPage(e.browser, VIEWPORTS.escritorio);
  try {
    await otra.page.goto(publicado.url);
    const calendario = otra.page.locator('.calendario-municipio');
    await calendario.getByText('San Rafael de la Sierra: cierre de gobierno 2027').waitFor();
    assert.match(await calendario.innerText(), /Entrega de la agenda\s+Envíe el archivo a planeacion@sanrafael\.gov\.co/);
    await otra.page.goto(`${publicado.url}planeacion/`);
    await otra.page.locator('#elegir-archivos').setInputFiles(recibidos()[1]);
    await otra.page.getByText('Faltan por entregar').waitFor();
    assert.match(await otra.page.locator('main').innerText(), /Faltan por entregar \(1\)\s+Secretaría de Gobierno\n/);
    assert.deepEqual(otra.errors, []);
  } finally {
    await otra.context.close();
    await publicado.close();
  }
});

test('a damaged config.json kept in the browser is offered for download and nothing is saved over it until Planeación decides', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await page.goto(`${e.server.url}planeacion/`);
  await page.evaluate(() => localStorage.setItem('agenda-rdc.planeacion.config', '{roto'));
  await page.reload();
  const alerta = page.getByRole('alert').filter({ hasText: 'que preparaba en este navegador no se puede leer' });
  await alerta.waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Municipio (opcional)', { exact: true }).fill('Otro municipio');
  assert.equal(await page.evaluate(() => localStorage.getItem('agenda-rdc.planeacion.config')), '{roto');
  const [descarga] = await Promise.all([
    page.waitForEvent('download'),
    alerta.getByRole('button', { name: 'Descargar el texto guardado' }).click(),
  ]);
  assert.equal(fs.readFileSync(await descarga.path(), 'utf8'), '{roto');
  await alerta.waitFor({ state: 'detached' });
  // Once it is downloaded, the typing is kept again.
  await page.getByLabel('Municipio (opcional)', { exact: true }).fill('Otro municipio 2');
  const guardada = JSON.parse(await page.evaluate(() => localStorage.getItem('agenda-rdc.planeacion.config')));
  assert.equal(JSON.parse(guardada.texto).municipio, 'Otro municipio 2');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs preparing config.json show the same typing, so neither undoes the other', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.escritorio);
  await page.goto(`${e.server.url}planeacion/`);
  const otra = await context.newPage();
  await otra.goto(`${e.server.url}planeacion/`);
  const municipio = (p) => p.getByLabel('Municipio (opcional)', { exact: true });
  await municipio(page).fill('San Rafael');
  await otra.waitForFunction(() => document.getElementById('config-municipio')?.value === 'San Rafael');
  await otra.getByLabel('Dependencias que deben entregar agenda (opcional)').fill('Secretaría de Salud\nIMDER');
  await page.waitForFunction(() => document.getElementById('config-dependencias')?.value === 'Secretaría de Salud\nIMDER');
  assert.equal(await municipio(otra).inputValue(), 'San Rafael');
  const guardada = JSON.parse(await page.evaluate(() => localStorage.getItem('agenda-rdc.planeacion.config')));
  assert.deepEqual(JSON.parse(guardada.texto), {
    municipio: 'San Rafael', anio_cierre: 2027, fecha_credencial: '2027-11-12', dependencias: ['Secretaría de Salud', 'IMDER'],
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Planeación sets the dates of the closing phases: blanks are the memo\'s, a published mistake shows in its field, and the wizard uses what is downloaded', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const mala = await startServer({ overrides: { 'config.json': JSON.stringify({
    anio_cierre: 2027, ventanas: { rendicion_cuentas: { desde: '2027-12-01', hasta: '2027-10-01' } }, dependencias: ['Secretaría de Salud'],
  }) } });
  let publicado;
  try {
    await page.goto(`${mala.url}planeacion/`);
    // The form starts from the published file, mistake included: the dates are in their fields.
    assert.equal(await page.locator('#config-rendicion-desde').inputValue(), '2027-12-01');
    assert.equal(await page.locator('#config-rendicion-hasta').inputValue(), '2027-10-01');
    assert.equal(await page.locator('#config-informe-desde').inputValue(), '');
    assert.equal(await page.locator('#config-informe-desde-nota').innerText(), 'Vacía: la del memorando, el jueves 1 de abril de 2027.');
    assert.equal(await page.locator('#config-empalme-desde-nota').innerText(), 'Vacía: el día siguiente a las elecciones, el lunes 1 de noviembre de 2027.');
    assert.match(await page.locator('#config-festivos').textContent(), /^Se usan los festivos de Colombia de 2027 y 2028/);
    await page.getByText('Con estos datos no se puede armar el calendario del cierre').waitFor();

    const resumen = page.locator('#resumen-errores');
    await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
    assert.deepEqual(await resumen.getByRole('link').allInnerTexts(), [
      'La fase de rendición de cuentas termina el 1 de octubre de 2027, antes de empezar (el 1 de diciembre de 2027): corrija una de las dos fechas.',
    ]);
    await resumen.getByRole('link').click();
    await page.waitForFunction(() => document.activeElement?.id === 'config-rendicion-desde');
    assert.equal(await page.locator('#config-rendicion-desde').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await axeViolations(page), []);

    // The empalme cannot start before there is a mayor-elect: on election day it is refused too.
    await page.locator('#config-rendicion-desde').fill('2027-10-04');
    await page.locator('#config-rendicion-hasta').fill('');
    assert.equal(await page.locator('#config-rendicion-hasta-nota').innerText(), 'Vacía: la del memorando, el martes 30 de noviembre de 2027.');
    await page.locator('#config-empalme-desde').fill('2027-10-31');
    await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
    assert.deepEqual(await resumen.getByRole('link').allInnerTexts(), [
      'El empalme no puede empezar el 31 de octubre de 2027: aún no hay alcalde electo (las elecciones son el 31 de octubre de 2027). Déjelo vacío para empezar el día siguiente a las elecciones.',
    ]);
    await screenshot(page, 'config-fases-error-telefono');

    // Fixed, the file gives only the dates written; the preview and the wizard use them.
    await page.locator('#config-empalme-desde').fill('2027-11-16');
    await page.locator('#config-informe-desde').fill('2027-03-01');
    // A date left half-typed is not dropped from the file without a word.
    await page.locator('#config-informe-hasta').focus();
    await page.keyboard.type('09');
    await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
    assert.deepEqual(await resumen.getByRole('link').allInnerTexts(), ['Complete la fecha (día, mes y año) en «Último día», o bórrela']);
    await resumen.getByRole('link').click();
    await page.waitForFunction(() => document.activeElement?.id === 'config-informe-hasta');
    assert.equal(await page.locator('#config-informe-hasta').getAttribute('aria-invalid'), 'true');
    await page.locator('#config-informe-hasta').fill('');
    assert.equal(await page.locator('#config-informe-hasta').getAttribute('aria-invalid'), null);
    const vista = page.locator('.calendario-municipio', { hasText: 'Así lo verán las dependencias' });
    await vista.getByText('4 de octubre al 30 de noviembre de 2027').waitFor();
    const { texto } = await descargar(page, 'Descargar config.json');
    const config = JSON.parse(texto);
    assert.deepEqual(config, {
      anio_cierre: 2027,
      ventanas: { informe_gestion: { desde: '2027-03-01' }, rendicion_cuentas: { desde: '2027-10-04' }, empalme_desde: '2027-11-16' },
      dependencias: ['Secretaría de Salud'],
    });
    const valida = loadValidator(path.join(DIST, 'schema/config.schema.json'));
    assert.ok(valida(config), JSON.stringify(valida.errors));
    assert.deepEqual(errors, []);

    publicado = await startServer({ overrides: { 'config.json': texto } });
    await page.goto(publicado.url);
    const calendario = page.locator('.calendario-municipio');
    await calendario.getByText('Cierre de gobierno 2027').waitFor();
    const fechas = await calendario.innerText();
    assert.match(fechas, /Informe de gestión\s+1 de marzo al 30 de septiembre de 2027/);
    assert.match(fechas, /Rendición de cuentas\s+4 de octubre al 30 de noviembre de 2027/);
    assert.match(fechas, /Empalme\s+desde el 16 de noviembre de 2027/);
    // The review's calendar starts with the first phase, so March is not cut off.
    await page.goto(`${publicado.url}#/paso/9`);
    await page.getByRole('heading', { name: 'Calendario de marzo a diciembre de 2027' }).waitFor();
    assert.match(await page.locator('.crono-leyenda').innerText(), /1 de marzo al 30 de septiembre de 2027/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await mala.close();
    await publicado?.close();
  }
});

test('Planeación adds the municipality\'s days off to Colombia\'s holidays, takes one out, and can go back to the computed ones', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await page.goto(`${e.server.url}planeacion/`);
  await page.getByText('Festivos y días no hábiles (avanzado)').click();
  const resumen = page.locator('#config-festivos');
  assert.equal(await resumen.innerText(), 'Se usan los festivos de Colombia de 2027 y 2028 (36 días), calculados según la Ley 51 de 1983.');
  const lista = page.locator('.lista-quitables li');
  assert.equal(await lista.count(), 36);
  assert.equal(await lista.nth(0).innerText(), 'Viernes 1 de enero de 2027\nAño Nuevo\nQuitar');

  const nuevo = page.getByLabel('Otro día no hábil del municipio', { exact: true });
  await nuevo.fill('2027-11-05');
  await page.getByRole('button', { name: 'Agregar el día', exact: true }).click();
  await page.getByText('Se agregó el viernes 5 de noviembre de 2027.').waitFor();
  assert.equal(await resumen.innerText(), 'Este config.json tiene su propia lista: 37 días.');
  assert.match(await lista.filter({ hasText: 'Viernes 5 de noviembre de 2027' }).innerText(), /Día no hábil del municipio/);
  assert.equal(await nuevo.inputValue(), '');
  await nuevo.fill('2027-11-05');
  await page.getByRole('button', { name: 'Agregar el día', exact: true }).click();
  assert.equal(await page.locator('#config-festivo-nuevo-error').textContent(), 'Error: El viernes 5 de noviembre de 2027 ya está en la lista.');
  assert.equal(await nuevo.getAttribute('aria-invalid'), 'true');

  // Taking a day out moves the focus to the day after it.
  await page.getByRole('button', { name: 'Quitar el lunes 18 de octubre de 2027', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'config-festivo-2027-11-01');
  assert.deepEqual(await axeViolations(page), []);
  const { texto } = await descargar(page, 'Descargar config.json');
  const config = JSON.parse(texto);
  assert.equal(config.festivos.length, 36);
  assert.ok(config.festivos.includes('2027-11-05') && !config.festivos.includes('2027-10-18'));
  const valida = loadValidator(path.join(DIST, 'schema/config.schema.json'));
  assert.ok(valida(config), JSON.stringify(valida.errors));

  // Back to Colombia's, which can be undone.
  await page.getByRole('button', { name: 'Volver a los festivos de Colombia calculados' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'config-festivos-deshacer');
  assert.equal(await lista.count(), 36);
  assert.equal(await lista.filter({ hasText: 'Día no hábil del municipio' }).count(), 0);
  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  assert.equal(await lista.filter({ hasText: 'Día no hábil del municipio' }).count(), 1);
  assert.equal(await lista.filter({ hasText: 'Lunes 18 de octubre de 2027' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a published list of holidays from another year is refused, and its link opens the part of the form that holds it', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const viejo = await startServer({ overrides: { 'config.json': JSON.stringify({ anio_cierre: 2027, festivos: ['2023-10-16', '2023-11-06'] }) } });
  try {
    await page.goto(`${viejo.url}planeacion/`);
    const detalle = page.locator('#config-festivos-detalle');
    assert.equal(await detalle.getAttribute('open'), '');
    await page.getByText('Festivos y días no hábiles (avanzado)').click();
    assert.equal(await detalle.getAttribute('open'), null);
    await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
    const enlace = page.locator('#resumen-errores').getByRole('link');
    assert.deepEqual(await enlace.allInnerTexts(), [
      'La lista de festivos no tiene ningún día de 2027, el año de cierre: vuelva a los festivos de Colombia calculados y agregue los días del municipio.',
    ]);
    await enlace.click();
    await page.waitForFunction(() => document.activeElement?.id === 'config-festivos');
    assert.equal(await detalle.getAttribute('open'), '');
    assert.match(await detalle.innerText(), /Error:\s+La lista de festivos no tiene ningún día de 2027/);
    await page.getByRole('button', { name: 'Volver a los festivos de Colombia calculados' }).click();
    const { texto } = await descargar(page, 'Descargar config.json');
    assert.deepEqual(JSON.parse(texto), { anio_cierre: 2027 });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await viejo.close();
  }
});

test('a check\'s own severity in the published file is shown and kept, and one for a rule that does not exist is refused until taken out', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  const publicado = await startServer({ overrides: { 'config.json': JSON.stringify({
    anio_cierre: 2027, severidades: { 'V-TIM-03': 'advertencia', 'V-TIM-05.credencial': 'desactivada', 'V-XXX-01': 'info' },
  }) } });
  try {
    await page.goto(`${publicado.url}planeacion/`);
    assert.equal(await page.locator('#config-regla-V-TIM-03').inputValue(), 'advertencia');
    const otras = page.locator('#config-otras-severidades');
    assert.deepEqual(await otras.locator('li').allInnerTexts(), [
      'V-TIM-05.credencial: desactivada\nQuitar',
      'V-XXX-01: información\nNo existe en esta versión de la aplicación.\nQuitar',
    ]);
    await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
    const enlace = page.locator('#resumen-errores').getByRole('link');
    assert.deepEqual(await enlace.allInnerTexts(), [
      'El archivo publicado cambia la severidad de «V-XXX-01», una regla o un chequeo que no existe: quítela en «Otras severidades del archivo», al final de «Plazos y severidad de las reglas».',
    ]);
    // The link leads to the button that takes it out.
    await enlace.click();
    await page.waitForFunction(() => document.activeElement?.id === 'config-severidad-V-XXX-01');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Enter');
    // The focus goes to the one left.
    await page.waitForFunction(() => document.activeElement?.id === 'config-severidad-V-TIM-05-credencial');
    const { texto } = await descargar(page, 'Descargar config.json');
    assert.deepEqual(JSON.parse(texto), {
      anio_cierre: 2027, severidades: { 'V-TIM-03': 'advertencia', 'V-TIM-05.credencial': 'desactivada' },
    });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await publicado.close();
  }
});

test('Planeación opens a config.json from the computer into the form, which can be undone; a wrong file changes nothing', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await page.goto(`${e.server.url}planeacion/`);
  const municipio = page.getByLabel('Municipio (opcional)', { exact: true });
  await municipio.fill('Mi borrador');
  const abrir = page.locator('#config-abrir');
  const alerta = page.locator('.aviso-error', { hasText: 'No se cambió nada.' });

  await abrir.setInputFiles(archivo('salud.json', muestra().agenda));
  await alerta.waitFor();
  assert.equal(await alerta.innerText(), '«salud.json» es la agenda de una dependencia, no un config.json: revísela arriba, con «Elegir los archivos (.json)». No se cambió nada.');
  await abrir.setInputFiles({ name: 'roto.json', mimeType: 'application/json', buffer: Buffer.from('{roto') });
  await page.getByText('«roto.json» no se puede abrir como config.json: no es un JSON válido (línea 1, columna 2). No se cambió nada.').waitFor();
  assert.equal(await municipio.inputValue(), 'Mi borrador');

  const otro = { municipio: 'Villa Nueva', anio_cierre: 2031, dependencias: ['Secretaría de Salud', 'IMDER'], ventanas: { empalme_desde: '2031-11-10' } };
  await abrir.setInputFiles({ name: 'config.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otro)) });
  await page.waitForFunction(() => document.activeElement?.id === 'config-deshacer-abierto');
  await page.getByText('Se abrió «config.json»: el formulario muestra lo que dice. Revíselo y descárguelo para publicarlo.').waitFor();
  assert.equal(await alerta.count(), 0);
  assert.equal(await municipio.inputValue(), 'Villa Nueva');
  assert.equal(await page.locator('#config-anio').inputValue(), '2031');
  assert.equal(await page.locator('#config-dependencias').inputValue(), 'Secretaría de Salud\nIMDER');
  assert.equal(await page.locator('#config-empalme-desde').inputValue(), '2031-11-10');
  assert.deepEqual(await axeViolations(page), []);
  const { texto } = await descargar(page, 'Descargar config.json');
  assert.deepEqual(JSON.parse(texto), otro);

  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'config-municipio');
  assert.equal(await municipio.inputValue(), 'Mi borrador');

  // The same file saved again in Notepad's «ANSI»: read with its accents, and said so.
  await abrir.setInputFiles({ name: 'config-ansi.json', mimeType: 'application/json', buffer: enWindows1252(JSON.stringify(otro)) });
  await page.getByText('Se abrió «config-ansi.json»: el formulario muestra lo que dice. Revíselo y descárguelo para publicarlo. El archivo no estaba guardado en UTF-8', { exact: false }).waitFor();
  assert.equal(await page.locator('#config-dependencias').inputValue(), 'Secretaría de Salud\nIMDER');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the offices of the files received can be added to the list being prepared with one button', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await page.goto(`${e.server.url}planeacion/`);
  await page.locator('#config-dependencias').fill('Secretaría de Educación\n');
  await page.locator('#elegir-archivos').setInputFiles(recibidos());
  const aviso = page.locator('.aviso', { hasText: 'Los archivos recibidos son de 2 dependencias que no están en la lista' });
  await aviso.waitFor();
  assert.equal(
    await aviso.locator('p').innerText(),
    'Los archivos recibidos son de 2 dependencias que no están en la lista: Secretaría de Salud y Secretaría de Gobierno. Se agregan como están escritas en los archivos.',
  );
  assert.deepEqual(await axeViolations(page), []);
  await aviso.getByRole('button', { name: 'Agregar las 2 a la lista' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'config-dependencias');
  assert.equal(await page.locator('#config-dependencias').inputValue(), 'Secretaría de Educación\nSecretaría de Salud\nSecretaría de Gobierno');
  assert.equal(await aviso.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the rules\' thresholds and severities are set in the form\'s advanced part, a threshold that is not a number is refused', async () => {
  const { page, context, errors } = await openPage(e.browser, VIEWPORTS.telefono);
  await page.goto(`${e.server.url}planeacion/`);
  await page.getByText('Plazos y severidad de las reglas (avanzado)').click();
  const convocatoria = page.getByLabel('Convocatoria antes de un espacio de diálogo (V-TIM-04)');
  assert.equal(await convocatoria.inputValue(), '15');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-ayuda').innerText(), 'Si no lo cambia: 15 días.');
  await convocatoria.fill('quince');
  const mensaje = 'Escriba un número entero de días entre 0 y 365 en «Convocatoria antes de un espacio de diálogo (V-TIM-04)».';
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').textContent(), `Error: ${mensaje}`);
  let descargas = 0;
  page.on('download', () => { descargas += 1; });
  await page.getByRole('button', { name: 'Descargar config.json', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  assert.deepEqual(await page.locator('#resumen-errores').getByRole('link').allInnerTexts(), [mensaje]);
  assert.equal(descargas, 0);
  // Another change keeps what was typed, and its message, until it is fixed.
  await page.locator('#config-regla-V-TIM-05').selectOption('info');
  assert.equal(await convocatoria.inputValue(), 'quince');
  // The unit may be typed with the number, as the field shows it.
  await convocatoria.fill('20 días');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').count(), 0);
  await convocatoria.fill('400');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').textContent(), `Error: ${mensaje}`);
  // A decimal comma is pointed out when the field is left, not read as 15.
  await convocatoria.fill('1,5');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').count(), 0);
  await convocatoria.press('Tab');
  assert.equal(
    await page.locator('#config-umbral-dias_convocatoria-error').textContent(),
    'Error: En «Convocatoria antes de un espacio de diálogo (V-TIM-04)», «1,5» no es un número entero: escriba solo cifras, con un punto cada tres si quiere (1.500)',
  );
  await convocatoria.fill('20');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').count(), 0);

  // Each rule says what it is unless changed, and on what it rests.
  const tim03 = page.locator('#config-regla-V-TIM-03');
  assert.match(await page.locator('#config-regla-V-TIM-03-ayuda').innerText(), /^Si no la cambia: error \(orientación por confirmar\)\. Fuente: Orientación de Función Pública/);
  await tim03.selectOption('advertencia');
  await page.locator('#config-regla-V-TIM-05').selectOption('desactivada');
  await page.locator('#config-regla-V-TIM-05').selectOption('');
  assert.deepEqual(await axeViolations(page), []);
  const { texto } = await descargar(page, 'Descargar config.json');
  const config = JSON.parse(texto);
  assert.equal(config.umbrales.dias_convocatoria, 20);
  assert.equal(config.umbrales.dias_publicacion_previa, 30);
  assert.deepEqual(config.severidades, { 'V-TIM-03': 'advertencia' });
  const valida = loadValidator(path.join(DIST, 'schema/config.schema.json'));
  assert.ok(valida(config), JSON.stringify(valida.errors));
  // After a reload the advanced part opens, since the settings change the rules.
  await page.reload();
  await page.locator('#config-avanzado[open]').waitFor();
  assert.equal(await tim03.inputValue(), 'advertencia');
  // Going back to the published file also drops a threshold the form could not take.
  await convocatoria.fill('x');
  await page.getByRole('button', { name: 'Volver al config.json publicado' }).click();
  assert.equal(await convocatoria.inputValue(), '15');
  assert.equal(await tim03.inputValue(), '');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').count(), 0);
  // Even when the value it had is the published one.
  await page.getByLabel('Municipio (opcional)', { exact: true }).fill('Otro');
  await convocatoria.fill('y');
  await page.getByRole('button', { name: 'Volver al config.json publicado' }).click();
  assert.equal(await convocatoria.inputValue(), '15');
  assert.equal(await page.locator('#config-umbral-dias_convocatoria-error').count(), 0);
  // And a date left half-typed: the field shows the published date again (here, none).
  await page.getByLabel('Municipio (opcional)', { exact: true }).fill('Otro');
  const limite = page.locator('#config-limite');
  await limite.focus();
  await page.keyboard.type('09');
  await page.getByRole('button', { name: 'Volver al config.json publicado' }).click();
  assert.equal(await limite.evaluate((f) => f.validity.badInput), false);
  assert.equal(await limite.inputValue(), '');
  assert.equal(await limite.getAttribute('aria-invalid'), null);
  assert.deepEqual(errors, []);
  await context.close();
});
