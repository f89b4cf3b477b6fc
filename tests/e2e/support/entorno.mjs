// What the wizard tests share: a browser, a server publishing the municipality's settings,
// and the sample agenda stored as a draft.
import { before, after } from 'node:test';
import fs from 'node:fs';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';
import { CONFIG_2027 } from './asistente.mjs';

/** The complete sample agenda of the domain reference, as exported. */
export function muestra() {
  return JSON.parse(fs.readFileSync(new URL('../../fixtures/muestra_exportada.json', import.meta.url), 'utf8'));
}

/** `texto` as Notepad saves it in «ANSI»: each character as its Windows-1252 byte (the browser's own table). */
export function enWindows1252(texto) {
  const tabla = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Buffer.from([...texto].map((c) => {
    const byte = tabla.indexOf(c);
    if (byte < 0) throw new Error(`«${c}» is not in Windows-1252`);
    return byte;
  }));
}

/** A browser and a server for the file's tests, started before and closed after them. */
export function entorno(opciones = { overrides: { 'config.json': CONFIG_2027 } }) {
  const e = {};
  before(async () => {
    e.browser = await launch();
    e.server = await startServer(opciones);
  });
  after(async () => {
    await e.browser?.close();
    await e.server?.close();
  });
  return e;
}

/** Stores `agenda` in the page's browser as the draft being worked on. */
export async function guardarBorrador(page, url, agenda) {
  await page.goto(url);
  await page.evaluate((agenda) => {
    const borrador = { version_esquema: 1, revision: 1, guardado_en: '2027-10-01T12:00:00Z', agenda };
    localStorage.setItem(`agenda-rdc.borrador.${agenda.id}`, JSON.stringify(borrador));
    localStorage.setItem('agenda-rdc.actual', agenda.id);
  }, agenda);
}

/** The agenda of the draft being worked on, as stored in the page's browser. */
export function agendaGuardada(page) {
  return page.evaluate(() => {
    const id = localStorage.getItem('agenda-rdc.actual');
    return JSON.parse(localStorage.getItem(`agenda-rdc.borrador.${id}`)).agenda;
  });
}
