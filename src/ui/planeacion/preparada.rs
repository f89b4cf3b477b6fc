//! What Planeación types in the config form is kept in this browser until it downloads the
//! file: the form starts from it next time, and another tab on the page follows it.

use chrono::Utc;
use leptos::prelude::*;

use crate::domain::config::ArchivoConfiguracion;
use crate::storage::{
    clave_config_preparada, guardar_config_preparada, leer_config_preparada, BrowserStore,
    ConfigPreparada, Preparada,
};
use crate::ui::borradores::fecha_hora;

/// What the browser held when the page opened, and where the form starts.
pub(super) struct Inicio {
    pub archivo: ArchivoConfiguracion,
    /// Said above the form: work carried over, or why nothing typed will be kept.
    pub aviso: Option<String>,
    /// A stored entry that no longer reads; nothing is saved over it until Planeación decides.
    pub danada: Option<(String, String)>,
}

pub(super) fn punto_de_partida(base: &ArchivoConfiguracion) -> Inicio {
    let mut inicio = Inicio {
        archivo: base.clone(),
        aviso: None,
        danada: None,
    };
    match BrowserStore::open().and_then(|s| leer_config_preparada(&s)) {
        Ok(Preparada::Nada) => {}
        Ok(Preparada::Lista(preparada)) => match ArchivoConfiguracion::desde_json(&preparada.texto)
        {
            Ok(archivo) if archivo.limpio() != base.limpio() => {
                inicio.aviso = Some(format!(
                    "Sigue con el config.json que preparaba en este navegador (guardado el {}), que no es el publicado.",
                    fecha_hora(preparada.guardada_en)
                ));
                inicio.archivo = archivo;
            }
            Ok(_) => {}
            Err(e) => inicio.danada = Some((preparada.texto, e.to_string())),
        },
        Ok(Preparada::Danada { texto, motivo }) => inicio.danada = Some((texto, motivo)),
        Err(e) => {
            inicio.aviso = Some(format!(
                "Este navegador no guarda lo que escriba aquí ({e}). Descargue el archivo antes de cerrar la página."
            ))
        }
    }
    inicio
}

/// Stores the form as it is typed, and shows what another tab stores.
pub(super) fn guardar_mientras_se_escribe(
    archivo: RwSignal<ArchivoConfiguracion>,
    danada: RwSignal<Option<(String, String)>>,
    fallo_al_guardar: RwSignal<Option<String>>,
) {
    // Kept as typed; never over a damaged entry Planeación has not decided about, and not again
    // when the text is the one stored (another tab's, just followed: no echo between tabs).
    Effect::new(move |antes: Option<()>| {
        let texto = archivo.with(ArchivoConfiguracion::a_json);
        if antes.is_none() || danada.with(Option::is_some) {
            return;
        }
        let guardar = |s: &BrowserStore| {
            if let Ok(Preparada::Lista(p)) = leer_config_preparada(s) {
                if p.texto == texto {
                    return Ok(());
                }
            }
            let preparada = ConfigPreparada {
                guardada_en: Utc::now(),
                texto: texto.clone(),
            };
            guardar_config_preparada(s, &preparada)
        };
        fallo_al_guardar.set(BrowserStore::open().and_then(|s| guardar(&s)).err().map(|e| {
            format!("No se pudo guardar en este navegador lo que escribe ({e}). Descargue el archivo antes de cerrar la página.")
        }));
    });
    // Another tab on this page typed: this one shows the same, so neither undoes the other.
    let escucha = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(clave_config_preparada().as_str()) {
            return;
        }
        let Ok(Ok(Preparada::Lista(p))) = BrowserStore::open().map(|s| leer_config_preparada(&s))
        else {
            return;
        };
        if let Ok(otra) = ArchivoConfiguracion::desde_json(&p.texto) {
            if archivo.with_untracked(|a| a != &otra) {
                archivo.set(otra);
            }
        }
    });
    on_cleanup(move || escucha.remove());
}
