// The app shell as any visitor meets it: it loads from a static host, at a root or a
// sub-path, on a phone and a desktop, makes no third-party request and passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, DIST } from './support/server.mjs';
import { launch, openPage, waitForApp, axeViolations, screenshot, VIEWPORTS } from './support/browser.mjs';

let browser;
let server;
let subpath;

before(async () => {
  browser = await launch();
  server = await startServer();
  subpath = await startServer({ base: '/planeacion/rdc/' });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await subpath?.close();
});

for (const [nombre, viewport] of Object.entries(VIEWPORTS)) {
  test(`the start screen renders in Spanish with landmarks and no axe violation (${nombre})`, async () => {
    const { page, context, errors, warnings, requests } = await openPage(browser, viewport);
    await page.goto(server.url);
    await waitForApp(page);

    assert.equal(await page.getAttribute('html', 'lang'), 'es-CO');
    assert.match(await page.title(), /Agenda de Rendición de Cuentas/);
    await assert.doesNotReject(page.getByRole('banner').getByText('Agenda de Rendición de Cuentas').waitFor());
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('contentinfo').count(), 1);
    const h1 = await page.locator('main h1').innerText();
    assert.match(h1, /agenda de rendición de cuentas/i);
    await assert.doesNotReject(page.getByText('Qué necesita tener a mano').waitFor());

    // No horizontal scrolling at this width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);

    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `inicio-${nombre}`);

    const origin = new URL(server.url).origin;
    const ajenas = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(ajenas, [], 'every request stays on the app’s own host');
    // The preload is the download the app uses: the wasm comes once.
    assert.equal(requests.filter((u) => u.endsWith('_bg.wasm')).length, 1, requests.join('\n'));
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    await context.close();
  });
}

test('dist/ carries a brotli and a gzip copy of each file named by its content, with the same bytes, and the app runs from them', async () => {
  const conHuella = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
  for (const carpeta of [DIST, path.join(DIST, 'planeacion')]) {
    const nombres = fs.readdirSync(carpeta).filter((n) => conHuella.test(n));
    assert.deepEqual(nombres.map((n) => path.extname(n)).sort(), ['.css', '.js', '.wasm'], carpeta);
    for (const nombre of nombres) {
      const original = fs.readFileSync(path.join(carpeta, nombre));
      const br = fs.readFileSync(path.join(carpeta, `${nombre}.br`));
      const gz = fs.readFileSync(path.join(carpeta, `${nombre}.gz`));
      assert.ok(zlib.brotliDecompressSync(br).equals(original), `${nombre}.br`);
      assert.ok(zlib.gunzipSync(gz).equals(original), `${nombre}.gz`);
      assert.ok(br.length < gz.length && gz.length < original.length, nombre);
    }
  }
  // Planeación edits config.json after the build: a copy beside it would be served stale.
  for (const archivo of ['config.json', 'index.html']) {
    assert.equal(fs.existsSync(path.join(DIST, `${archivo}.br`)), false, archivo);
    assert.equal(fs.existsSync(path.join(DIST, `${archivo}.gz`)), false, archivo);
  }

  const comprimido = await startServer({ compression: 'br' });
  const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
  const wasm = page.waitForResponse((r) => r.url().endsWith('_bg.wasm'));
  await page.goto(comprimido.url);
  await waitForApp(page);
  const respuesta = await wasm;
  const nombre = new URL(respuesta.url()).pathname.split('/').pop();
  assert.equal(respuesta.headers()['content-encoding'], 'br');
  assert.equal(Number(respuesta.headers()['content-length']), fs.statSync(path.join(DIST, `${nombre}.br`)).size);
  assert.deepEqual(errors, []);
  await context.close();
  await comprimido.close();
});

