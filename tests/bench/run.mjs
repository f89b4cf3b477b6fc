// The benchmark: the release dist/ served with brotli, in real Chromium, cold cache, N runs at
// CPU 1× and 4×, medians and p95 as JSON and a Markdown table. Not a pass/fail test: it
// reports figures and marks which are inside the budgets of the performance issue.
//
//   ./dev.sh bench                # 7 runs per throttle rate
//   ./dev.sh bench --runs 3       # quicker
//   ./dev.sh bench --solo tecleo  # one measurement only: carga, tecleo, agregar or revision
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/support/server.mjs';
import { launch } from '../e2e/support/browser.mjs';
import { modelo, datosDe } from './surveyjs/modelo.mjs';

const AQUI = path.dirname(fileURLToPath(import.meta.url));
const RESULTADOS = path.join(AQUI, 'results');
const MUESTRA = JSON.parse(fs.readFileSync(path.join(AQUI, '../fixtures/muestra_exportada.json'), 'utf8'));
const CONFIG = JSON.stringify({ municipio: 'San Rafael de la Sierra', anio_cierre: 2027 });

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const RATES = [1, 4];
const SOLO = args.includes('--solo') ? args[args.indexOf('--solo') + 1] : null;
const MEDIDAS = ['carga', 'tecleo', 'agregar', 'revision'];
if (SOLO && !MEDIDAS.includes(SOLO)) {
  console.error(`--solo espera una de: ${MEDIDAS.join(', ')}`);
  process.exit(2);
}
const medir = (nombre) => !SOLO || SOLO === nombre;

const BUDGETS = {
  transferido_kib: { 1: 150, 4: 150 },
  campo_usable_ms: { 1: 400, 4: 900 },
  tecla_a_pintura_p95_todas_ms: { 1: 16, 4: 50 },
  agregar_50_s: { 1: 2.0 },
  memoria_mb: { 1: 8, 4: 8 },
};

/** The sample agenda grown to `n` activities, as a stored draft. */
function agendaCon(n) {
  const agenda = structuredClone(MUESTRA.agenda);
  agenda.id = `bench-${n}`;
  agenda.grupos_valor = [{ codigo: 'ciudadania_general' }, { codigo: 'jovenes' }];
  const base = agenda.actividades;
  agenda.actividades = Array.from({ length: n }, (_, i) => {
    const a = structuredClone(base[i % base.length]);
    a.id = `A${String(i + 1).padStart(2, '0')}`;
    a.nombre = `${a.nombre} (${i + 1})`;
    a.relacionada_con = [];
    return a;
  });
  return { version_esquema: 1, revision: 1, guardado_en: '2027-10-01T12:00:00Z', agenda };
}

const mediana = (xs) => percentil(xs, 50);
function percentil(xs, p) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const i = Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1));
  return v[i];
}

/**
 * A new page at a phone's width, cold cache, CPU slowed `rate` times. `vigilarCampo: false` leaves
 * out the script that notes when the first field is usable, for a page timed from outside.
 */
