// Finishes the pages Trunk writes, in each folder given. Run after `trunk build --release`
// (dev.sh does).
// - Minifies the JS glue (wasm-bindgen's output, which Trunk's own minifier cannot take) and puts
//   the new file's hash in the page's `integrity`, so the browser still checks what it runs.
// - Drops `integrity` from the wasm's preload: Chromium ignores it there (a preload `as=fetch`
//   has no integrity check) and warns about it in the console on every visit. Writes there the
//   wasm's size instead, for the loading bar (src/cargador.js).
// - Writes beside each file Trunk names with its content hash (the wasm, JS and CSS: nearly all
//   the bytes) a `.br` and a `.gz` at the highest levels, for hosts that serve pre-compressed
//   copies (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`): the wasm is 302 KiB with
//   brotli 11 and 340-380 KiB compressed on the fly. Only those files: their content never
//   changes under their name, while config.json is edited after the build and a stale copy
//   beside it would be served instead.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { transformSync } from 'esbuild';

// Trunk's content-hashed names: the glue, not the service worker or anything copied from public/.
const GLUE = /-[0-9a-f]{12,16}\.js$/;
// Every file Trunk names with its content hash (as public/sw.js knows them).
const CON_HASH = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

const integridad = (texto) => `sha384-${crypto.createHash('sha384').update(texto).digest('base64')}`;

for (const carpeta of process.argv.slice(2)) {
  const pagina = path.join(carpeta, 'index.html');
  let html = fs.readFileSync(pagina, 'utf8');
  const glues = fs.readdirSync(carpeta).filter((nombre) => GLUE.test(nombre));
  if (glues.length !== 1) throw new Error(`${carpeta}: se esperaba un JS de enlace, hay ${glues.length}`);
  const archivo = path.join(carpeta, glues[0]);
  const original = fs.readFileSync(archivo, 'utf8');
  const antes = integridad(original);
  if (!html.includes(antes)) throw new Error(`${pagina} no tiene la integridad de ${glues[0]} (¿ya se minificó?)`);
  const { code } = transformSync(original, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
  fs.writeFileSync(archivo, code);
  html = html.split(antes).join(integridad(code));
  // The wasm's preload carries its size, for the loading bar (src/cargador.js).
  html = html.replace(/<link\b[^>]*>/g, (etiqueta) => {
    const wasm = etiqueta.match(/href=["']?([^"'\s>]*_bg\.wasm)/);
    if (!wasm) return etiqueta;
    const bytes = fs.statSync(path.join(carpeta, path.basename(wasm[1]))).size;
    return etiqueta.replace(/\s+integrity=("[^"]*"|[^\s>]*)/, '').replace(/^<link\b/, `<link data-bytes=${bytes}`);
  });
  fs.writeFileSync(pagina, html);
  console.log(`${archivo}: ${original.length} → ${code.length} bytes`);
}

for (const carpeta of process.argv.slice(2)) {
  for (const nombre of fs.readdirSync(carpeta).filter((n) => CON_HASH.test(n))) {
    const archivo = path.join(carpeta, nombre);
    const contenido = fs.readFileSync(archivo);
    fs.writeFileSync(
      `${archivo}.br`,
      zlib.brotliCompressSync(contenido, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: contenido.length,
        },
      }),
    );
    fs.writeFileSync(`${archivo}.gz`, zlib.gzipSync(contenido, { level: zlib.constants.Z_BEST_COMPRESSION }));
  }
}
