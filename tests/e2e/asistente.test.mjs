// The wizard as an official meets it: a complete agenda filled through the UI only, at a
// phone and a desktop width, with axe on every step (errors shown too), a reload halfway,
// the browser's back button, and the downloads checked against the schema and a calendar parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import crypto from 'node:crypto';
import ICAL from 'ical.js';
import { openPage, VIEWPORTS } from './support/browser.mjs';
import { Asistente, canonico } from './support/asistente.mjs';
import { entorno } from './support/entorno.mjs';
import { loadValidator } from './support/schema.mjs';

const e = entorno();

async function descargar(page, nombreBoton) {
  const [descarga] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: nombreBoton, exact: true }).click(),
  ]);
  return { nombre: descarga.suggestedFilename(), texto: fs.readFileSync(await descarga.path(), 'utf8') };
}

/** Checks a step's empty-submit error state: summary, title, inline messages, axe. */
async function estadoDeError(a, paso, vp, esperados) {
  await a.continuar();
  await a.page.locator('#resumen-errores').waitFor();
  const errores = await a.errores();
  for (const e of esperados) {
    assert.ok(errores.some((x) => x.includes(e)), `paso ${paso}: falta «${e}» en ${JSON.stringify(errores)}`);
  }
  assert.match(await a.page.title(), /^Error: Paso \d de 9/);
  await a.page.waitForFunction(() => document.activeElement?.id === 'resumen-errores'); // the summary takes focus
  // Every message also stands beside its field, which says it is invalid.
  const invalidos = await a.page.locator('[aria-invalid="true"]').count();
  assert.ok(invalidos > 0 || paso >= 3, `paso ${paso}: no field is marked invalid`);
  await a.revisarAccesibilidad(`paso ${paso} con errores (${vp})`);
  await a.captura(`paso-${paso}-errores-${vp}`);
}

async function pasoListo(a, paso, vp) {
  await a.revisarAccesibilidad(`paso ${paso} (${vp})`);
  assert.deepEqual(await a.otrasFuentes(), [], `paso ${paso} (${vp})`);
  await a.captura(`paso-${paso}-${vp}`);
}