async function nuevaPagina(browser, rate, { borrador, guardado, vigilarCampo = true, red: condiciones } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  if (borrador) {
    await context.addInitScript((b) => {
      if (!localStorage.getItem(`agenda-rdc.borrador.${b.agenda.id}`)) {
        localStorage.setItem(`agenda-rdc.borrador.${b.agenda.id}`, JSON.stringify(b));
        localStorage.setItem('agenda-rdc.actual', b.agenda.id);
      }
    }, borrador);
  }
  // A peer page's own stored draft: { clave, valor }.
  if (guardado) {
    await context.addInitScript(({ clave, valor }) => {
      if (!localStorage.getItem(clave)) localStorage.setItem(clave, valor);
    }, guardado);
  }
  // A field is usable once the frame that shows it has painted: its rendering (style, layout with
  // the first use of each font size, paint) counts, as it does for a keystroke's latency. A page
  // that lays out while building (a forced layout) pays it before the field is in the DOM, one
  // that does not pays it after.
  if (vigilarCampo) await context.addInitScript(() => {
    window.__campoListo = null;
    const mirar = () => {
      // The app is running once its screen has replaced the page's loading screen (or its
      // copy of step 1, whose field counts as the first one: src/index.html).
      if (document.getElementById('carga')) window.__habiaCarga = true;
      else if (window.__habiaCarga && !window.__enMarcha) window.__enMarcha = performance.now();
      if (window.__campoListo === null && document.querySelector('main input, main textarea')) {
        window.__campoListo = -1;
        window.__campoEnPagina = performance.now();
        requestAnimationFrame(() => {
          const canal = new MessageChannel();
          canal.port1.onmessage = () => (window.__campoListo = performance.now());
          canal.port2.postMessage(0);
        });
      }
    };
    new MutationObserver(mirar).observe(document, { childList: true, subtree: true });
    addEventListener('TrunkApplicationStarted', (e) => (window.__memoriaWasm = e.detail.wasm.memory));
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (condiciones) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condiciones });
  const red = { bytes: 0, peticiones: 0 };
  cdp.on('Network.loadingFinished', (e) => {
    red.bytes += e.encodedDataLength;
    red.peticiones += 1;
  });
  return { context, page, cdp, red };
}

/**
 * Waits until the page's first field is usable by asking it through the DevTools protocol, not
 * with `waitForFunction` nor `page.evaluate`: those install Playwright's own scripts in the page,
 * whose evaluation (about 55–100 ms at 4× for `waitForFunction`'s) runs on the page's main thread
 * right after `load`. A page still starting then (one that loads WebAssembly) would pay it inside
 * the measured time, and one that had finished (SurveyJS's scripts run before `load`) would not.
 */
async function esperarCampo(cdp) {
  await esperarCdp(cdp, 'window.__campoListo > 0', 'el primer campo no llegó en 60 s');
}

