//! The dates of the closing phases in Planeación's config form: the memo's unless the
//! municipality sets others (domain.md §5.1), each date on its own so the rest stay computed.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::calendar::{fecha_larga, leer_fecha_iso};
use crate::domain::config::{ArchivoConfiguracion, FechaDeFase};
use crate::domain::text::primera_mayuscula;
use crate::domain::vocab::FaseCierre;
use crate::ui::widgets::campos::{CampoNativo, Ilegibles};
use crate::ui::widgets::lente::Lente;

/// The control of one date.
fn id_de_fecha(cual: FechaDeFase) -> &'static str {
    match cual {
        FechaDeFase::InformeDesde => "config-informe-desde",
        FechaDeFase::InformeHasta => "config-informe-hasta",
        FechaDeFase::RendicionDesde => "config-rendicion-desde",
        FechaDeFase::RendicionHasta => "config-rendicion-hasta",
        FechaDeFase::EmpalmeDesde => "config-empalme-desde",
    }
}

/// Where a problem with a phase's window takes the person: its first day, which says it.
pub(super) fn id_de_fase(fase: FaseCierre) -> &'static str {
    FechaDeFase::TODAS
        .into_iter()
        .find(|cual| cual.fase() == fase)
        .map_or("config-fases", id_de_fecha)
}

/// The fields of one phase: its first day, and its last unless it runs to the end of the term.
#[component]
fn Fase(
    fase: FaseCierre,
    archivo: RwSignal<ArchivoConfiguracion>,
    hoy: NaiveDate,
    error: Memo<Option<String>>,
    ilegibles: Ilegibles,
) -> impl IntoView {
    let sin_error = Memo::new(|_| None::<String>);
    let campos = FechaDeFase::TODAS
        .into_iter()
        .filter(|cual| cual.fase() == fase)
        .map(|cual| {
            let lente = Lente {
                valor: Memo::new(move |_| {
                    archivo
                        .with(|a| a.fecha_de_fase(cual))
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                }),
                fijar: Callback::new(move |texto: String| {
                    archivo.update(|a| a.fijar_fecha_de_fase(cual, leer_fecha_iso(&texto)))
                }),
            };
            let nota = Memo::new(move |_| {
                archivo.with(|a| match a.fecha_de_fase(cual) {
                    Some(d) => Some(primera_mayuscula(&fecha_larga(d))),
                    None => a.ventanas_calculadas(hoy).map(|v| {
                        let de_donde = match cual {
                            FechaDeFase::EmpalmeDesde => "el día siguiente a las elecciones",
                            _ => "la del memorando",
                        };
                        format!("Vacía: {de_donde}, el {}.", fecha_larga(cual.en(&v)))
                    }),
                })
            });
            let etiqueta = if cual.es_inicio() {
                "Primer día"
            } else {
                "Último día"
            };
            view! {
                <CampoNativo
                    id=id_de_fecha(cual).to_string()
                    etiqueta=etiqueta.to_string()
                    ayuda=None
                    opcional=true
                    tipo="date"
                    clase="entrada ancho-fecha"
                    ilegibles=ilegibles
                    lente=lente
                    // A window's problem is about both its dates; it is said once, at the first.
                    error=if cual.es_inicio() { error } else { sin_error }
                    nota=nota
                />
            }
        })
        .collect_view();
    let titulo = match fase {
        FaseCierre::Empalme => "Empalme (hasta el fin del período, el 31 de diciembre)",
        FaseCierre::InformeGestion => "Informe de gestión",
        _ => "Rendición de cuentas",
    };
    view! {
        <fieldset class="grupo">
            <legend class="etiqueta">{titulo}</legend>
            <div class="fila-campos">{campos}</div>
        </fieldset>
    }
}

/// The three phases with a window, as the offices' review and calendar use them.
#[component]
pub(super) fn FechasDeLasFases(
    archivo: RwSignal<ArchivoConfiguracion>,
    hoy: NaiveDate,
    ilegibles: Ilegibles,
    error_de: impl Fn(FaseCierre) -> Memo<Option<String>>,
) -> impl IntoView {
    let fases = [
        FaseCierre::InformeGestion,
        FaseCierre::RendicionCuentas,
        FaseCierre::Empalme,
    ];
    // Most municipalities keep the memo's dates: the part opens by itself only with others.
    let abierto = archivo.with_untracked(|a| a.ventanas.is_some());
    view! {
        <details class="detalles" open=abierto>
            <summary id="config-fases">"Fechas de las fases del cierre (si no son las del memorando)"</summary>
            <p>
                "Deje vacías las fechas del memorando de Planeación (informe de gestión de abril a septiembre, rendición de cuentas en octubre y noviembre, empalme desde el día siguiente a las elecciones). "
                "Escriba solo las que su municipio cambie: la revisión de cada agenda usa estas fechas."
            </p>
            {fases
                .into_iter()
                .map(|fase| view! { <Fase fase=fase archivo=archivo hoy=hoy error=error_de(fase) ilegibles=ilegibles/> })
                .collect_view()}
        </details>
    }
}