test('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
  const { page, context, errors } = await openPage(browser, VIEWPORTS.escritorio);
  await page.goto(server.url);
  await waitForApp(page);
  await page.keyboard.press('Tab');
  const enfocado = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(enfocado, 'Saltar al contenido principal');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'contenido', null, { timeout: 2000 });
  assert.equal(new URL(page.url()).hash, '', 'the skip link leaves the route alone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same dist/ works under a sub-path of a static host', async () => {
  const { page, context, errors, requests } = await openPage(browser, VIEWPORTS.telefono);
  await page.goto(subpath.url);
  await waitForApp(page);
  const fuera = requests.filter((u) => !u.includes('/planeacion/rdc/'));
  assert.deepEqual(fuera, [], 'every asset is fetched under the sub-path');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Holds the wasm's download until the returned function is called; it then goes on, or with
 * `cortar`, is cut off. */
async function retenerWasm(page, { cortar = false } = {}) {
  let soltar;
  const retenido = new Promise((ok) => { soltar = ok; });
  await page.route('**/*.wasm', async (r) => { await retenido; await (cortar ? r.abort() : r.continue()); });
  return soltar;
}

test('while the app downloads the page says so, and the notice goes once the app starts', async () => {
  const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
  const soltar = await retenerWasm(page);
  await page.goto(server.url);
  const aviso = page.getByRole('status').filter({ hasText: 'Cargando la aplicación…' });
  await aviso.waitFor();
  assert.equal(await page.locator('main h1').count(), 0);
  // Under the app's own header, where the app draws it: starting moves nothing under it.
  const cabecera = await page.getByRole('banner').boundingBox();
  assert.equal(await page.getByRole('banner').innerText(), 'RdC\nAgenda de Rendición de Cuentas');
  soltar();
  await waitForApp(page);
  assert.equal(await page.locator('#carga').count(), 0);
  assert.equal(await page.locator('#carga-encabezado').count(), 0);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('banner').count(), 1);
  assert.deepEqual(await page.getByRole('banner').boundingBox(), cabecera);
  assert.deepEqual(errors, []);
  await context.close();
});

const NOMBRE = 'Nombre de la dependencia';

test('a new visitor on step 1 fills it in while the app downloads, and the app keeps what was typed, ticked and where the caret was', async () => {
  const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
  const soltar = await retenerWasm(page);
  await page.goto(`${server.url}#/paso/1`);
  const nombre = page.getByLabel(NOMBRE);
  await nombre.waitFor();
  // The page's copy of the screen, with the loading notice at its foot; the app has not started.
  assert.equal(await page.locator('#vista-previa').count(), 1);
  assert.equal(await page.locator('#carga-estado').innerText(), 'Cargando la aplicación… Ya puede escribir: lo que escriba se conserva.');
  assert.equal(await page.title(), 'Paso 1 de 9: La dependencia — Agenda de Rendición de Cuentas');
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('banner').count(), 1);
  // Half a second on, the download's bar joins the notice, in its own landmark.
  await page.getByRole('complementary', { name: 'Carga de la aplicación' }).getByRole('progressbar', { name: 'Descarga de la aplicación' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'vista-previa-telefono');

  await nombre.fill('Secretaría de Salud');
  await page.getByLabel('Instituto o entidad descentralizada').check();
  await page.getByLabel('Correo electrónico').fill('enlace@salud.gov.co');
  await nombre.focus();
  await nombre.evaluate((input) => input.setSelectionRange(3, 3));
  assert.equal(await page.locator('#vista-previa').count(), 1, 'still the copy');

  soltar();
  await page.waitForFunction(() => !document.getElementById('carga'));
  assert.equal(await page.locator('#vista-previa').count(), 0);
  assert.equal(await nombre.inputValue(), 'Secretaría de Salud');
  assert.equal(await page.getByLabel('Correo electrónico').inputValue(), 'enlace@salud.gov.co');
  assert.ok(await page.getByLabel('Instituto o entidad descentralizada').isChecked());
  // The app's own rule for an institute, run by the replayed choice.
  assert.ok(await page.getByLabel('Quien dirige la dependencia es representante legal de una entidad').isChecked());
  // The keyboard goes on where it was.
  assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]), ['c-dependencia-nombre', 3]);
  await page.keyboard.type('-');
  assert.equal(await nombre.inputValue(), 'Sec-retaría de Salud');
  // And it is all in the draft, as if typed in the app.
  await page.waitForFunction(() => {
    const id = localStorage.getItem('agenda-rdc.actual');
    const borrador = id && JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`) || 'null');
    const d = borrador?.agenda?.dependencia;
    return d?.nombre === 'Sec-retaría de Salud' && d.tipo === 'instituto_descentralizado' && d.enlace_rdc.correo === 'enlace@salud.gov.co';
  }, null, { timeout: 5_000 });
  assert.equal(await page.getByRole('main').count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link or button clicked in the copy of step 1 says the app is on its way, and the app does it once started', async () => {
  const { page, context, errors } = await openPage(browser, VIEWPORTS.escritorio);
  const soltar = await retenerWasm(page);
  await page.goto(`${server.url}#/paso/1`);
  await page.getByLabel(NOMBRE).fill('Secretaría de Salud');
  await page.getByRole('link', { name: /Diagnóstico/ }).click();
  await page.getByRole('status').filter({ hasText: 'Un momento: la aplicación termina de cargar y enseguida sigue con lo que pidió.' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/paso/1', 'the link waits for the app');
  await screenshot(page, 'vista-previa-escritorio');
  soltar();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.startsWith('Paso 2 de 9'));
  assert.equal(await page.locator('#carga').count(), 0);
  await page.goto(`${server.url}#/paso/1`);
  assert.equal(await page.getByLabel(NOMBRE).inputValue(), 'Secretaría de Salud');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the copy of step 1 is only for a new visitor on step 1: not on the start screen, nor with a draft', async () => {
  const { page, context } = await openPage(browser, VIEWPORTS.telefono);
  const cargando = async (url) => {
    const soltar = await retenerWasm(page);
    // A new document each time, not a move within the same one.
    await page.goto('about:blank');
    await page.goto(url);
    await page.locator('#carga-estado', { hasText: 'Cargando la aplicación…' }).waitFor();
    // The settings come before the copy would.
    await page.evaluate(() => window.configuracionDelSitio.promesa);
    await page.evaluate(() => new Promise((listo) => requestAnimationFrame(() => setTimeout(listo, 0))));
    const copia = await page.locator('#vista-previa').count();
    soltar();
    await waitForApp(page);
    await page.unrouteAll();
    return copia;
  };
  assert.equal(await cargando(server.url), 0, 'the start screen');
  assert.equal(await cargando(`${server.url}#/paso/1`), 1, 'a new visitor');
  await page.getByLabel(NOMBRE).fill('Secretaría de Salud');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('agenda-rdc.borrador.')));
  assert.equal(await cargando(`${server.url}#/paso/1`), 0, 'a draft');
  assert.equal(await page.getByLabel(NOMBRE).inputValue(), 'Secretaría de Salud');
  await context.close();
});

