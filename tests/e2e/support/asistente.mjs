// A page object for the wizard: what an official does, in the words on the screen.
import { axeViolations, screenshot, waitForApp } from './browser.mjs';

/** The settings the wizard tests publish as config.json, so dates never depend on today. */
export const CONFIG_2027 = JSON.stringify({
  municipio: 'San Rafael de la Sierra',
  anio_cierre: 2027,
  fecha_credencial: '2027-11-12',
});

/** A field's accessible name: its label, with or without the "(opcional)" mark. */
function etiquetaDe(texto) {
  const escapado = texto.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escapado}( \\(opcional\\))?$`);
}

export class Asistente {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  async abrir(url) {
    await this.page.goto(url);
    await waitForApp(this.page);
  }

  h1() {
    return this.page.locator('main h1').innerText();
  }

  async esperarPaso(numero) {
    await this.page.waitForFunction(
      (n) => document.querySelector('main h1')?.textContent?.startsWith(`Paso ${n} de 9`),
      numero,
      { timeout: 10_000 },
    );
  }

  boton(nombre, dentro = this.page) {
    return dentro.getByRole('button', { name: nombre, exact: true });
  }

  async continuar() {
    await this.boton('Continuar').click();
  }

  async llenar(etiqueta, valor, dentro = this.page) {
    await dentro.getByLabel(etiquetaDe(etiqueta)).fill(valor);
  }

  async marcar(etiqueta, dentro = this.page) {
    await dentro.getByLabel(etiquetaDe(etiqueta)).check();
  }

  async seleccionar(etiqueta, opcion, dentro = this.page) {
    await dentro.getByLabel(etiquetaDe(etiqueta)).selectOption({ label: opcion });
  }

  /**
   * The line a field shows under it (a date in words, a name not on Planeación's list), as its
   * accessible description carries it. What follows typed text is updated after the next paint
   * (`ui::widgets::tras_pintar`: a frame, then a zero timer), so it is read after both.
   */
  async notaDe(etiqueta, dentro = this.page) {
    const campo = dentro.getByLabel(etiquetaDe(etiqueta));
    await this.page.evaluate(() => new Promise((listo) => requestAnimationFrame(() => setTimeout(listo, 0))));
    return campo.evaluate((input) => {
      const ids = (input.getAttribute('aria-describedby') || '').split(' ');
      const nota = ids.find((id) => id.endsWith('-nota'));
      return nota ? document.getElementById(nota)?.textContent ?? null : null;
    });
  }

  /** Answers a yes-or-no question by its full wording. */
  async responder(pregunta, respuesta, dentro = this.page) {
    await dentro.getByRole('group', { name: pregunta, exact: true }).getByLabel(respuesta, { exact: true }).check();
  }

  /** Adds an activity with the step's button and returns its open form's list item. */
  async agregar(textoBoton) {
    const antes = await this.page.locator('li.item').count();
    await this.page.getByRole('button', { name: textoBoton }).click();
    const item = this.page.locator('li.item').nth(antes);
    await item.locator('.item-formulario').waitFor();
    return item;
  }

  async cerrar(item) {
    await item.getByRole('button', { name: 'Listo, cerrar esta actividad' }).click();
  }

  /** The error summary's links, as the user reads them. */
  async errores() {
    const resumen = this.page.locator('#resumen-errores');
    if (!(await resumen.count())) return [];
    return resumen.locator('a').allInnerTexts();
  }

  async esperarGuardado() {
    // The live status keeps the last time while a save is pending: wait until "Guardando…" is gone.
    await this.page.locator('.estado-guardado .guardando.visible').waitFor({ state: 'detached', timeout: 5_000 });
    await this.page.getByRole('status').filter({ hasText: /Guardado a las \d\d:\d\d/ }).waitFor({ timeout: 5_000 });
  }

  /**
   * Elements on screen whose font family is not the page's: the browser looks each such family
   * up at the screen's first paint (the option boxes once cost the first step that lookup).
   */
  otrasFuentes() {
    return this.page.evaluate(() => {
      const propia = getComputedStyle(document.body).fontFamily;
      const otras = new Set();
      for (const el of document.querySelectorAll('body *')) {
        if (!el.getClientRects().length) continue;
        const familia = getComputedStyle(el).fontFamily;
        if (familia !== propia) otras.add(`${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''}: ${familia}`);
      }
      return [...otras];
    });
  }

  async revisarAccesibilidad(nombre) {
    const violaciones = await axeViolations(this.page);
    if (violaciones.length) {
      throw new Error(`axe en «${nombre}»: ${JSON.stringify(violaciones, null, 2)}`);
    }
  }

  captura(nombre) {
    return screenshot(this.page, nombre);
  }
}

/** JSON written with keys sorted at every level and no spaces: the checksum's canonical form. */
export function canonico(valor) {
  if (Array.isArray(valor)) return `[${valor.map(canonico).join(',')}]`;
  if (valor && typeof valor === 'object') {
    const claves = Object.keys(valor).sort();
    return `{${claves.map((k) => `${JSON.stringify(k)}:${canonico(valor[k])}`).join(',')}}`;
  }
  return JSON.stringify(valor);
}
