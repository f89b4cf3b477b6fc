//! The advanced part of Planeación's config form: the rules' thresholds and each rule's
//! severity, which the municipality may set in `config.json` (domain.md: every rule that rests
//! on guidance is configurable).

use leptos::prelude::*;

use crate::domain::cantidad::leer_cantidad;
use crate::domain::config::{ArchivoConfiguracion, NivelRegla, Umbral, Umbrales};
use crate::domain::rules::{clave_de_severidad_existe, Regla, REGLAS};
use crate::domain::text::{lista_con, minusculas};
use crate::domain::vocab::Vocabulario;
use crate::ui::widgets::campos::{CampoNumero, Ilegibles, Seleccion};
use crate::ui::widgets::lente::{todas, Lente};

/// The largest threshold the form takes: a year of days.
const UMBRAL_MAXIMO: u32 = 365;

#[component]
pub(super) fn AjustesDeReglas(
    archivo: RwSignal<ArchivoConfiguracion>,
    ilegibles: Ilegibles,
) -> impl IntoView {
    let abierto = archivo.with_untracked(|a| a.umbrales.is_some() || a.severidades.is_some());
    let sin_error = Memo::new(|_| None);
    view! {
        <details class="detalles" id="config-avanzado" open=abierto>
            <summary id="config-avanzado-resumen">"Plazos y severidad de las reglas (avanzado)"</summary>
            <p>
                "La revisión usa estos plazos y severidades. Cámbielos solo si el municipio lo decidió: "
                "una regla apoyada en una norma verificada sigue diciendo lo que la norma exige."
            </p>
            <fieldset class="grupo">
                <legend class="etiqueta">"Plazos"</legend>
                {Umbrales::TODOS
                    .iter()
                    .map(|umbral| view! { <CampoUmbral umbral=umbral archivo=archivo ilegibles=ilegibles sin_error=sin_error/> })
                    .collect_view()}
            </fieldset>
            <fieldset class="grupo">
                <legend class="etiqueta">"Severidad de cada regla"</legend>
                <p class="ayuda">
                    "Un error impide «Descargar para enviar»; una advertencia pide corregir o justificar; una información solo aconseja; "
                    "una regla desactivada no se revisa."
                </p>
                {REGLAS
                    .iter()
                    .map(|regla| view! { <NivelDeRegla regla=regla archivo=archivo sin_error=sin_error/> })
                    .collect_view()}
            </fieldset>
            <OtrasSeveridades archivo=archivo/>
        </details>
    }
}

/// What a threshold's text gives: a whole number the form takes (its unit may be typed with
/// it), or why not.
fn leer_umbral(texto: &str, umbral: &Umbral) -> Result<u32, String> {
    leer_cantidad(texto, false, Some(umbral.unidad), u64::from(UMBRAL_MAXIMO))
        .ok()
        .flatten()
        .map(|n| n as u32)
        .ok_or_else(|| {
            format!(
                "Escriba un número entero de {} entre 0 y {UMBRAL_MAXIMO} en «{}».",
                umbral.unidad.sufijo(),
                umbral.etiqueta
            )
        })
}

#[component]
fn CampoUmbral(
    umbral: &'static Umbral,
    archivo: RwSignal<ArchivoConfiguracion>,
    ilegibles: Ilegibles,
    sin_error: Memo<Option<String>>,
) -> impl IntoView {
    let lente = Lente {
        valor: Memo::new(move |_| {
            let valor = archivo.with(|a| {
                a.umbrales
                    .as_ref()
                    .map_or_else(|| (umbral.leer)(&Umbrales::default()), umbral.leer)
            });
            Some(f64::from(valor))
        }),
        fijar: Callback::new(move |valor: Option<f64>| {
            // The reading below never gives a number it did not take as a whole one.
            if let Some(n) = valor {
                archivo.update(|a| {
                    (umbral.escribir)(a.umbrales.get_or_insert_with(Umbrales::default), n as u32)
                });
            }
        }),
    };
    let leer =
        Callback::new(move |texto: String| leer_umbral(&texto, umbral).map(|n| Some(f64::from(n))));
    view! {
        <CampoNumero
            id=format!("config-umbral-{}", umbral.clave)
            etiqueta=umbral.etiqueta
            ayuda=format!("Si no lo cambia: {} {}.", (umbral.leer)(&Umbrales::default()), umbral.unidad.sufijo())
            unidad=umbral.unidad
            lente=lente
            leer=leer
            error=sin_error
            ilegibles=ilegibles
        />
    }
}