async function esperarCdp(cdp, expresion, error) {
  const limite = Date.now() + 60_000;
  const listo = async () => (await cdp.send('Runtime.evaluate', { expression: expresion, returnByValue: true })).result.value;
  while (!(await listo())) {
    if (Date.now() > limite) throw new Error(error);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A phone on a slow mobile connection, as Lighthouse simulates one (150 ms of round trip,
 * 1.6 Mbit/s down, 750 kbit/s up): the downloads then weigh more than the CPU.
 */
const RED_LENTA = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * First load of a page (the wizard's first step): bytes, requests, FCP, first usable field, memory.
 * With `borrador` (or a peer's `guardado`), the page opens a draft stored by an earlier visit, and
 * with `red`, over those network conditions.
 */
async function medirCarga(browser, direccion, rate, { wasm = true, borrador, guardado, red: condiciones } = {}) {
  const { context, page, cdp, red } = await nuevaPagina(browser, rate, { borrador, guardado, red: condiciones });
  await page.goto(direccion, { waitUntil: 'load' });
  await esperarCampo(cdp);
  // The app's memory is measured once it runs, which may come after the copy's field.
  await esperarCdp(cdp, "!document.getElementById('carga')", 'la aplicación no arrancó en 60 s');
  await page.waitForTimeout(300);
  // Read the same way, so that the heap measured below holds the page's objects only.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      campo: window.__campoListo,
      enPagina: window.__campoEnPagina,
      enMarcha: window.__enMarcha ?? NaN,
      wasm: window.__memoriaWasm?.buffer.byteLength ?? NaN,
    })`,
    returnByValue: true,
  });
  const datos = result.value;
  // A page without WebAssembly has none of its memory.
  if (!wasm) datos.wasm = 0;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await context.close();
  return {
    transferido_kib: red.bytes / 1024,
    peticiones: red.peticiones,
    fcp_ms: datos.fcp,
    campo_usable_ms: datos.campo,
    campo_en_pagina_ms: datos.enPagina,
    app_en_marcha_ms: datos.enMarcha,
    memoria_mb: (heap + datos.wasm) / (1024 * 1024),
    heap_js_mb: heap / (1024 * 1024),
    memoria_wasm_mb: datos.wasm / (1024 * 1024),
  };
}

/**
 * The first field as a harness that drives the page from outside would time it: the harness's
 * clock from `goto` until Playwright's `waitForSelector` finds the field visible. No script of
 * ours in the page; what Playwright injects to wait runs on the page's main thread after `load`,
 * inside a page still starting (the app) or after it (SurveyJS), and the harness's round trips
 * count too. The other figures do not time it this way: see `esperarCampo`.
 */
async function medirCargaDesdeFuera(browser, direccion, rate) {
  const { context, page } = await nuevaPagina(browser, rate, { vigilarCampo: false });
  const inicio = performance.now();
  await page.goto(direccion, { waitUntil: 'load' });
  await page.waitForSelector('main input, main textarea', { timeout: 60_000 });
  const ms = performance.now() - inicio;
  await context.close();
  return ms;
}

/**
 * Keystroke to next paint in an activity's name while autosave runs (60 activities loaded),
 * how far the stored copy falls behind, and whether anything is behind after pagehide.
 */
async function medirTecleo(browser, url, rate) {
  const borrador = agendaCon(60);
  const { context, page } = await nuevaPagina(browser, rate, { borrador });
  await page.goto(`${url}#/paso/5`);
  await page.waitForSelector('li.item');
  await page.getByRole('button', { name: /^Editar / }).first().click();
  const campo = page.locator('li.item').first().getByLabel('Nombre de la actividad', { exact: true });
  await campo.click();
  await campo.press('End');
  await page.evaluate(escucharLatencias);
  await page.evaluate((id) => {
    window.__atrasos = [];
    const clave = `agenda-rdc.borrador.${id}`;
    // Keystrokes whose text is not yet in storage; a write that contains it settles them.
    const pendientes = [];
    const escribir = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      escribir.call(this, k, v);
      if (k !== clave) return;
      const ahora = performance.now();
      for (let i = pendientes.length - 1; i >= 0; i--) {
        // Typing appends, so a stored name that starts with the key's text includes it.
        if (v.includes(`"nombre":${JSON.stringify(pendientes[i].texto).slice(0, -1)}`)) {
          window.__atrasos.push(ahora - pendientes[i].t0);
          pendientes.splice(i, 1);
        }
      }
    };
    document.addEventListener(
      'keydown',
      (ev) => {
        const t0 = ev.timeStamp;
        // The text the screen shows once this key is handled.
        setTimeout(() => pendientes.push({ t0, texto: document.activeElement.value }), 0);
      },
      true,
    );
  }, borrador.agenda.id);
  await teclear(page);
  const { latencias, atrasos } = await page.evaluate(() => ({ latencias: window.__latencias, atrasos: window.__atrasos }));
  // Type and leave at once: pagehide must save what was typed.
  await campo.pressSequentially(' fin', { delay: 20 });
  const esperado = await campo.inputValue();
  await page.goto('about:blank');
  const pagina2 = await context.newPage();
  await pagina2.goto(url);
  const guardado = await pagina2.evaluate((id) => JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda.actividades.find((a) => a.id === 'A05')?.nombre, borrador.agenda.id);
  await context.close();
  return {
    tecla_a_pintura_p95_ms: percentil(latencias, 95),
    _latencias: latencias,
    tecla_a_pintura_mediana_ms: mediana(latencias),
    copia_guardada_atraso_max_ms: Math.max(...atrasos),
    caracteres_perdidos_tras_pagehide: guardado === esperado ? 0 : Math.abs(esperado.length - (guardado ?? '').length),
  };
}

/** In the page: each key's time from keydown to after the next paint, in `window.__latencias`. */
function escucharLatencias() {
  window.__latencias = [];
  document.addEventListener(
    'keydown',
    (ev) => {
      const t0 = ev.timeStamp;
      // After the frame that follows the input event has painted.
      requestAnimationFrame(() => {
        const canal = new MessageChannel();
        canal.port1.onmessage = () => window.__latencias.push(performance.now() - t0);
        canal.port2.postMessage(0);
      });
    },
    true,
  );
}

/** A person's rhythm: bursts of quick keys and pauses long enough for autosave to run. */
async function teclear(page) {
  const texto = 'Foro juvenil sobre salud mental en la comuna uno';
  for (let i = 0; i < texto.length; i++) {
    await page.keyboard.type(texto[i]);
    await page.waitForTimeout(i % 6 === 5 ? 360 : 90);
  }
  await page.waitForTimeout(800);
}

/** Resolves after the next frame has painted. */
const TRAS_PINTAR = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Adding 50 spaces to the dialogue list, one click after another, each painted. */
async function medirAgregar(browser, direccion, rate, { formularios = true, item = 'li.item' } = {}) {
  const { context, page } = await nuevaPagina(browser, rate);
  await page.goto(direccion);
  await page.getByRole('button', { name: 'Agregar espacio de diálogo' }).waitFor();
  // Timed inside the page, so the test driver's own work is not counted.
  const ms = await page.evaluate(async ({ trasPintar, item }) => {
    const esperar = new Function(`return (${trasPintar})()`);
    const buscar = () => [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Agregar espacio de diálogo'));
    let boton = buscar();
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) {
      // A page that draws its button again after an add (SurveyJS) is clicked on the new one.
      if (!boton.isConnected) boton = buscar();
      boton.click();
      await esperar();
      if (document.querySelectorAll(item).length !== i + 1) throw new Error(`no se agregó el elemento ${i + 1}`);
    }
    return performance.now() - t0;
  }, { trasPintar: TRAS_PINTAR.toString(), item });
  // The form's sections after the first are built after the paint that shows the new
  // activity: this is how long the whole form takes to be on screen, one add at a time.
  const completos = !formularios ? [] : await page.evaluate(async (trasPintar) => {
    const esperar = new Function(`return (${trasPintar})()`);
    const boton = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Agregar espacio de diálogo'));
    const completo = () => document.querySelector('.item-abierto .formulario-actividad > :last-child .seccion-titulo')?.textContent === 'Responsables y recursos';
    const tiempos = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      boton.click();
      while (!completo()) await new Promise((r) => setTimeout(r, 0));
      await esperar();
      tiempos.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
    return tiempos;
  }, TRAS_PINTAR.toString());
  await context.close();
  return formularios ? { agregar_50_s: ms / 1000, formulario_completo_ms: mediana(completos) } : { agregar_50_s: ms / 1000 };
}

/**
 * The SurveyJS page's figures in the performance issue (its quiet-machine run). A budget
 * divided by them is the ratio to SurveyJS the issue asks of the app: its harness compares
 * ratios, not absolute times.
 */
const SURVEYJS_EN_EL_ISSUE = {
  transferido_kib: { 1: 296, 4: 296 },
  campo_usable_ms: { 1: 689, 4: 1914 },
  agregar_50_s: { 1: 15.8 },
  memoria_mb: { 1: 6.9, 4: 6.9 },
};

/**
 * The pages the app is read against, through the same measurements, in the same runs:
 * - `ref`, the hand-written reference page (tests/bench/referencia/): this machine's floor today;
 * - `sjs`, the SurveyJS peer (tests/bench/surveyjs/): the wizard's questions in SurveyJS, the
 *   kind of page the performance issue's budgets were set against.
 */
const PARES = {
  ref: {
    nombre: 'referencia',
    async campoDeTecleo(browser, url, rate) {
      const { context, page } = await nuevaPagina(browser, rate);
      await page.goto(url);
      return { context, page, campo: page.getByLabel('Nombre de la actividad', { exact: true }) };
    },
    agregar: (url) => `${url}#vacia`,
    item: 'li.item',
  },
  sjs: {
    nombre: 'SurveyJS',
    enElIssue: SURVEYJS_EN_EL_ISSUE,
    // The same 60 activities as the app's measurements, in the peer's own draft.
    borrador: () => ({ clave: 'surveyjs.borrador', valor: JSON.stringify({ revision: 1, datos: datosDe(agendaCon(60).agenda) }) }),
    async campoDeTecleo(browser, url, rate) {
      const { context, page } = await nuevaPagina(browser, rate, { guardado: this.borrador() });
      await page.goto(`${url}#dialogo`);
      // Open the first space, as the app's measurement opens its first activity.
      const primero = page.locator('.sd-paneldynamic__panel-wrapper').first();
      await primero.locator('.sd-panel__title').click();
      return { context, page, campo: primero.getByLabel('Nombre de la actividad', { exact: true }) };
    },
    agregar: (url) => `${url}#dialogo`,
    item: '.sd-paneldynamic__panel-wrapper',
  },
};

async function medirPar(browser, clave, url, rate) {
  const par = PARES[clave];
  const fila = {};
  if (medir('carga')) {
    const carga = await medirCarga(browser, url, rate, { wasm: false });
    fila[`${clave}_transferido_kib`] = carga.transferido_kib;
    fila[`${clave}_campo_usable_ms`] = carga.campo_usable_ms;
    fila[`${clave}_campo_en_pagina_ms`] = carga.campo_en_pagina_ms;
    fila[`${clave}_memoria_mb`] = carga.memoria_mb;
    fila[`${clave}_campo_desde_fuera_ms`] = await medirCargaDesdeFuera(browser, url, rate);
    fila[`${clave}_campo_red_lenta_ms`] = (await medirCarga(browser, url, rate, { wasm: false, red: RED_LENTA })).campo_usable_ms;
    if (par.borrador) {
      const vuelta = await medirCarga(browser, url, rate, { wasm: false, guardado: par.borrador() });
      fila[`${clave}_campo_con_borrador_ms`] = vuelta.campo_usable_ms;
    }
  }
  if (medir('tecleo')) {
    const { context, page, campo } = await par.campoDeTecleo(browser, url, rate);
    await campo.click();
    await campo.press('End');
    await page.evaluate(escucharLatencias);
    await teclear(page);
    fila[`_${clave}_latencias`] = await page.evaluate(() => window.__latencias);
    await context.close();
  }
  if (medir('agregar') && rate === 1) {
    fila[`${clave}_agregar_50_s`] = (await medirAgregar(browser, par.agregar(url), rate, { formularios: false, item: par.item })).agregar_50_s;
  }
  return fila;
}

/** Review of a 60-activity agenda (every rule) and the JSON download, timed inside the page. */
async function medirRevisionYDescarga(browser, url, rate) {
  const { context, page } = await nuevaPagina(browser, rate, { borrador: agendaCon(60) });
  await page.goto(`${url}#/paso/8`);
  await page.waitForSelector('main h1');
  const revision = await page.evaluate(async (trasPintar) => {
    const esperar = new Function(`return (${trasPintar})()`);
    const t0 = performance.now();
    location.hash = '#/paso/9';
    while (document.querySelectorAll('.crono-fila').length < 60) await esperar();
    return performance.now() - t0;
  }, TRAS_PINTAR.toString());
  const descarga = await page.evaluate(() => {
    return new Promise((resolve) => {
      document.addEventListener(
        'click',
        (ev) => {
          if (ev.target instanceof HTMLAnchorElement && ev.target.download) {
            ev.preventDefault();
            resolve(performance.now() - t0);
          }
        },
        true,
      );
      const boton = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Descargar copia de trabajo'));
      const t0 = performance.now();
      boton.click();
    });
  });
  await context.close();
  return { revision_60_ms: revision, descarga_json_ms: descarga };
}

function resumen(corridas) {
  const claves = Object.keys(corridas[0]).filter((k) => !k.startsWith('_'));
  const salida = {};
  for (const k of claves) {
    const valores = corridas.map((c) => c[k]);
    salida[k] = { mediana: mediana(valores), p95: percentil(valores, 95), valores };
  }
  // One run types ~50 keys, so its p95 is its third-slowest key: the budget is judged on
  // every key of every run together.
  for (const [latencias, clave] of [
    ['_latencias', 'tecla_a_pintura_p95_todas_ms'],
    ...Object.keys(PARES).map((par) => [`_${par}_latencias`, `${par}_tecla_a_pintura_p95_todas_ms`]),
  ]) {
    if (!corridas[0][latencias]) continue;
    const todas = corridas.flatMap((c) => c[latencias]);
    salida[clave] = { mediana: percentil(todas, 95), p95: percentil(todas, 99), teclas: todas.length };
  }
  return salida;
}

const ETIQUETAS = {
  transferido_kib: 'Transferido en la primera carga (KiB, brotli)',
  peticiones: 'Peticiones en la primera carga',
  fcp_ms: 'Primer pintado con contenido (ms)',
  campo_usable_ms: 'Primer campo usable (ms)',
  campo_en_pagina_ms: '  de él, hasta que el campo está en la página (ms)',
  app_en_marcha_ms: 'La aplicación en marcha: su pantalla en lugar de la de carga o de la copia del paso 1 (ms)',
  campo_con_borrador_ms: 'Primer campo usable al volver a un borrador de 60 actividades (ms)',
  campo_desde_fuera_ms: 'Primer campo visible para un arnés con Playwright (goto + waitForSelector, su reloj) (ms)',
  campo_red_lenta_ms: 'Primer campo usable con una red móvil lenta (150 ms, 1,6 Mbit/s) (ms)',
  app_en_marcha_red_lenta_ms: '  la aplicación en marcha con esa red (ms)',
  memoria_mb: 'Memoria JS + wasm tras cargar (MB)',
  heap_js_mb: '  de ella, heap JS (MB)',
  memoria_wasm_mb: '  de ella, memoria wasm (MB)',
  tecla_a_pintura_p95_todas_ms: 'Tecla a pintura p95 (columna p95: p99) de todas las teclas, autoguardado activo, 60 actividades (ms)',
  tecla_a_pintura_p95_ms: '  p95 de cada corrida (ms)',
  tecla_a_pintura_mediana_ms: 'Tecla a pintura mediana (ms)',
  copia_guardada_atraso_max_ms: 'Atraso máximo de la copia guardada tras una tecla (ms)',
  caracteres_perdidos_tras_pagehide: 'Caracteres perdidos al salir de la página',
  agregar_50_s: 'Agregar 50 espacios a la lista (s)',
  formulario_completo_ms: 'Formulario completo en pantalla tras agregar un espacio (ms)',
  revision_60_ms: 'Revisión con todas las reglas, 60 actividades (ms)',
  descarga_json_ms: 'Producir la descarga JSON, 60 actividades (ms)',
};

/** A figure as the tables print it: whole above 100, one decimal above 10, two below. */
const formato = (x) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(x < 10 ? 2 : 1)) : '—');

