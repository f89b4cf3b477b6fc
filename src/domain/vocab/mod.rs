//! The controlled vocabularies of domain.md §3, each defined once.
//!
//! Every value has a stable ASCII code (what the JSON carries) and the Spanish label the
//! wizard shows. The UI, the export, the JSON Schema and the tests all read these lists.
//! Here, the process (phases, MURC elements, stages and levels, kinds of office, states); who
//! is reached in `grupos`, through what in `canales`, and with what kind of activity in
//! `acciones`.

/// A closed list of values with a stable code and a Spanish label.
pub trait Vocabulario: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + 'static {
    /// What the list is, in Spanish, for messages ("fase de cierre").
    const NOMBRE: &'static str;
    fn todos() -> &'static [Self];
    fn codigo(self) -> &'static str;
    fn etiqueta(self) -> &'static str;
    fn desde_codigo(codigo: &str) -> Option<Self> {
        Self::todos().iter().copied().find(|v| v.codigo() == codigo)
    }
}

/// Declares a vocabulary: the enum, its codes and labels, serde as the bare code (with a
/// Spanish error for an unknown one) and, natively, a JSON Schema listing every code with
/// its label.
macro_rules! vocabulario {
    (
        $(#[$meta:meta])*
        $nombre_es:literal, $name:ident {
            $($variant:ident => ($code:literal, $label:literal)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const TODOS: &'static [$name] = &[$($name::$variant),+];
        }

        impl $crate::domain::vocab::Vocabulario for $name {
            const NOMBRE: &'static str = $nombre_es;
            fn todos() -> &'static [Self] { Self::TODOS }
            fn codigo(self) -> &'static str { match self { $($name::$variant => $code),+ } }
            fn etiqueta(self) -> &'static str { match self { $($name::$variant => $label),+ } }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::domain::vocab::Vocabulario::etiqueta(*self))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::domain::vocab::Vocabulario::codigo(*self))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let texto = String::deserialize(d)?;
                <$name as $crate::domain::vocab::Vocabulario>::desde_codigo(&texto).ok_or_else(|| {
                    serde::de::Error::custom($crate::domain::vocab::codigo_desconocido::<$name>(&texto))
                })
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> { stringify!($name).into() }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $crate::domain::vocab::esquema_de::<$name>()
            }
        }
    };
}

/// The Spanish message for a code that is not in the list.
pub fn codigo_desconocido<V: Vocabulario>(texto: &str) -> String {
    let validos: Vec<&str> = V::todos().iter().map(|v| v.codigo()).collect();
    format!(
        "«{texto}» no es un valor válido de {}; valores válidos: {}",
        V::NOMBRE,
        validos.join(", ")
    )
}

#[cfg(not(target_arch = "wasm32"))]
pub fn esquema_de<V: Vocabulario>() -> schemars::Schema {
    let opciones: Vec<serde_json::Value> = V::todos()
        .iter()
        .map(|v| serde_json::json!({ "const": v.codigo(), "title": v.etiqueta() }))
        .collect();
    let valor =
        serde_json::json!({ "type": "string", "description": V::NOMBRE, "oneOf": opciones });
    schemars::Schema::try_from(valor).expect("a JSON object is a valid schema")
}

mod acciones;
mod canales;
mod grupos;

pub use acciones::*;
pub use canales::*;
pub use grupos::*;

vocabulario! {
    /// Closing phase of the government term (memo; domain.md §3.1).
    "fase de cierre", FaseCierre {
        InformeGestion => ("informe_gestion", "Informe de gestión (insumo para la rendición de cuentas y el empalme)"),
        RendicionCuentas => ("rendicion_cuentas", "Rendición de cuentas de cierre"),
        Empalme => ("empalme", "Empalme"),
        Transversal => ("transversal", "Transversal (alistamiento, diseño, evaluación)"),
    }
}

vocabulario! {
    /// MURC v2 elements (domain.md §2.2); `transversal` holds preparation and empalme work.
    "elemento MURC", Elemento {
        Informacion => ("informacion", "Información"),
        Dialogo => ("dialogo", "Diálogo"),
        Responsabilidad => ("responsabilidad", "Responsabilidad (antes: incentivos)"),
        Transversal => ("transversal", "Transversal (alistamiento y empalme)"),
    }
}

vocabulario! {
    /// MURC v2 stages (domain.md §2.3).
    "etapa MURC", EtapaMurc {
        Aprestamiento => ("aprestamiento", "Aprestamiento"),
        Diseno => ("diseno", "Diseño"),
        Preparacion => ("preparacion", "Preparación (capacitación)"),
        Ejecucion => ("ejecucion", "Ejecución"),
        SeguimientoEvaluacion => ("seguimiento_evaluacion", "Seguimiento y evaluación"),
    }
}

vocabulario! {
    /// MURC route chosen from the self-assessment (domain.md §2.4).
    "nivel MURC", NivelMurc {
        Inicial => ("inicial", "Inicial"),
        Consolidado => ("consolidado", "Consolidado"),
        Perfeccionado => ("perfeccionado", "Perfeccionado"),
    }
}

vocabulario! {
    /// Kind of office (domain.md §6).
    "tipo de dependencia", TipoDependencia {
        SecretariaDespacho => ("secretaria_despacho", "Secretaría de Despacho"),
        DepartamentoAdministrativo => ("departamento_administrativo", "Departamento administrativo"),
        Oficina => ("oficina", "Oficina"),
        InstitutoDescentralizado => ("instituto_descentralizado", "Instituto o entidad descentralizada"),
        Otro => ("otro", "Otro"),
    }
}

impl FaseCierre {
    /// The phase's short name as it reads inside a sentence ("fase de empalme").
    pub fn nombre_en_frase(self) -> &'static str {
        match self {
            FaseCierre::InformeGestion => "informe de gestión",
            FaseCierre::RendicionCuentas => "rendición de cuentas",
            FaseCierre::Empalme => "empalme",
            FaseCierre::Transversal => "trabajo transversal",
        }
    }
}