#[component]
fn NivelDeRegla(
    regla: &'static Regla,
    archivo: RwSignal<ArchivoConfiguracion>,
    /// One empty error for every rule: a level chosen from a list is never wrong.
    sin_error: Memo<Option<String>>,
) -> impl IntoView {
    let lente = Lente {
        valor: Memo::new(move |_| {
            archivo.with(|a| {
                a.severidades
                    .as_ref()
                    .and_then(|s| s.get(regla.id))
                    .map(|n| n.codigo())
            })
        }),
        fijar: Callback::new(move |codigo: Option<&'static str>| {
            let nivel = codigo.and_then(NivelRegla::desde_codigo);
            archivo.update(|a| {
                let mut severidades = a.severidades.take().unwrap_or_default();
                match nivel {
                    Some(n) => severidades.insert(regla.id.to_string(), n),
                    None => severidades.remove(regla.id),
                };
                a.severidades = (!severidades.is_empty()).then_some(severidades);
            });
        }),
    };
    let por_defecto: Vec<String> = regla
        .severidades_por_defecto()
        .iter()
        .map(|s| minusculas(s.etiqueta()))
        .collect();
    let ayuda = format!(
        "Si no la cambia: {} ({}). Fuente: {}.",
        lista_con(&por_defecto, "o"),
        regla.marca.etiqueta(),
        regla.fuente
    );
    let niveles = todas::<NivelRegla>();
    view! {
        <Seleccion
            id=format!("config-regla-{}", regla.id)
            etiqueta=format!("{}: {}", regla.id, regla.descripcion)
            lente=lente
            opciones=niveles
            ayuda=ayuda
            vacia="Como la define la aplicación"
            error=sin_error
        />
    }
}

/// The file's severities the list above does not show: a check's own ("V-TIM-05.credencial"),
/// or a rule or check that does not exist. They are kept as they are until taken out.
#[component]
fn OtrasSeveridades(archivo: RwSignal<ArchivoConfiguracion>) -> impl IntoView {
    let otras = Memo::new(move |_| {
        archivo.with(|a| {
            a.severidades
                .iter()
                .flatten()
                .filter(|(clave, _)| clave.contains('.') || !clave_de_severidad_existe(clave))
                .map(|(clave, nivel)| (clave.clone(), *nivel))
                .collect::<Vec<_>>()
        })
    });
    let quitar = move |i: usize, clave: &str| {
        archivo.update(|a| {
            if let Some(severidades) = a.severidades.as_mut() {
                severidades.remove(clave);
            }
            a.severidades = a.severidades.take().filter(|s| !s.is_empty());
        });
        // The one that took its place, the one before it, or the rules' part when none is left.
        let siguiente = otras.with_untracked(|l| {
            l.get(i)
                .or_else(|| i.checked_sub(1).and_then(|j| l.get(j)))
                .map(|(c, _)| id_de_otra(c))
        });
        crate::ui::enfocar(siguiente.as_deref().unwrap_or("config-avanzado-resumen"));
    };
    move || {
        let lista = otras.get();
        (!lista.is_empty()).then(|| {
            view! {
                <div class="grupo" id="config-otras-severidades" tabindex="-1">
                    <h3 class="etiqueta">"Otras severidades del archivo"</h3>
                    <p class="ayuda">
                        "El archivo también cambia la severidad de un chequeo dentro de una regla. "
                        "Se conservan como están; quite las que ya no quiera."
                    </p>
                    <ul class="lista-quitables">
                        {lista
                            .into_iter()
                            .enumerate()
                            .map(|(i, (clave, nivel))| {
                                let existe = clave_de_severidad_existe(&clave);
                                let etiqueta = format!("Quitar la severidad de {clave}");
                                let id = id_de_otra(&clave);
                                view! {
                                    <li>
                                        <span>
                                            <code>{clave.clone()}</code>
                                            {format!(": {}", minusculas(nivel.etiqueta()))}
                                            {(!existe).then(|| view! {
                                                <span class="resumen-linea">"No existe en esta versión de la aplicación."</span>
                                            })}
                                        </span>
                                        <button
                                            type="button"
                                            class="boton boton-terciario"
                                            id=id
                                            aria-label=etiqueta
                                            on:click=move |_| quitar(i, &clave)
                                        >
                                            "Quitar"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The button that takes one of those severities out.
pub(super) fn id_de_otra(clave: &str) -> String {
    format!("config-severidad-{}", clave.replace('.', "-"))
}
