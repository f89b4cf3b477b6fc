// The app's service worker: once the app has been opened with a connection, it opens again
// without one, and later visits do not download it again. It never holds back a new version:
// - the page, config.json and the schemas go to the network first; the last copy is used only
//   when there is no connection, so a new version or new municipal settings win when online;
// - the files Trunk names with a content hash (JS, wasm, CSS) come from the cache, fetched once:
//   a new version has new names, and names the current page no longer uses are deleted.
// It keeps the first visit too: when it installs, it keeps the page and the files that page
// names. The wasm is already in CACHE (the page put its own download there, src/index.html);
// the other files come from the browser's HTTP cache, downloaded again (some 12 KiB) only from
// a host that forbids keeping them. After that it keeps what the page asks for.
const CACHE = 'agenda-rdc-v1';
// Trunk writes its 64-bit content hash in hex without leading zeros: one build in sixteen has
// 15 digits or fewer.
const CON_HASH = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
// The same names as the page writes them (`./agenda-rdc-<hash>_bg.wasm`, `main-<hash>.css`).
const NOMBRE_CON_HASH = /[\w.-]+-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)\b/g;

self.addEventListener('install', (evento) => {
  self.skipWaiting();
  // A first visit that cannot be kept (no connection any more, storage full) is kept by the
  // next one, as before: the worker installs all the same.
  evento.waitUntil(guardarLaVisita().catch(() => {}));
});

async function guardarLaVisita() {
  const cache = await caches.open(CACHE);
  const alcance = self.registration.scope;
  const respuesta = await fetch(alcance);
  if (!respuesta.ok) return;
  const pagina = await respuesta.clone().text();
  await cache.put(alcance, respuesta);
  // What an older version's page left there, when no worker was serving it, goes.
  await podar(cache, pagina);
  const nombres = new Set(Array.from(pagina.matchAll(NOMBRE_CON_HASH), (m) => m[0]));
  const direcciones = [...nombres].map((n) => new URL(n, alcance).href);
  direcciones.push(new URL('config.json', alcance).href);
  for (const direccion of direcciones) {
    if (await cache.match(direccion)) continue;
    const archivo = await fetch(direccion, { cache: 'force-cache' });
    // A host answering a missing file with the app's page (mid-deploy) does not get it kept.
    const esPagina = (archivo.headers.get('content-type') || '').startsWith('text/html');
    if (archivo.ok && !esPagina) await cache.put(direccion, archivo);
  }
}

self.addEventListener('activate', (evento) => {
  evento.waitUntil(
    caches
      .keys()
      .then((claves) => Promise.all(claves.filter((c) => c !== CACHE).map((c) => caches.delete(c))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (evento) => {
  const peticion = evento.request;
  const url = new URL(peticion.url);
  if (peticion.method !== 'GET' || !url.href.startsWith(self.registration.scope)) return;
  // Planeación's page (planeacion/) is another app: its page and files are not the offices'.
  if (url.href.startsWith(`${self.registration.scope}planeacion/`)) return;
  if (CON_HASH.test(url.pathname)) {
    evento.respondWith(primeroCache(peticion));
  } else if (peticion.mode === 'navigate') {
    // Any address of the app (a step's link, index.html) is the one page.
    evento.respondWith(primeroRed(peticion, self.registration.scope, true));
  } else {
    evento.respondWith(primeroRed(peticion, url.origin + url.pathname, false));
  }
});

async function primeroCache(peticion) {
  const cache = await caches.open(CACHE);
  const guardada = await cache.match(peticion);
  if (guardada) return guardada;
  const respuesta = await fetch(peticion);
  // Hosts that answer every missing path with the app's page (during a deploy, say) must not
  // leave that page kept forever under a file's name.
  const pagina = (respuesta.headers.get('content-type') || '').startsWith('text/html');
  if (respuesta.ok && !pagina) await cache.put(peticion, respuesta.clone());
  return respuesta;
}

async function primeroRed(peticion, clave, esPagina) {
  const cache = await caches.open(CACHE);
  let respuesta;
  try {
    respuesta = await fetch(peticion);
  } catch (sinRed) {
    const guardada = await cache.match(clave);
    if (guardada) return guardada;
    throw sinRed;
  }
  // A 404 is an answer (a settings file taken down on purpose): it is passed on, not replaced.
  if (respuesta.ok) {
    await cache.put(clave, respuesta.clone());
    if (esPagina) await podar(cache, await respuesta.clone().text());
  }
  return respuesta;
}

/** Deletes the hashed files that the current page no longer names (an older version's). */
async function podar(cache, pagina) {
  for (const peticion of await cache.keys()) {
    const nombre = new URL(peticion.url).pathname.split('/').pop();
    if (CON_HASH.test(nombre) && !pagina.includes(nombre)) await cache.delete(peticion);
  }
}