async function llenarAgenda(page, vp) {
  const a = new Asistente(page);
  await a.abrir(e.server.url);
  await page.getByText('San Rafael de la Sierra: cierre de gobierno 2027').waitFor();
  await page.getByText('31 de octubre de 2027', { exact: true }).waitFor(); // election day, computed
  await a.revisarAccesibilidad(`inicio (${vp})`);
  await a.captura(`inicio-${vp}`);
  // The one thing to do here shows without scrolling, before the municipality's calendar.
  const empezar = await page.getByRole('button', { name: 'Empezar' }).boundingBox();
  assert.ok(empezar.y + empezar.height <= page.viewportSize().height, `«Empezar» ends at ${empezar.y + empezar.height} px`);
  if (vp === 'telefono') {
    // Also on a small phone, where the header and the title are made shorter.
    await page.setViewportSize({ width: 320, height: 568 });
    const pequeno = await page.getByRole('button', { name: 'Empezar' }).boundingBox();
    assert.ok(pequeno.y + pequeno.height <= 568, `«Empezar» ends at ${pequeno.y + pequeno.height} px at 320 × 568`);
    await page.setViewportSize(VIEWPORTS.telefono);
    // At 390 px the product's name fits on one line (the sign beside it is 34 px high).
    const nombre = await page.locator('header .producto').boundingBox();
    assert.ok(nombre.height < 40, `the product's name is ${nombre.height} px high at 390`);
    // Nothing here is saved as one types: the header keeps no empty line for a save status,
    // which the wizard's screens do keep.
    const alto = await page.locator('header.encabezado').boundingBox();
    assert.ok(alto.height <= 56.5, `the start screen's header is ${alto.height} px high at 390, more than its least height (3.5rem)`);
  }
  await page.getByRole('button', { name: 'Empezar' }).click();

  // 1. La dependencia
  await a.esperarPaso(1);
  await page.waitForFunction(() => document.activeElement?.id === 'titulo-pagina'); // focus on the heading
  assert.equal(await page.locator('[aria-current="step"]').innerText().then((t) => t.includes('1')), true);
  await estadoDeError(a, 1, vp, ['Escriba el nombre de la dependencia', 'Elija el tipo de dependencia']);
  // A link of the summary takes the keyboard to its field.
  await page.locator('#resumen-errores a', { hasText: 'Escriba el nombre de la dependencia' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'c-dependencia-nombre');
  await a.llenar('Nombre de la dependencia', 'Secretaría de Salud');
  // A fixed field loses its message at once; the others stay until fixed.
  await page.waitForFunction(() => !document.querySelector('#c-dependencia-nombre[aria-invalid]'));
  const quedan = await a.errores();
  assert.ok(!quedan.includes('Escriba el nombre de la dependencia'), JSON.stringify(quedan));
  assert.ok(quedan.includes('Elija el tipo de dependencia'), JSON.stringify(quedan));
  await a.marcar('Secretaría de Despacho');
  await a.llenar('Sector', 'Salud');
  await page.locator('#c-dependencia-titular-nombre').fill('Luz Marina Ortiz');
  await page.locator('#c-dependencia-titular-cargo').fill('Secretaria de Salud');
  await page.locator('#c-dependencia-enlace-rdc-nombre').fill('Andrés Pérez');
  await a.llenar('Correo electrónico', 'rdc.salud@sanrafael');
  await a.continuar();
  assert.deepEqual(await a.errores(), ['Escriba el correo en el formato nombre@entidad.gov.co']);
  await a.llenar('Correo electrónico', 'rdc.salud@sanrafael.gov.co');
  // The last one fixed, the summary and the "Error:" in the title go away.
  await page.locator('#resumen-errores').waitFor({ state: 'detached' });
  assert.match(await page.title(), /^Paso 1 de 9/);
  await a.llenar('Teléfono', '601 555 1234 ext. 12');
  await pasoListo(a, 1, vp);
  await a.continuar();

  // 2. Diagnóstico y enfoque
  await a.esperarPaso(2);
  assert.match(await page.title(), /^Paso 2 de 9: Diagnóstico y enfoque/);
  await estadoDeError(a, 2, vp, ['Elija el nivel del MURC', 'Escriba el objetivo']);
  await a.marcar('Consolidado');
  await a.llenar('Puntaje (0 a 100)', '68');
  await a.llenar('Objetivo de la rendición de cuentas', 'Informar y dialogar sobre los resultados 2024-2027 del Plan Territorial de Salud.');
  await page.getByRole('button', { name: '+ Agregar tema' }).click();
  await a.llenar('Tema 1', 'Salud mental');
  await pasoListo(a, 2, vp);
  await a.continuar();

  // 3. Grupos de valor
  await a.esperarPaso(3);
  await estadoDeError(a, 3, vp, ['Elija al menos un grupo']);
  await a.marcar('Ciudadanía en general');
  await a.marcar('Jóvenes');
  await a.marcar('Personas con discapacidad, familias y cuidadores');
  await a.marcar('Auditiva');
  await pasoListo(a, 3, vp);
  await a.continuar();

  // 4. Información
  await a.esperarPaso(4);
  await estadoDeError(a, 4, vp, ['Agregue al menos una acción de información']);
  let item = await a.agregar('Agregar acción de información');
  await a.llenar('Nombre de la actividad', 'Informe de rendición de cuentas en versión ciudadana', item);
  await a.seleccionar('Tipo de acción', 'Informe de rendición de cuentas', item);
  await a.llenar('Fecha de inicio', '2027-10-15', item);
  await a.llenar('Fecha de fin', '2027-11-30', item);
  await a.marcar('Ciudadanía en general', item);
  await a.marcar('Jóvenes', item);
  await a.marcar('Sitio web institucional (menú Transparencia / Participa)', item);
  await a.marcar('Emisora comunitaria o local', item);
  await a.marcar('Carteleras y murales', item);
  await a.llenar('Dirección web donde queda publicada', 'https://sanrafael.example/participa/rdc/salud/2027', item);
  await a.marcar('La publicación cumple WCAG 2.1 nivel AA (Resolución MinTIC 1519 de 2020)', item);
  await a.llenar('Disponible en línea hasta', '2028-12-31', item);
  await a.marcar('Se revisará en lenguaje claro antes de publicarse', item);
  await a.marcar('Revisión en lenguaje claro', item);
  await a.llenar('Meta: qué se logrará', 'piezas difundidas', item);
  await a.llenar('Cantidad', '12', item);
  await a.llenar('Unidad', 'piezas', item);
  await item.getByText('Indicador (recomendado)').click();
  await a.llenar('Nombre del indicador', 'Personas alcanzadas', item);
  await a.llenar('Evidencia que dejará', 'informe ciudadano\ncuña radial', item);
  await a.llenar('Persona responsable', 'Andrés Pérez', item);
  await a.llenar('Cargo', 'Profesional universitario', item);
  await a.llenar('Corresponsables', 'Oficina de Comunicaciones', item);
  await pasoListo(a, 4, vp);

  // Halfway: a reload lands on the same step with everything typed.
  await a.esperarGuardado();
  await page.reload();
  await a.esperarPaso(4);
  await page.getByRole('heading', { name: 'Informe de rendición de cuentas en versión ciudadana' }).waitFor();
  await a.continuar();

  // 5. Diálogo
  await a.esperarPaso(5);
  await estadoDeError(a, 5, vp, ['Agregue al menos un espacio de diálogo']);
  item = await a.agregar('Agregar espacio de diálogo');
  await a.continuar(); // an incomplete space lists what it lacks, by name
  const errores = await a.errores();
  assert.ok(errores.some((e) => e.startsWith('Actividad A02: escriba el nombre de la actividad')), JSON.stringify(errores));
  await a.revisarAccesibilidad(`paso 5 con una actividad incompleta (${vp})`);
  await a.llenar('Nombre de la actividad', 'Foro de salud mental juvenil', item);
  await a.seleccionar('Tipo de espacio', 'Foro ciudadano / foro participativo temático', item);
  await a.llenar('Fecha de inicio', '2027-10-14', item);
  // Each date reads in words under its picker (which may write mm/dd/yyyy), with what it is in
  // the closing calendar; the end date compares with the start.
  assert.equal(
    await a.notaDe('Fecha de inicio', item),
    'Jueves 14 de octubre de 2027: fase de rendición de cuentas; Ley de Garantías (hasta las elecciones del 31 de octubre).',
  );
  await a.llenar('Fecha de fin', '2027-10-12', item);
  assert.match(await a.notaDe('Fecha de fin', item), /^Martes 12 de octubre de 2027: antes de la fecha de inicio;/);
  await a.llenar('Fecha de fin', '2027-10-14', item);
  assert.equal(await a.notaDe('Fecha de fin', item), 'El mismo día de inicio.');
  await a.marcar('Jóvenes', item);
  await a.llenar('Lugar', 'Auditorio IE Técnica', item);
  await a.llenar('Dirección', 'Cra 5 # 3-20', item);
  await a.llenar('Hora de inicio', '08:00', item);
  // The hour reads as a span under the duration (a picker may write 08:00 AM), with the two
  // hours the calendar assumes until a duration is written.
  assert.equal(await a.notaDe('Duración', item), 'Sin duración, el calendario la cuenta de dos horas: de 08:00 a 10:00.');
  await a.llenar('Duración', '180', item);
  assert.equal(await a.notaDe('Duración', item), 'De 08:00 a 11:00.');
  await a.llenar('Fecha de la convocatoria', '2027-09-27', item);
  assert.equal(await a.notaDe('Fecha de la convocatoria', item), 'Lunes 27 de septiembre de 2027: 17 días antes del espacio.');
  await a.marcar('Carteleras y murales', item);
  for (const pregunta of [
    '¿En el evento participan candidatos o sus voceros?',
    '¿En el evento se inauguran obras o se inician programas sociales?',
    '¿En el evento se usan bienes públicos para proselitismo?',
  ]) {
    await a.responder(pregunta, 'No', item);
  }
  await a.llenar('Cómo evaluará la ciudadanía el espacio', 'encuesta de 5 preguntas', item);
  await a.llenar('Fecha límite para publicar la memoria', '2027-11-04', item);
  await a.marcar('Accesibilidad física (rampas, baños, sillas reservadas, señalización, primer piso)', item);
  await a.llenar('Meta: qué se logrará', 'asistentes', item);
  await a.llenar('Cantidad', '120', item);
  await a.llenar('Evidencia que dejará', 'listado de asistencia\nmemoria', item);
  await a.llenar('Persona responsable', 'Paula Gómez', item);
  await a.llenar('Cargo', 'Coordinadora de salud pública', item);
  await a.cerrar(item);

  // Duplicate, remove with undo, remove again: the list is back to one space.
  await page.getByRole('button', { name: 'Duplicar Foro de salud mental juvenil' }).click();
  await page.getByRole('heading', { name: 'Foro de salud mental juvenil (copia)' }).waitFor();
  await page.getByRole('button', { name: 'Eliminar Foro de salud mental juvenil (copia)' }).click();
  await page.getByText('Se eliminó «Foro de salud mental juvenil (copia)».').waitFor();
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await page.getByRole('heading', { name: 'Foro de salud mental juvenil (copia)' }).waitFor();
  await page.getByRole('button', { name: 'Eliminar Foro de salud mental juvenil (copia)' }).click();
  assert.equal(await page.getByRole('heading', { name: 'Foro de salud mental juvenil (copia)' }).count(), 0);

  item = await a.agregar('Agregar espacio de diálogo');
  await a.llenar('Nombre de la actividad', 'Audiencia pública participativa sectorial de salud', item);
  await a.seleccionar('Tipo de espacio', 'Audiencia pública participativa', item);
  await a.marcar('Mixta (presencial y virtual)', item);
  await a.marcar('Transmisión en vivo (Facebook Live, YouTube Live)', item);
  await a.llenar('Fecha de inicio', '2027-11-19', item);
  await a.llenar('Fecha de fin', '2027-11-19', item);
  await a.marcar('Ciudadanía en general', item);
  await a.marcar('Personas con discapacidad, familias y cuidadores', item);
  await a.marcar('Auditiva', item);
  await a.llenar('Lugar', 'Casa de la Cultura', item);
  await a.llenar('Hora de inicio', '09:00', item);
  await a.llenar('Fecha de la convocatoria', '2027-10-15', item);
  await a.llenar('Publicación del informe previo', '2027-10-15', item);
  await a.llenar('Cómo evaluará la ciudadanía el espacio', 'encuesta presencial y en línea', item);
  await a.llenar('Fecha límite para publicar la memoria', '2027-12-10', item);
  await a.marcar('Intérprete de Lengua de Señas Colombiana (presencial y en recuadro de transmisión)', item);
  await a.marcar('Accesibilidad física (rampas, baños, sillas reservadas, señalización, primer piso)', item);
  await a.marcar('Se grabará en video', item);
  await a.marcar('La grabación tendrá subtítulos (closed caption)', item);
  await a.llenar('Meta: qué se logrará', 'participantes presenciales y virtuales', item);
  await a.llenar('Evidencia que dejará', 'grabación subtitulada', item);
  await a.llenar('Persona responsable', 'Luz Marina Ortiz', item);
  await a.llenar('Cargo', 'Secretaria de Salud', item);
  await a.llenar('Corresponsables', 'Oficina de Comunicaciones', item);
  await a.cerrar(item);
  // Reordering keeps the keyboard on the moved row.
  await page.getByRole('button', { name: 'Subir Audiencia pública participativa sectorial de salud' }).click();
  // The text itself, not as laid out: a closed row moved in the page is not laid out
  // (`content-visibility`) until the next frame, and its innerText is empty until then.
  const orden = ['Audiencia pública participativa sectorial de salud', 'Foro de salud mental juvenil'];
  await page.waitForFunction(
    (orden) => [...document.querySelectorAll('li.item .item-titulo')].map((t) => t.textContent).join('|') === orden.join('|'),
    orden,
    { timeout: 5_000 },
  ).catch(() => {});
  assert.deepEqual(await page.locator('li.item .item-titulo').allTextContents(), orden);
  // A number it cannot read stays aside when the form closes: «Continuar» opens the form on it.
  await page.getByRole('button', { name: 'Editar Foro de salud mental juvenil' }).click();
  const foro = page.locator('li.item').nth(1);
  await a.llenar('Aforo', 'cien', foro);
  await a.cerrar(foro);
  await a.continuar();
  await page.waitForFunction(() => document.activeElement?.id === 'resumen-errores');
  assert.deepEqual(await a.errores(), ['Escriba solo números enteros, sin letras, en «Aforo»']);
  assert.equal(await foro.getByLabel('Aforo').inputValue(), 'cien');
  await a.llenar('Aforo', '100', foro);
  await page.locator('#resumen-errores').waitFor({ state: 'detached' });
  await a.cerrar(foro);
  await pasoListo(a, 5, vp);
  await a.continuar();

  // The browser's back button returns to the previous step, and forward again.
  await a.esperarPaso(6);
  await page.goBack();
  await a.esperarPaso(5);
  await page.goForward();
  await a.esperarPaso(6);

  // 6. Responsabilidad
  await estadoDeError(a, 6, vp, ['Agregue al menos una acción de responsabilidad']);
  item = await a.agregar('Agregar acción de responsabilidad');
  await a.llenar('Nombre de la actividad', 'Publicar memorias y responder preguntas pendientes', item);
  await a.seleccionar('Tipo de acción', 'Respuesta a preguntas y propuestas', item);
  await a.llenar('Fecha de inicio', '2027-11-22', item);
  await a.llenar('Fecha de fin', '2027-12-10', item);
  await a.marcar('Foro de salud mental juvenil', item);
  await a.marcar('Audiencia pública participativa sectorial de salud', item);
  await a.llenar('Meta: qué se logrará', 'preguntas respondidas', item);
  await a.llenar('Evidencia que dejará', 'matriz de respuestas', item);
  await a.llenar('Persona responsable', 'Andrés Pérez', item);
  await a.llenar('Cargo', 'Profesional universitario', item);
  await pasoListo(a, 6, vp);
  await a.continuar();

  // 7. Informe de gestión y empalme
  await a.esperarPaso(7);
  item = await a.agregar('Agregar actividad de informe o empalme');
  await a.llenar('Nombre de la actividad', 'Sesiones de empalme con el equipo entrante', item);
  await a.seleccionar('Tipo de acción', 'Sesión de empalme', item);
  await a.llenar('Fecha de inicio', '2027-11-16', item);
  await a.llenar('Fecha de fin', '2027-12-17', item);
  await a.llenar('Evidencia que dejará', 'actas parciales de empalme', item);
  await a.llenar('Persona responsable', 'Luz Marina Ortiz', item);
  await a.llenar('Cargo', 'Secretaria de Salud', item);
  await pasoListo(a, 7, vp);
  await a.continuar();

  // 8. Comunicaciones
  await a.esperarPaso(8);
  await estadoDeError(a, 8, vp, ['Escriba el nombre de la Oficina de Comunicaciones']);
  await a.llenar('Oficina con la que coordina', 'Oficina de Comunicaciones');
  await a.llenar('Persona de contacto', 'Diana Ríos, jefa de oficina');
  await a.llenar('Dirección donde se publicará la agenda', 'https://sanrafael.example/participa/rdc');
  await a.marcar('Se publicará con su calendario');
  await pasoListo(a, 8, vp);
  await a.continuar();

  // 9. Revisión
  await a.esperarPaso(9);
  const listo = page.getByText('Su agenda está lista para enviar.');
  if (!(await listo.count())) {
    const hallazgos = await page.locator('.hallazgo').allInnerTexts();
    assert.fail(`la agenda no quedó lista: ${hallazgos.join('\n')}`);
  }
  await page.getByRole('heading', { name: /Calendario de abril a diciembre de 2027/ }).waitFor();
  await pasoListo(a, 9, vp);
  // The banner's link takes the keyboard past the answers to the downloads.
  await page.getByRole('link', { name: 'Ir a «Descargar y enviar»' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'titulo-descargas');
  const descargas = await page.getByRole('heading', { name: 'Descargar y enviar' }).boundingBox();
  assert.ok(descargas.y >= 0 && descargas.y < page.viewportSize().height, `«Descargar y enviar» at ${descargas.y} px`);
  return a;
}

for (const [vp, viewport] of Object.entries(VIEWPORTS)) {
  test(`an official fills a complete agenda through the UI and downloads it (${vp})`, async () => {
    const { page, context, errors } = await openPage(e.browser, viewport);
    const a = await llenarAgenda(page, vp);

    // The agenda to send: valid against the published schema, checksum as documented.
    const envio = await descargar(page, 'Descargar para enviar');
    assert.equal(envio.nombre, 'agenda-rdc-2027-secretaria-de-salud.json');
    const archivo = JSON.parse(envio.texto);
    const validar = loadValidator();
    assert.ok(validar(archivo), JSON.stringify(validar.errors, null, 2));
    assert.equal(archivo.copia_de_trabajo, false);
    assert.equal(archivo.agenda.estado, 'enviada');
    // The term of the closing year the site prepares (config.json: 2027), so no reader guesses it.
    assert.deepEqual(archivo.agenda.periodo_gobierno, { inicio: '2024-01-01', fin: '2027-12-31' });
    const suma = crypto.createHash('sha256').update(canonico(archivo.agenda), 'utf8').digest('hex');
    assert.equal(archivo.sha256_agenda, suma);
    assert.equal(archivo.agenda.dependencia.enlace_rdc.correo, 'rdc.salud@sanrafael.gov.co');
    assert.equal(archivo.agenda.actividades.length, 5);
    const audiencia = archivo.agenda.actividades.find((x) => x.espacio_dialogo === 'audiencia_publica_participativa');
    assert.equal(audiencia.modalidad, 'mixta');
    assert.equal(audiencia.evento.informe_previo.fecha_publicacion, '2027-10-15');
    assert.deepEqual(audiencia.grupos_valor, [{ codigo: 'ciudadania_general' }, { codigo: 'discapacidad', subtipo: 'auditiva' }]);
    const foro = archivo.agenda.actividades.find((x) => x.espacio_dialogo === 'foro');
    assert.deepEqual(foro.evento.garantias, {
      participan_candidatos: false,
      inaugura_obras_o_programas: false,
      uso_bienes_proselitismo: false,
    });
    assert.equal(foro.evento.hora_inicio, '08:00');
    assert.equal(foro.meta.cantidad, 120);

    // The working copy is always allowed and says what it is.
    const copia = await descargar(page, 'Descargar copia de trabajo');
    assert.equal(copia.nombre, 'agenda-rdc-2027-secretaria-de-salud-copia-de-trabajo.json');
    assert.equal(JSON.parse(copia.texto).copia_de_trabajo, true);

    // The calendar imports: ical.js (Thunderbird's parser) reads both events in Bogotá time.
    const ics = await descargar(page, 'Descargar calendario (.ics)');
    assert.equal(ics.nombre, 'agenda-rdc-2027-secretaria-de-salud.ics');
    const calendario = new ICAL.Component(ICAL.parse(ics.texto));
    ICAL.TimezoneService.register(calendario.getFirstSubcomponent('vtimezone'));
    const eventos = calendario.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(eventos.length, 2);
    const uids = new Set(eventos.map((e) => e.uid));
    assert.equal(uids.size, 2);
    const foroIcs = eventos.find((e) => e.summary === 'Foro de salud mental juvenil');
    assert.equal(foroIcs.component.getFirstProperty('dtstart').getParameter('tzid'), 'America/Bogota');
    assert.equal(foroIcs.startDate.toString(), '2027-10-14T08:00:00');
    // 08:00 in Bogotá is 13:00 UTC: the zone's offset is applied.
    assert.equal(new Date(foroIcs.startDate.toUnixTime() * 1000).toISOString(), '2027-10-14T13:00:00.000Z');
    assert.equal(foroIcs.endDate.toString(), '2027-10-14T11:00:00');
    assert.match(foroIcs.location, /Auditorio IE Técnica, Cra 5 # 3-20/);
    assert.equal(calendario.getFirstSubcomponent('vtimezone').getFirstPropertyValue('tzid'), 'America/Bogota');

    // "Cambiar" goes to the step and comes back to the review.
    await page.getByRole('link', { name: 'Cambiar la dependencia' }).click();
    await a.esperarPaso(1);
    await page.getByRole('button', { name: 'Guardar y volver a la revisión' }).click();
    await a.esperarPaso(9);

    assert.deepEqual(errors, []);
    await context.close();
  });
}
