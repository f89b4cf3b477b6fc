//! Our own small accessible widgets: fields, the group picker, the repeatable list, the
//! stepper, the error summary and the file drop zone.

pub mod archivos;
pub mod campos;
pub mod grupos;
pub mod lente;
pub mod lista;
pub mod navegacion;
