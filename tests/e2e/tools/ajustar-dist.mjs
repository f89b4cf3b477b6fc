// Finishes the pages Trunk writes, in each folder given. Run after `trunk build --release`
// (dev.sh does).
// - Minifies the JS glue (wasm-bindgen's output, which Trunk's own minifier cannot take) and puts
//   the new file's hash in the page's `integrity`, so the browser still checks what it runs.
// - Drops `integrity` from the wasm's preload: Chromium ignores it there (a preload `as=fetch`
//   has no integrity check) and warns about it in the console on every visit.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

// Trunk's content-hashed names: the glue, not the service worker or anything copied from public/.
const GLUE = /-[0-9a-f]{12,16}\.js$/;

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
  html = html.replace(/<link\b[^>]*>/g, (etiqueta) =>
    etiqueta.includes('_bg.wasm') ? etiqueta.replace(/\s+integrity=("[^"]*"|[^\s>]*)/, '') : etiqueta,
  );
  fs.writeFileSync(pagina, html);
  console.log(`${archivo}: ${original.length} → ${code.length} bytes`);
}
