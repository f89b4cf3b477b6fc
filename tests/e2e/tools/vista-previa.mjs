// Writes into the built page (dist/index.html) a copy of step 1 of a new agenda, as the built
// app draws it, for the page to show while the app downloads (the script beside the template
// in src/index.html; the app takes over what was done in it, src/ui/vista_previa.rs). Run by
// dev.sh after `trunk build --release` and ajustar-dist.mjs: the copy comes from the app itself,
// so it cannot drift from it.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';

const carpeta = path.resolve(process.argv[2] || 'dist');
const pagina = path.join(carpeta, 'index.html');
// Trunk's minifier may drop the quotes.
const VACIA = /<template id="?vista-previa-plantilla"?><\/template>/;

const html = fs.readFileSync(pagina, 'utf8');
if (!VACIA.test(html)) throw new Error(`${pagina} no tiene la plantilla vacía de la vista previa`);

const config = JSON.parse(fs.readFileSync(path.join(carpeta, 'config.json'), 'utf8'));
const browser = await launch();
try {
  // Two copies: the site's settings as built, and with a list of offices, which changes the
  // name field (its help, its suggestions: the page fills them in from config.json).
  const sinLista = await copiaDelPaso1(browser, { ...config, dependencias: [] });
  const conLista = await copiaDelPaso1(browser, { ...config, dependencias: ['Dependencia de ejemplo'] }, 'data-con-lista');
  fs.writeFileSync(pagina, html.replace(VACIA, () => `<template id="vista-previa-plantilla">${sinLista}${conLista}</template>`));
  console.log(`${pagina}: copia del paso 1, ${sinLista.length} y ${conLista.length} bytes`);
} finally {
  await browser.close();
}

async function copiaDelPaso1(browser, configuracion, marca = '') {
  const server = await startServer({ root: carpeta, overrides: { 'config.json': JSON.stringify(configuracion) } });
  try {
    return await copiaServida(browser, server, marca);
  } finally {
    await server.close();
  }
}

async function copiaServida(browser, server, marca) {
  const page = await browser.newPage();
  const errores = [];
  page.on('pageerror', (e) => errores.push(e.message));
  await page.goto(`${server.url}#/paso/1`);
  // The whole screen: the parts built at an idle moment (the last field, the buttons, the footer).
  await page.waitForSelector('#contenido .botones');
  await page.waitForSelector('footer.pie');
  await page.evaluate(() => new Promise((listo) => requestAnimationFrame(() => setTimeout(listo, 50))));
  if (errores.length) throw new Error(`la aplicación falló al dibujar el paso 1: ${errores.join('; ')}`);
  const { cuerpo, titulo } = await page.evaluate(() => {
    // What the app has set as properties goes into attributes, so that the copy starts with the
    // same values (and the app can tell what was changed in it).
    for (const campo of document.querySelectorAll('input, textarea')) {
      if (campo.type === 'checkbox' || campo.type === 'radio') campo.toggleAttribute('checked', campo.checked);
      else if (campo.value) campo.setAttribute('value', campo.value);
    }
    // The page puts the site's own offices here.
    document.getElementById('dependencias-esperadas')?.replaceChildren();
    const partes = [...document.body.children].filter((e) => !['SCRIPT', 'TEMPLATE', 'LINK'].includes(e.tagName));
    return { cuerpo: partes.map((e) => e.outerHTML).join(''), titulo: document.title };
  });
  await page.close();
  if (!/<main\b[^>]*id="contenido"/.test(cuerpo) || !cuerpo.includes('id="titulo-pagina"')) {
    throw new Error('la copia del paso 1 no tiene el contenido de la aplicación');
  }
  // Leptos's empty markers are of no use in a copy.
  const limpio = cuerpo.replace(/<!--.*?-->/gs, '');
  const atributo = titulo.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<div id="vista-previa" class="vista-previa"${marca ? ` ${marca}` : ''} data-titulo="${atributo}">${limpio}</div>`;
}