function tabla(resultados) {
  const filas = ['| métrica | CPU 1× mediana | CPU 1× p95 | CPU 4× mediana | CPU 4× p95 | presupuesto 1× / 4× |', '|---|---|---|---|---|---|'];
  for (const [k, etiqueta] of Object.entries(ETIQUETAS)) {
    const r1 = resultados[1]?.[k];
    const r4 = resultados[4]?.[k];
    if (!r1 && !r4) continue;
    const b = BUDGETS[k];
    const dentro = (r, rate) => {
      if (!b || b[rate] === undefined || !r) return '';
      // The median run is compared (for latency, the p95 of all keys of all runs).
      return r.mediana <= b[rate] ? ' ✓' : ' ✗';
    };
    const presupuesto = b ? `${b[1] ?? '—'} / ${b[4] ?? '—'}` : '';
    filas.push(
      `| ${etiqueta} | ${formato(r1?.mediana)}${dentro(r1, 1)} | ${formato(r1?.p95)} | ${formato(r4?.mediana)}${dentro(r4, 4)} | ${formato(r4?.p95)} | ${presupuesto} |`,
    );
  }
  return filas.join('\n');
}

/** The figures the app is read against a peer page by. */
const COMPARADAS = {
  transferido_kib: 'Transferido en la primera carga (KiB, brotli)',
  campo_usable_ms: 'Primer campo usable (ms)',
  campo_en_pagina_ms: '  de él, hasta que el campo está en la página (ms)',
  campo_con_borrador_ms: 'Primer campo usable al volver a un borrador de 60 actividades (ms)',
  campo_desde_fuera_ms: 'Primer campo visible para un arnés con Playwright (ms)',
  campo_red_lenta_ms: 'Primer campo usable con una red móvil lenta (ms)',
  tecla_a_pintura_p95_todas_ms: 'Tecla a pintura p95 de todas las teclas (ms)',
  agregar_50_s: 'Agregar 50 espacios a la lista (s)',
  memoria_mb: 'Memoria JS + wasm tras cargar (MB)',
};

