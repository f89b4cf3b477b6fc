// A static server over dist/ for the tests and the benchmark: no server logic, like any
// static host. It can serve the app under a sub-path and compress with brotli or gzip.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * Starts a server on a free 127.0.0.1 port.
 * @param {{ base?: string, compression?: 'br' | 'gzip' | null, root?: string,
 *           overrides?: Record<string, string | null> }} options
 *   base: sub-path the app lives under ('/' or '/rdc/');
 *   overrides: path (relative to base) → body to serve instead of the file ({ cuerpo, tipo } to
 *   give its content type too), or null for 404.
 */
export async function startServer({ base = '/', compression = null, root = DIST, overrides = {} } = {}) {
  // As a static host serves them: the build's pre-compressed copy (`.br`, `.gz`) where there is
  // one, else compressed once per file.
  const comprimidos = new Map();
  const comprimir = (clave, body, fn) => {
    if (!comprimidos.has(clave)) comprimidos.set(clave, fn(body));
    return comprimidos.get(clave);
  };
  // Every path asked for, in order: what the browser really downloaded, service worker included.
  const pedidos = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    pedidos.push(url.pathname);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('fuera de la aplicación');
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    let body;
    let tipo;
    let file = null;
    if (Object.prototype.hasOwnProperty.call(overrides, relative)) {
      if (overrides[relative] === null) {
        res.writeHead(404).end('no existe');
        return;
      }
      // { cuerpo, tipo } serves a body under another content type than the path's.
      const valor = overrides[relative];
      body = Buffer.from(valor?.cuerpo ?? valor);
      if (valor?.tipo) tipo = valor.tipo;
    } else {
      file = path.join(root, relative);
      if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end('no existe');
        return;
      }
      body = fs.readFileSync(file);
    }
    const headers = {
      'content-type': tipo ?? (TYPES[path.extname(relative)] || 'application/octet-stream'),
      'cache-control': 'no-store',
    };
    const accepts = req.headers['accept-encoding'] || '';
    const precomprimido = (ext) => (file && fs.existsSync(file + ext) ? fs.readFileSync(file + ext) : null);
    if (compression === 'br' && accepts.includes('br')) {
      body =
        precomprimido('.br') ??
        comprimir(`br:${relative}`, body, (b) =>
          zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      headers['content-encoding'] = 'br';
    } else if (compression === 'gzip' && accepts.includes('gzip')) {
      body = precomprimido('.gz') ?? comprimir(`gz:${relative}`, body, (b) => zlib.gzipSync(b, { level: 9 }));
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    pedidos,
    // Connections a browser keeps alive would hold the close until they time out.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
