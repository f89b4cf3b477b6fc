//! A lens onto one field of the agenda: a memo that reads it and a callback that writes it.
//! Memos only notify when the field really changed, so typing in one field does not repaint
//! the others, and the input a person is typing in is never reset under their cursor.

use leptos::prelude::*;

use crate::domain::model::{Actividad, ActividadId, Agenda};
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

/// A lens onto a field of the agenda.
pub fn de_agenda<T>(
    leer: impl Fn(&Agenda) -> T + Send + Sync + 'static,
    escribir: impl Fn(&mut Agenda, T) + Send + Sync + 'static,
) -> Lente<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    let estado = usar_estado();
    let agenda = estado.agenda;
    Lente {
        valor: Memo::new(move |_| agenda.with(|a| leer(a))),
        fijar: Callback::new(move |v| estado.editar(|a| escribir(a, v))),
    }
}

/// A lens onto a field of one activity; reads the default when the activity is gone.
pub fn de_actividad<T>(
    id: ActividadId,
    leer: impl Fn(&Actividad) -> T + Send + Sync + 'static,
    escribir: impl Fn(&mut Actividad, T) + Send + Sync + 'static,
) -> Lente<T>
where
    T: PartialEq + Clone + Default + Send + Sync + 'static,
{
    let estado = usar_estado();
    let agenda = estado.agenda;
    let id_lectura = id.clone();
    Lente {
        valor: Memo::new(move |_| {
            agenda.with(|a| a.actividad(&id_lectura).map(&leer).unwrap_or_default())
        }),
        fijar: Callback::new(move |v| estado.editar_actividad(&id, |a| escribir(a, v))),
    }
}
