//! Our own small accessible widgets: fields, the group picker, the repeatable list, the
//! stepper, the error summary, the file drop zone, the undo notice, the closing calendar and
//! the part of a screen built after the next paint.

pub mod archivos;
pub mod campos;
pub mod cierre;
pub mod deshacer;
pub mod grupos;
pub mod lente;
pub mod lista;
pub mod navegacion;
pub mod tras_pintar;
