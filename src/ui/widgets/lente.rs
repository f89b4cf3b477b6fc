//! A lens onto one field of the agenda: a memo that reads it and a callback that writes it.
//! Memos only notify when the field really changed, so typing in one field does not repaint
//! the others, and the input a person is typing in is never reset under their cursor.

use leptos::prelude::*;

use crate::domain::model::{Actividad, ActividadId, Agenda, Tema};
use crate::domain::vocab::Vocabulario;
use crate::ui::estado::usar_estado;

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

/// A vocabulary field seen as its code, so the widgets are compiled once for all vocabularies.
pub fn codigo<V: Vocabulario + Send + Sync>(l: Lente<Option<V>>) -> Lente<Option<&'static str>> {
    Lente {
        valor: Memo::new(move |_| l.valor.get().map(V::codigo)),
        fijar: Callback::new(move |c: Option<&'static str>| {
            l.fijar.run(c.and_then(V::desde_codigo))
        }),
    }
}

/// A list of vocabulary values seen as codes.
pub fn codigos<V: Vocabulario + Send + Sync>(l: Lente<Vec<V>>) -> Lente<Vec<&'static str>> {
    Lente {
        valor: Memo::new(move |_| l.valor.with(|v| v.iter().map(|x| x.codigo()).collect())),
        fijar: Callback::new(move |c: Vec<&'static str>| {
            l.fijar
                .run(c.iter().filter_map(|x| V::desde_codigo(x)).collect())
        }),
    }
}

/// A whole-number field seen as the number widget's `f64`.
pub fn entero<T>(l: Lente<Option<T>>) -> Lente<Option<f64>>
where
    T: Copy + Into<u64> + TryFrom<u64> + Send + Sync + 'static,
{
    Lente {
        valor: Memo::new(move |_| l.valor.get().map(|v| v.into() as f64)),
        fijar: Callback::new(move |n: Option<f64>| {
            // Out of range for the field (a negative or huge number) leaves it empty.
            l.fijar.run(
                n.filter(|n| *n >= 0.0 && n.fract() == 0.0)
                    .and_then(|n| T::try_from(n as u64).ok()),
            )
        }),
    }
}