test('once the app’s download is in, its start is a moment away: the copy of step 1 does not show', async () => {
  const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
  const wasmLlego = new Promise((ok) => page.on('requestfinished', (r) => { if (r.url().endsWith('_bg.wasm')) ok(); }));
  // config.json, which the copy waits for, comes after the wasm.
  await page.route('**/config.json', async (r) => { await wasmLlego; await r.continue(); });
  await page.addInitScript(() => {
    new MutationObserver(() => { if (document.getElementById('vista-previa')) window.__copiaVista = true; })
      .observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.url}#/paso/1`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__copiaVista ?? false), false);
  assert.equal(await page.getByLabel(NOMBRE).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with Planeación’s list of offices the copy of step 1 has the list’s help and suggestions, as the app does', async () => {
  const oficinas = ['Secretaría de Salud', 'Secretaría de Educación', 'Instituto de Deportes'];
  const conLista = await startServer({ overrides: { 'config.json': JSON.stringify({ municipio: 'San Rafael', dependencias: oficinas }) } });
  const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
  const soltar = await retenerWasm(page);
  await page.goto(`${conLista.url}#/paso/1`);
  const nombre = page.getByLabel(NOMBRE);
  await nombre.waitFor();
  const comoLoMuestra = () =>
    nombre.evaluate((input) => ({
      ayuda: document.getElementById(input.getAttribute('aria-describedby').split(' ')[0]).textContent,
      lista: input.getAttribute('list'),
      sugerencias: [...(input.list?.options ?? [])].map((o) => o.value),
      autocomplete: input.getAttribute('autocomplete'),
    }));
  assert.equal(await page.locator('#vista-previa').count(), 1);
  const enLaCopia = await comoLoMuestra();
  assert.deepEqual(enLaCopia.sugerencias, oficinas);
  assert.match(enLaCopia.ayuda, /^Elija el de su dependencia entre las sugerencias de Planeación/);
  await nombre.fill('Secretaría de Salud');
  soltar();
  await page.waitForFunction(() => !document.getElementById('carga'));
  assert.deepEqual(await comoLoMuestra(), enLaCopia);
  assert.equal(await nombre.inputValue(), 'Secretaría de Salud');
  assert.deepEqual(errors, []);
  await context.close();
  await conLista.close();
});

test('when the app cannot start under the copy of step 1, the page says so and what was typed stays on screen', async () => {
  const { page, context } = await openPage(browser, VIEWPORTS.telefono);
  const cortar = await retenerWasm(page, { cortar: true });
  await page.goto(`${server.url}#/paso/1`);
  await page.getByLabel(NOMBRE).fill('Secretaría de Salud');
  cortar();
  await page.getByRole('heading', { level: 1, name: 'No se pudo abrir la aplicación' }).waitFor();
  assert.equal(await page.getByLabel(NOMBRE).inputValue(), 'Secretaría de Salud');
  await page.getByRole('button', { name: 'Recargar la página' }).waitFor();
  await context.close();
});

// While it loads, the page is a status line ("Cargando la aplicación…") and the bar, without a
// heading of its own: the app brings its h1 when it starts (and the tests wait for that one).
const SIN_TITULO_AL_CARGAR = ['page-has-heading-one'];

for (const [pagina, ruta, apodo, cargando] of [
  ['the offices’ app', '', 'cargando-telefono', 'Cargando la aplicación…'],
  ['Planeación’s page', 'planeacion/', null, 'Cargando la página…'],
]) {
  test(`on a slow connection ${pagina} shows how much of it has arrived, then starts`, async () => {
    const comprimido = await startServer({ compression: 'br' });
    const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // About three seconds for the brotli wasm (~300 KiB for the app, ~200 for Planeación).
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 90 * 1024, uploadThroughput: 90 * 1024 });
    await page.goto(comprimido.url + ruta, { waitUntil: 'commit' });
    const barra = page.getByRole('progressbar', { name: 'Descarga de la aplicación' });
    await barra.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#carga-estado').innerText(), cargando);
    const vistos = [];
    let revisado = false;
    while ((await page.locator('#carga').count()) > 0) {
      const visto = await page.evaluate(() => {
        const p = document.getElementById('carga-barra');
        return p && { valor: p.value, cifra: document.querySelector('.carga-cifra').textContent };
      });
      if (visto) vistos.push(visto);
      if (!revisado && visto && visto.valor > 20) {
        revisado = true;
        assert.deepEqual(await axeViolations(page, SIN_TITULO_AL_CARGAR), []);
        if (apodo) await screenshot(page, apodo);
      }
      await page.waitForTimeout(150);
    }
    await waitForApp(page);
    const valores = vistos.map((v) => v.valor);
    assert.ok(valores.some((v) => v > 0 && v < 100), `some value in between: ${valores}`);
    assert.deepEqual(valores, [...valores].sort((a, b) => a - b), 'it only goes forward');
    for (const { valor, cifra } of vistos) assert.equal(cifra, `${valor} %`);
    assert.ok(revisado, 'the bar was seen past 20 %');
    assert.deepEqual(errors, []);
    await context.close();
    await comprimido.close();
  });
}