vocabulario! {
    "estado de la actividad", EstadoActividad {
        Planeada => ("planeada", "Planeada"),
        EnCurso => ("en_curso", "En curso"),
        Ejecutada => ("ejecutada", "Ejecutada"),
        Cancelada => ("cancelada", "Cancelada"),
    }
}

vocabulario! {
    "estado de la agenda", EstadoAgenda {
        Borrador => ("borrador", "Borrador"),
        Enviada => ("enviada", "Enviada"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codigos_unicos_y_ascii<V: Vocabulario>() {
        let mut vistos = std::collections::BTreeSet::new();
        for v in V::todos() {
            let c = v.codigo();
            assert!(
                c.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{c} is not snake_case ASCII"
            );
            assert!(vistos.insert(c), "{c} repeated in {}", V::NOMBRE);
            assert_eq!(V::desde_codigo(c), Some(*v));
            assert!(!v.etiqueta().is_empty());
        }
    }

    #[test]
    fn every_vocabulary_has_unique_ascii_codes_that_round_trip() {
        codigos_unicos_y_ascii::<FaseCierre>();
        codigos_unicos_y_ascii::<Elemento>();
        codigos_unicos_y_ascii::<EtapaMurc>();
        codigos_unicos_y_ascii::<NivelMurc>();
        codigos_unicos_y_ascii::<TipoDependencia>();
        codigos_unicos_y_ascii::<GrupoValor>();
        codigos_unicos_y_ascii::<SubtipoDiscapacidad>();
        codigos_unicos_y_ascii::<CanalInformacion>();
        codigos_unicos_y_ascii::<EspacioDialogo>();
        codigos_unicos_y_ascii::<CanalDialogoVirtual>();
        codigos_unicos_y_ascii::<MedidaAccesibilidad>();
        codigos_unicos_y_ascii::<TipoAccion>();
        codigos_unicos_y_ascii::<Modalidad>();
        codigos_unicos_y_ascii::<Zona>();
        codigos_unicos_y_ascii::<EstadoActividad>();
        codigos_unicos_y_ascii::<EstadoAgenda>();
    }

    #[test]
    fn domain_reference_list_sizes_are_kept() {
        assert_eq!(GrupoValor::TODOS.len(), 29);
        assert_eq!(CanalInformacion::TODOS.len(), 15);
        assert_eq!(EspacioDialogo::TODOS.len(), 12);
        assert_eq!(CanalDialogoVirtual::TODOS.len(), 12);
        assert_eq!(TipoAccion::TODOS.len(), 25);
    }

    #[test]
    fn an_unknown_code_is_refused_in_spanish_naming_the_list() {
        let err = serde_json::from_str::<FaseCierre>("\"cierre\"")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("«cierre» no es un valor válido de fase de cierre"),
            "{err}"
        );
        assert!(err.contains("rendicion_cuentas"));
    }

    #[test]
    fn channels_that_reach_people_offline_are_physical_broadcast_or_sms() {
        assert!(CanalInformacion::Radio.llega_sin_internet());
        assert!(CanalInformacion::Mensajeria.llega_sin_internet());
        assert!(!CanalInformacion::SitioWeb.llega_sin_internet());
        assert!(!CanalInformacion::RedesSociales.llega_sin_internet());
    }

    #[test]
    fn action_types_map_to_their_element() {
        assert_eq!(TipoAccion::InformeRdc.elemento(), Elemento::Informacion);
        assert_eq!(TipoAccion::EspacioMixto.elemento(), Elemento::Dialogo);
        assert_eq!(
            TipoAccion::PlanMejoramiento.elemento(),
            Elemento::Responsabilidad
        );
        assert_eq!(TipoAccion::SesionEmpalme.elemento(), Elemento::Transversal);
    }
}
