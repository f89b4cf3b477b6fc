//! A lens onto one field of the agenda: a memo that reads it and a callback that writes it.
//! Memos only notify when the field really changed, so typing in one field does not repaint
//! the others, and the input a person is typing in is never reset under their cursor.

use leptos::prelude::*;

use crate::domain::model::{Actividad, ActividadId, Agenda, Tema};
use crate::domain::vocab::Vocabulario;
use crate::ui::estado::{al_escribir, usar_estado};

pub struct Lente<T: Send + Sync + 'static> {
    pub valor: Memo<T>,
    pub fijar: Callback<T>,
}

impl<T: Send + Sync + 'static> Clone for Lente<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Lente<T> {}

impl<T: Send + Sync + 'static> Lente<T> {
    /// Writes what the person typed in a text field; the screen follows after the next paint
    /// (see [`al_escribir`]).
    pub fn escribir(&self, valor: T) {
        al_escribir(|| self.fijar.run(valor));
    }
}

/// A lens onto a field of the agenda. Readers and writers are plain functions, not closures,
/// so every lens of one field type shares the same code (closures would be compiled once per
/// call site, which multiplied the app's size).
pub fn de_agenda<T>(leer: fn(&Agenda) -> T, escribir: fn(&mut Agenda, T)) -> Lente<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    let estado = usar_estado();
    let agenda = estado.agenda;
    Lente {
        valor: Memo::new(move |_| agenda.with(leer)),
        fijar: Callback::new(move |v| estado.editar(|a| escribir(a, v))),
    }
}

/// A lens onto a field of one activity; reads the default when the activity is gone.
pub fn de_actividad<T>(
    id: ActividadId,
    leer: fn(&Actividad) -> T,
    escribir: fn(&mut Actividad, T),
) -> Lente<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    let estado = usar_estado();
    let agenda = estado.agenda;
    let id_lectura = id.clone();
    Lente {
        valor: Memo::new(move |_| {
            agenda.with(|a| a.actividad(&id_lectura).map(leer).unwrap_or_default())
        }),
        fijar: Callback::new(move |v| estado.editar_actividad(&id, |a| escribir(a, v))),
    }
}

/// A lens onto a field of the `i`-th prioritised topic.
pub fn de_tema<T>(i: usize, leer: fn(&Tema) -> T, escribir: fn(&mut Tema, T)) -> Lente<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    let estado = usar_estado();
    let agenda = estado.agenda;
    Lente {
        valor: Memo::new(move |_| agenda.with(|a| a.temas.get(i).map(leer).unwrap_or_default())),
        fijar: Callback::new(move |v| {
            estado.editar(|a| {
                if let Some(t) = a.temas.get_mut(i) {
                    escribir(t, v)
                }
            })
        }),
    }
}

/// A choice on screen: a vocabulary code and its label.
pub type Opcion = (&'static str, &'static str);

/// The (code, label) pairs of some values of a vocabulary.
pub fn opciones<V: Vocabulario>(valores: &[V]) -> Vec<Opcion> {
    valores.iter().map(|v| (v.codigo(), v.etiqueta())).collect()
}

/// Every value of a vocabulary as choices.
pub fn todas<V: Vocabulario>() -> Vec<Opcion> {
    opciones(V::todos())
}

/// One untitled group of checkboxes.
pub fn una_seccion(opciones: Vec<Opcion>) -> Vec<(&'static str, Vec<Opcion>)> {
    vec![("", opciones)]
}

/// A vocabulary value as its code. Choice fields keep codes in their lens (`Option<&str>`,
/// `Vec<&str>`, `Option<f64>` for whole numbers), whatever the field's type: each lens type
/// compiles its own memo, and one per vocabulary cost the app some 40 KB.
pub fn cod<V: Vocabulario>(valor: Option<V>) -> Option<&'static str> {
    valor.map(V::codigo)
}

/// The value of a code written by a choice field.
pub fn de_cod<V: Vocabulario>(codigo: Option<&'static str>) -> Option<V> {
    codigo.and_then(V::desde_codigo)
}

pub fn cods<V: Vocabulario>(valores: &[V]) -> Vec<&'static str> {
    valores.iter().map(|v| v.codigo()).collect()
}

pub fn de_cods<V: Vocabulario>(codigos: &[&'static str]) -> Vec<V> {
    codigos.iter().filter_map(|c| V::desde_codigo(c)).collect()
}

/// A whole number as the number field's `f64`.
pub fn num<T: Into<u64>>(valor: Option<T>) -> Option<f64> {
    valor.map(|v| v.into() as f64)
}

/// What the number field wrote, as the whole number the field holds; out of range for it (a
/// negative, fractional or huge number) leaves it empty.
pub fn de_num<T: TryFrom<u64>>(n: Option<f64>) -> Option<T> {
    n.filter(|n| *n >= 0.0 && n.fract() == 0.0)
        .and_then(|n| T::try_from(n as u64).ok())
}