test('a quick load shows no progress bar', async () => {
  const { page, context } = await openPage(browser, VIEWPORTS.telefono);
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.getElementById('carga-barra')) window.__barraVista = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__barraVista ?? false), false);
  await context.close();
});

test('when nothing arrives for ten seconds the loading screen says so and offers to reload', async () => {
  const { page, context } = await openPage(browser, VIEWPORTS.telefono);
  await page.clock.install();
  let soltar;
  const retenido = new Promise((ok) => { soltar = ok; });
  let primera = true;
  await page.route('**/*.wasm', async (r) => {
    if (!primera) return r.continue();
    primera = false;
    await retenido;
    await r.abort().catch(() => {});
  });
  await page.goto(server.url, { waitUntil: 'commit' });
  const barra = page.getByRole('progressbar', { name: 'Descarga de la aplicación' });
  const estado = page.getByRole('status').filter({ hasText: 'La descarga va muy lenta o se detuvo.' });
  const lenta = estado.getByText('La descarga va muy lenta o se detuvo.');
  // The bar comes half a second after the download starts: from there, the notice is due ten
  // seconds after the start.
  for (let i = 0; i < 40 && (await barra.count()) === 0; i++) await page.clock.runFor(250);
  assert.equal(await barra.count(), 1);
  assert.equal(await page.locator('.carga-cifra').textContent(), '0 %');
  await page.clock.runFor(8_900);
  assert.equal(await lenta.count(), 0, 'not before ten seconds');
  await page.clock.runFor(1_000);
  await lenta.waitFor();
  await estado.getByText('Puede esperar un poco más, o revisar su conexión y recargar la página.').waitFor();
  assert.deepEqual(await axeViolations(page, SIN_TITULO_AL_CARGAR), []);
  await screenshot(page, 'descarga-lenta-telefono');
  await estado.getByRole('button', { name: 'Recargar la página' }).click();
  soltar();
  await waitForApp(page);
  assert.equal(await page.locator('#carga').count(), 0);
  await context.close();
});

