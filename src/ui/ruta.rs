//! Hash routes, so the browser's back button, a reload and a shared link land on the same
//! screen of a static site: `#/`, `#/paso/3`, `#/paso/3?volver=revision`.

use crate::domain::pasos::Paso;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ruta {
    Inicio,
    /// A wizard step; `volver_a_revision` when reached from a "Cambiar" link of the review.
    Paso {
        paso: Paso,
        volver_a_revision: bool,
    },
}

impl Ruta {
    pub fn paso(paso: Paso) -> Ruta {
        Ruta::Paso {
            paso,
            volver_a_revision: false,
        }
    }

    /// Reads a location hash. Hashes that are not routes (an in-page anchor) give `None`.
    pub fn desde_hash(hash: &str) -> Option<Ruta> {
        let ruta = hash.strip_prefix('#').unwrap_or(hash);
        if ruta.is_empty() || ruta == "/" {
            return Some(Ruta::Inicio);
        }
        let ruta = ruta.strip_prefix('/')?;
        let (camino, consulta) = ruta.split_once('?').unwrap_or((ruta, ""));
        let mut partes = camino.trim_end_matches('/').split('/');
        match (partes.next(), partes.next(), partes.next()) {
            (Some("paso"), Some(n), None) => {
                // A step that does not exist (an old or mistyped link) opens the start screen.
                let Some(paso) = n.parse::<usize>().ok().and_then(Paso::desde_numero) else {
                    return Some(Ruta::Inicio);
                };
                let volver_a_revision = consulta.split('&').any(|p| p == "volver=revision");
                Some(Ruta::Paso {
                    paso,
                    volver_a_revision,
                })
            }
            _ => Some(Ruta::Inicio),
        }
    }

    pub fn a_hash(self) -> String {
        match self {
            Ruta::Inicio => "#/".to_string(),
            Ruta::Paso {
                paso,
                volver_a_revision: false,
            } => format!("#/paso/{}", paso.numero()),
            Ruta::Paso {
                paso,
                volver_a_revision: true,
            } => format!("#/paso/{}?volver=revision", paso.numero()),
        }
    }

    pub fn paso_actual(self) -> Option<Paso> {
        match self {
            Ruta::Paso { paso, .. } => Some(paso),
            Ruta::Inicio => None,
        }
    }
}

/// The route in the address bar now.
pub fn ruta_actual() -> Ruta {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Ruta::desde_hash(&hash).unwrap_or(Ruta::Inicio)
}

/// Goes to a route, adding a history entry; the `hashchange` listener updates the state.
pub fn navegar(ruta: Ruta) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&ruta.a_hash());
    }
}
