//! Our own small accessible widgets: fields, the group picker, the repeatable list, the
//! stepper and the error summary.

pub mod campos;
pub mod grupos;
pub mod lente;
pub mod lista;
pub mod navegacion;