const FALLOS = {
  'the download of the wasm is cut off': (page) => page.route('**/*.wasm', (r) => r.abort()),
  'the JavaScript glue does not arrive': (page) => page.route('**/agenda-rdc-*.js', (r) => r.abort()),
  'the browser cannot compile the wasm (too old)': (page) =>
    page.route('**/*.wasm', (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 2, 3]) })),
  'the browser has no WebAssembly': (page) => page.addInitScript(() => { delete window.WebAssembly; }),
};

for (const [caso, provocar] of Object.entries(FALLOS)) {
  test(`when the app cannot start the page says so in Spanish and offers to reload (${caso})`, async () => {
    const { page, context } = await openPage(browser, VIEWPORTS.telefono);
    await provocar(page);
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'No se pudo abrir la aplicación' }).waitFor();
    await page.getByText('Los borradores guardados en este navegador no se pierden.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    if (caso.startsWith('the download')) await screenshot(page, 'no-abre-telefono');
    if (caso !== 'the browser has no WebAssembly') {
      // Once the connection is back, the button brings the app.
      await page.unrouteAll();
      await page.getByRole('button', { name: 'Recargar la página' }).click();
      await waitForApp(page);
      assert.equal(await page.locator('#carga').count(), 0);
    }
    await context.close();
  });
}

// A module whose one function is `unreachable`: what a Rust panic ends in, in the release build.
const TRAMPA = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11];

for (const [pagina, ruta] of [
  ['the offices’ app', ''],
  ['Planeación’s page', 'planeacion/'],
]) {
  test(`when ${pagina} stops on a bug while running, it says so in Spanish and the button reloads it`, async () => {
    const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
    await page.goto(server.url + ruta);
    await page.waitForSelector('main h1', { timeout: 30_000 });
    assert.equal(await page.locator('#carga').count(), 0);

    // An error that is not the wasm stopping (a browser extension's, say) is left alone.
    await page.evaluate(() => setTimeout(() => { throw new Error('de otro script'); }));
    await page.waitForTimeout(100);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'se detuvo' }).count(), 0);

    const trampa = (bytes) => {
      const f = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes))).exports.f;
      setTimeout(f);
      setTimeout(f);
    };
    await page.evaluate(trampa, TRAMPA);
    const aviso = page.getByRole('alert').filter({ hasText: 'La página se detuvo por un error.' });
    await aviso.waitFor();
    await aviso.getByText('Lo que ya estaba guardado en este navegador no se pierde').waitFor();
    await page.waitForTimeout(100);
    assert.equal(await aviso.count(), 1, 'two traps, one notice');
    // The keyboard is on the way out, and the notice passes axe.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Recargar la página');
    assert.deepEqual(await axeViolations(page), []);
    if (!ruta) await screenshot(page, 'detenida-telefono');
    assert.ok(errors.some((e) => e.includes('unreachable')), errors.join('\n'));

    await page.keyboard.press('Enter');
    await page.waitForSelector('main h1', { timeout: 30_000 });
    await page.waitForTimeout(200);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'se detuvo' }).count(), 0);
    await context.close();
  });
}