/** The issue has one figure for the first field, however a harness times it. */
const COMO_EN_EL_ISSUE = { campo_desde_fuera_ms: 'campo_usable_ms' };

/** The app's figure, a peer page's, how many times the first the second is, and, for a peer the issue measured, the ratio it asks. */
function tablaPar(resultados, clave) {
  const { nombre, enElIssue } = PARES[clave];
  const conIssue = Boolean(enElIssue);
  const columnas = RATES.flatMap((rate) => [`app ${rate}×`, `${nombre} ${rate}×`, `app ÷ ${nombre} ${rate}×`, ...(conIssue ? [`presupuesto ÷ ${nombre} en el issue ${rate}×`] : [])]);
  const filas = [`| métrica | ${columnas.join(' | ')} |`, `|${'---|'.repeat(columnas.length + 1)}`];
  for (const [k, etiqueta] of Object.entries(COMPARADAS)) {
    const celdas = RATES.flatMap((rate) => {
      const app = resultados[rate]?.[k]?.mediana;
      const par = resultados[rate]?.[`${clave}_${k}`]?.mediana;
      const razon = app / par;
      const enIssue = COMO_EN_EL_ISSUE[k] ?? k;
      const objetivo = BUDGETS[enIssue]?.[rate] / enElIssue?.[enIssue]?.[rate];
      const marca = conIssue && Number.isFinite(razon) && Number.isFinite(objetivo) ? (razon <= objetivo ? ' ✓' : ' ✗') : '';
      return [
        formato(app),
        formato(par),
        Number.isFinite(razon) ? `${razon.toFixed(2)}×${marca}` : '—',
        ...(conIssue ? [Number.isFinite(objetivo) ? `${objetivo.toFixed(2)}×` : '—'] : []),
      ];
    });
    // A figure this run did not measure (`--solo`) leaves its row out.
    if (RATES.every((rate) => !Number.isFinite(resultados[rate]?.[k]?.mediana))) continue;
    filas.push(`| ${etiqueta} | ${celdas.join(' | ')} |`);
  }
  return filas.join('\n');
}

