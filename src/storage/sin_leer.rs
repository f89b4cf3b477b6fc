//! The texts the wizard could not read («ochenta» in a number field), kept for this tab across
//! a reload: a phone that discards a tab in the background, or a reload, would otherwise lose
//! them while the agenda keeps its older value. They live in the tab's sessionStorage, since
//! they belong to what this tab has on screen, not to the draft every tab shares.

use serde_json::{Map, Value};

use super::{KeyValueStore, StorageError, KEY_PREFIX};
use crate::domain::model::{ActividadId, AgendaId};
use crate::domain::pasos::Paso;

/// The text of a number field that could not be read, with the value the agenda held for it
/// then: the field shows that text again when it comes back to the same value, so going to
/// another step and back, or reloading the page, loses nothing the person typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Apartado {
    /// Field ids repeat from agenda to agenda (activities are A01, A02… in each).
    pub agenda: AgendaId,
    /// The step it was typed in, and the activity it belongs to, for the review's list.
    pub paso: Option<Paso>,
    pub actividad: Option<ActividadId>,
    pub campo: String,
    pub valor: Option<f64>,
    pub texto: String,
    /// What to write instead, naming the field.
    pub motivo: String,
}

pub fn clave_sin_leer() -> String {
    format!("{KEY_PREFIX}sin-leer")
}

/// Keeps the texts, or takes the key out when there are none.
pub fn guardar_sin_leer<'a>(
    store: &impl KeyValueStore,
    textos: impl Iterator<Item = &'a Apartado>,
) -> Result<(), StorageError> {
    let lista: Vec<Value> = textos.map(a_valor).collect();
    if lista.is_empty() {
        return store.remove(&clave_sin_leer());
    }
    let lista = Value::Array(lista);
    store.set(&clave_sin_leer(), &lista.to_string())
}

/// The texts kept, taken out of the store: from now on the page holds them. One that does not
/// read is dropped, since the agenda it belonged to is stored whole anyway.
pub fn tomar_sin_leer(store: &impl KeyValueStore) -> Vec<Apartado> {
    let guardado = store.get(&clave_sin_leer()).ok().flatten();
    let _ = store.remove(&clave_sin_leer());
    let Some(Value::Array(lista)) = guardado.and_then(|t| serde_json::from_str(&t).ok()) else {
        return Vec::new();
    };
    lista.iter().filter_map(de_valor).collect()
}

// By hand through serde_json's Value, which the browser build already carries: a derived
// (de)serializer for this one struct, or `json!` (one serializer per field type), would add
// several KB to it.
fn a_valor(x: &Apartado) -> Value {
    let texto = |t: &str| Value::String(t.to_string());
    let mut m = Map::new();
    m.insert("agenda".into(), texto(&x.agenda.0));
    m.insert(
        "paso".into(),
        x.paso.map_or(Value::Null, |p| Value::from(p.numero())),
    );
    let actividad = x.actividad.as_ref().map_or(Value::Null, |a| texto(&a.0));
    m.insert("actividad".into(), actividad);
    m.insert("campo".into(), texto(&x.campo));
    m.insert("valor".into(), x.valor.map_or(Value::Null, Value::from));
    m.insert("texto".into(), texto(&x.texto));
    m.insert("motivo".into(), texto(&x.motivo));
    Value::Object(m)
}

fn de_valor(v: &Value) -> Option<Apartado> {
    let texto = |clave: &str| v.get(clave)?.as_str().map(str::to_string);
    Some(Apartado {
        agenda: AgendaId(texto("agenda")?),
        paso: v
            .get("paso")
            .and_then(Value::as_u64)
            .and_then(|n| Paso::desde_numero(n as usize)),
        actividad: texto("actividad").map(ActividadId),
        campo: texto("campo")?,
        valor: v.get("valor").and_then(Value::as_f64),
        texto: texto("texto")?,
        motivo: texto("motivo")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    fn ochenta() -> Apartado {
        Apartado {
            agenda: AgendaId("ag-1".into()),
            paso: Some(Paso::Diagnostico),
            actividad: None,
            campo: "c-autodiagnostico-puntaje".into(),
            valor: Some(68.0),
            texto: "ochenta".into(),
            motivo: "Escriba solo números enteros, sin letras, en «Puntaje (0 a 100)»".into(),
        }
    }

    #[test]
    fn texts_kept_for_a_reload_come_back_once() {
        let store = MemoryStore::default();
        let aforo = Apartado {
            paso: Some(Paso::Dialogo),
            actividad: Some(ActividadId("A03".into())),
            campo: "c-a03-evento-aforo".into(),
            valor: None,
            texto: "cien".into(),
            ..ochenta()
        };
        guardar_sin_leer(&store, [ochenta(), aforo.clone()].iter()).unwrap();
        assert_eq!(tomar_sin_leer(&store), vec![ochenta(), aforo]);
        // Taken: the page holds them now, and a second start finds none.
        assert_eq!(tomar_sin_leer(&store), vec![]);
    }

    #[test]
    fn no_texts_leave_no_key_and_a_damaged_entry_is_dropped() {
        let store = MemoryStore::default();
        guardar_sin_leer(&store, [ochenta()].iter()).unwrap();
        guardar_sin_leer(&store, [].iter()).unwrap();
        assert_eq!(store.get(&clave_sin_leer()).unwrap(), None);
        store.set(&clave_sin_leer(), "{no es json").unwrap();
        assert_eq!(tomar_sin_leer(&store), vec![]);
        assert_eq!(store.get(&clave_sin_leer()).unwrap(), None);
    }
}
