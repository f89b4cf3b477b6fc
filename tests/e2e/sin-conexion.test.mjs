// Poor connections: opened once with a connection, the app opens again without one (service
// worker), and a new version published on the host still replaces the old one at the next
// visit with a connection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from './support/server.mjs';
import { launch, openPage, VIEWPORTS } from './support/browser.mjs';
import { Asistente, CONFIG_2027 } from './support/asistente.mjs';

let browser;
let server;
// Read on every request, so a test can publish a new version on the same host.
const publicado = { 'config.json': CONFIG_2027 };

before(async () => {
  browser = await launch();
  server = await startServer({ overrides: publicado });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Polls `fn` in the page until it resolves truthy (waitForFunction takes a pending promise for
 * a truthy value, so it cannot wait on the async service worker and Cache APIs).
 */
async function esperar(page, fn, arg, que) {
  const limite = Date.now() + 15_000;
  while (Date.now() < limite) {
    if (await page.evaluate(fn, arg)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`no llegó a cumplirse: ${que}`);
}

/** The URLs the service worker keeps. */
function guardadas(page) {
  return page.evaluate(async () => {
    const cache = await caches.open('agenda-rdc-v1');
    return (await cache.keys()).map((r) => r.url);
  });
}

/** Waits until the service worker keeps the page, its files and config.json. */
function esperarGuardada(page) {
  return esperar(
    page,
    async () => {
      const claves = (await (await caches.open('agenda-rdc-v1')).keys()).map((r) => r.url);
      return ['/', '.css', '.js', '_bg.wasm', 'config.json'].every((fin) => claves.some((u) => u.endsWith(fin)));
    },
    null,
    'la página, sus archivos y config.json guardados',
  );
}

/** A first visit (which registers the service worker) and a second one, which it serves. */
async function dosVisitas(page, a) {
  await a.abrir(server.url);
  await esperar(page, async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, 'service worker activo');
  await page.reload();
  await page.waitForSelector('main h1');
  await esperar(page, () => navigator.serviceWorker.controller !== null, null, 'página controlada');
  await esperarGuardada(page);
}

test('opened once with a connection, the app opens again without one, with its draft and the municipal settings', async () => {
  const { page, context, errors } = await openPage(browser, VIEWPORTS.telefono);
  const a = new Asistente(page);
  server.pedidos.length = 0;
  // One visit: the service worker starts seconds after the app and keeps what it downloaded.
  await a.abrir(server.url);
  // An older version's file, left by a page that no worker served, goes when the worker installs.
  const viejo = `${server.url}agenda-rdc-0123456789abcdef_bg.wasm`;
  await page.evaluate((viejo) => caches.open('agenda-rdc-v1').then((c) => c.put(viejo, new Response('viejo'))), viejo);
  await esperar(page, async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, 'service worker activo');
  await esperarGuardada(page);
  assert.ok(!(await guardadas(page)).includes(viejo), 'an older version\'s file is still kept');
  // The wasm, most of the app, was downloaded once: the worker kept the page's own download.
  const wasm = server.pedidos.filter((p) => p.endsWith('_bg.wasm'));
  assert.equal(wasm.length, 1, `the wasm was downloaded ${wasm.length} times: ${server.pedidos}`);
  await page.getByRole('button', { name: 'Empezar' }).click();
  await a.esperarPaso(1);
  await a.llenar('Nombre de la dependencia', 'Secretaría de Educación');
  await a.esperarGuardado();

  // The next visit has no connection.
  await context.setOffline(true);
  await page.reload();
  await a.esperarPaso(1);
  assert.equal(await page.locator('#c-dependencia-nombre').inputValue(), 'Secretaría de Educación');

  // Planeación's page on the same site is another app: it is not kept as the offices' page.
  await context.setOffline(false);
  await page.goto(`${server.url}planeacion/`);
  await page.getByRole('heading', { level: 1, name: 'Revisar las agendas recibidas' }).waitFor();
  assert.ok(!(await guardadas(page)).some((u) => u.includes('/planeacion')), 'la página de Planeación quedó guardada');
  await context.setOffline(true);
  // Any address of the app opens the page, and the settings are the last ones read.
  await page.goto(`${server.url}?sin-conexion#/`);
  await page.waitForSelector('main h1');
  const config = await page.evaluate(() => fetch('config.json').then((r) => r.json()));
  assert.equal(config.municipio, 'San Rafael de la Sierra');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new version published on the host replaces the kept one at the next visit with a connection', async () => {
  const { page, context, errors, requests } = await openPage(browser, VIEWPORTS.escritorio);
  const a = new Asistente(page);
  await dosVisitas(page, a);
  const antes = await guardadas(page);

  // The same files under new content-hashed names, as a new build would publish them.
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // Trunk's hash has no leading zeros, so it can be shorter than 16 digits.
  const hashes = [...new Set([...html.matchAll(/-([0-9a-f]{12,16})(?:_bg)?\.(?:js|wasm|css)/g)].map((m) => m[1]))];
  assert.ok(hashes.length >= 2, `hashed names in index.html: ${hashes}`);
  // The new version's hashes are one digit shorter, as one build in sixteen has them.
  const nuevo = (h) => [...h].reverse().join('').slice(1);
  let nuevaPagina = html;
  for (const h of hashes) nuevaPagina = nuevaPagina.replaceAll(h, nuevo(h));
  const nombresNuevos = [];
  // The files themselves, not their pre-compressed copies (this host compresses nothing).
  for (const archivo of fs.readdirSync(DIST).filter((n) => /\.(js|wasm|css)$/.test(n))) {
    const h = hashes.find((x) => archivo.includes(x));
    if (!h) continue;
    publicado[archivo.replace(h, nuevo(h))] = fs.readFileSync(path.join(DIST, archivo));
    nombresNuevos.push(archivo.replace(h, nuevo(h)));
  }
  publicado['index.html'] = nuevaPagina;
  // New municipal settings win too.
  publicado['config.json'] = JSON.stringify({ ...JSON.parse(CONFIG_2027), municipio: 'Villa del Río' });
  try {
    // Mid-deploy on a host that answers missing paths with the app's page: the new files are
    // not there yet. The app cannot start, and that page must not be kept as the new files.
    const archivos = {};
    for (const nombre of nombresNuevos) {
      archivos[nombre] = publicado[nombre];
      publicado[nombre] = { cuerpo: html, tipo: 'text/html; charset=utf-8' };
    }
    await page.reload();
    await page.getByRole('heading', { name: 'No se pudo abrir la aplicación' }).waitFor();
    errors.length = 0; // the browser's own complaints about that page, expected here
    Object.assign(publicado, archivos);
    requests.length = 0;
    await page.reload();
    await page.waitForSelector('main h1');
    await page.getByText('Villa del Río: cierre de gobierno 2027').waitFor();
    for (const nombre of nombresNuevos) {
      assert.ok(requests.some((u) => u.endsWith(nombre)), `the page did not ask for ${nombre}`);
    }
    await esperar(
      page,
      async (nombres) => {
        const claves = (await (await caches.open('agenda-rdc-v1')).keys()).map((r) => r.url);
        return nombres.every((n) => claves.some((u) => u.endsWith(n)));
      },
      nombresNuevos,
      'la versión nueva guardada',
    );
    // The old version's files are gone from the cache; the new one opens without a connection.
    const despues = await guardadas(page);
    for (const h of hashes) {
      assert.ok(antes.some((u) => u.includes(h)), `the first version's ${h} was kept`);
      assert.ok(!despues.some((u) => u.includes(h)), `the old ${h} is still kept: ${despues}`);
    }
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('main h1');

    // The build published after that one (here the first again): the short-hashed files leave
    // the cache like any other version's.
    await context.setOffline(false);
    for (const nombre of [...nombresNuevos, 'index.html']) delete publicado[nombre];
    await page.reload();
    await page.waitForSelector('main h1');
    await esperar(
      page,
      async (nombres) => {
        const claves = (await (await caches.open('agenda-rdc-v1')).keys()).map((r) => r.url);
        return !nombres.some((n) => claves.some((u) => u.endsWith(n)));
      },
      nombresNuevos,
      'los archivos de la versión anterior borrados',
    );
    assert.deepEqual(errors, []);
  } finally {
    for (const nombre of [...nombresNuevos, 'index.html']) delete publicado[nombre];
    publicado['config.json'] = CONFIG_2027;
    await context.close();
  }
});