const server = await startServer({ compression: 'br', overrides: { 'config.json': CONFIG } });
const referencia = await startServer({ compression: 'br', root: path.join(AQUI, 'referencia') });
// The SurveyJS peer: its page, the library's files from npm, and its form built from the schema.
const NPM = path.join(AQUI, '../e2e/node_modules');
const ARCHIVOS_SURVEYJS = {
  'survey.core.min.js': 'survey-core/survey.core.min.js',
  'spanish.min.js': 'survey-core/i18n/spanish.min.js',
  'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
  'survey-core.fontless.min.css': 'survey-core/survey-core.fontless.min.css',
};
const esquema = JSON.parse(fs.readFileSync(path.join(AQUI, '../../public/schema/agenda-rdc-v1.schema.json'), 'utf8'));
const surveyjs = await startServer({
  compression: 'br',
  root: path.join(AQUI, 'surveyjs'),
  overrides: {
    ...Object.fromEntries(Object.entries(ARCHIVOS_SURVEYJS).map(([nombre, ruta]) => [nombre, fs.readFileSync(path.join(NPM, ruta))])),
    'modelo.js': `window.MODELO = ${JSON.stringify(modelo(esquema))};`,
  },
});
// A static host serves pre-compressed files: each is compressed once before measuring.
const comprimir = async (servidor, archivos) => {
  for (const archivo of archivos) await fetch(servidor.url + archivo, { headers: { 'accept-encoding': 'br' } });
};
await comprimir(server, fs.readdirSync(path.join(AQUI, '../../dist')).filter((a) => /\.(wasm|js|css|html|json|svg)$/.test(a)));
await comprimir(referencia, ['index.html']);
await comprimir(surveyjs, ['index.html', 'modelo.js', ...Object.keys(ARCHIVOS_SURVEYJS)]);
const browser = await launch();
const version = browser.version();
const resultados = {};
try {
  for (const rate of RATES) {
    const corridas = [];
    for (let i = 0; i < RUNS; i++) {
      process.stderr.write(`CPU ${rate}×, corrida ${i + 1} de ${RUNS}\n`);
      const fila = {};
      if (medir('carga')) {
        Object.assign(fila, await medirCarga(browser, `${server.url}#/paso/1`, rate));
        // An official comes back several times before handing the agenda in: the same load
        // with the 60-activity draft stored, which the app reads before its first screen.
        const vuelta = await medirCarga(browser, `${server.url}#/paso/1`, rate, { borrador: agendaCon(60) });
        fila.campo_con_borrador_ms = vuelta.campo_usable_ms;
        fila.campo_desde_fuera_ms = await medirCargaDesdeFuera(browser, `${server.url}#/paso/1`, rate);
        const lenta = await medirCarga(browser, `${server.url}#/paso/1`, rate, { red: RED_LENTA });
        fila.campo_red_lenta_ms = lenta.campo_usable_ms;
        fila.app_en_marcha_red_lenta_ms = lenta.app_en_marcha_ms;
      }
      if (medir('tecleo')) Object.assign(fila, await medirTecleo(browser, server.url, rate));
      if (medir('agregar') && rate === 1) Object.assign(fila, await medirAgregar(browser, `${server.url}#/paso/5`, rate));
      if (medir('revision')) Object.assign(fila, await medirRevisionYDescarga(browser, server.url, rate));
      Object.assign(fila, await medirPar(browser, 'ref', referencia.url, rate));
      Object.assign(fila, await medirPar(browser, 'sjs', surveyjs.url, rate));
      corridas.push(fila);
    }
    resultados[rate] = resumen(corridas);
  }
} finally {
  await browser.close();
  await server.close();
  await referencia.close();
  await surveyjs.close();
}

fs.mkdirSync(RESULTADOS, { recursive: true });
const md =
  `Corridas por tasa: ${RUNS}. Chromium ${version}, dist/ servido con brotli, caché fría.\n\n${tabla(resultados)}\n\n` +
  `Frente a la página de referencia escrita a mano (tests/bench/referencia/), medida en las mismas corridas: ` +
  `lo que esta máquina da hoy como piso.\n\n${tablaPar(resultados, 'ref')}\n\n` +
  `Frente a la página de SurveyJS con las mismas preguntas (tests/bench/surveyjs/), medida en las mismas corridas. ` +
  `La última columna de cada tasa es la proporción que pide el issue de rendimiento (su presupuesto dividido por ` +
  `la cifra de SurveyJS en su tabla); ✓ si la de hoy no la pasa.\n\n${tablaPar(resultados, 'sjs')}\n`;
fs.writeFileSync(path.join(RESULTADOS, 'ultimo.json'), JSON.stringify({ runs: RUNS, resultados }, null, 2));
fs.writeFileSync(path.join(RESULTADOS, 'ultimo.md'), md);
console.log(md);
