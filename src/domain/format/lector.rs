//! Reads the app's types from a JSON value and names the member that does not read
//! ("actividades[2].fecha"), the same way in the browser and in `agenda-check`.
//!
//! serde_json's reader of a `Value` keeps no path, and wrapping it in one that does
//! (serde_path_to_error) doubled every deserialiser in the wasm. This one keeps the path as it
//! goes, and reads only what the agenda format writes: no struct written as a list, no variant
//! written as an object.

use std::fmt;

use serde::de::{self, value::BorrowedStrDeserializer, Expected, IntoDeserializer, Unexpected};
use serde_json::{Map, Value};

/// Why a value does not read, and where: "actividades[2].fecha", or "" for the value itself.
/// (`ruta` is `None` only while the error travels up to the reader of its value.)
#[derive(Debug)]
pub struct ErrorLectura {
    pub mensaje: String,
    pub ruta: Option<String>,
}

impl fmt::Display for ErrorLectura {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.mensaje)
    }
}

impl std::error::Error for ErrorLectura {}

impl de::Error for ErrorLectura {
    fn custom<T: fmt::Display>(mensaje: T) -> Self {
        ErrorLectura {
            mensaje: mensaje.to_string(),
            ruta: None,
        }
    }
}

/// Where a value sits: a member of an object or an item of a list, under its parent.
#[derive(Clone, Copy)]
enum Ruta<'a> {
    Raiz,
    Miembro(&'a Ruta<'a>, &'a str),
    Elemento(&'a Ruta<'a>, usize),
}

impl Ruta<'_> {
    fn escribir(&self, salida: &mut String) {
        match *self {
            Ruta::Raiz => {}
            Ruta::Miembro(padre, nombre) => {
                padre.escribir(salida);
                if !salida.is_empty() {
                    salida.push('.');
                }
                salida.push_str(nombre);
            }
            Ruta::Elemento(padre, i) => {
                padre.escribir(salida);
                salida.push('[');
                salida.push_str(&i.to_string());
                salida.push(']');
            }
        }
    }
}

/// Reads a `T` from `valor`.
pub fn leer<'a, T: de::Deserialize<'a>>(valor: &'a Value) -> Result<T, ErrorLectura> {
    let lector = Lector {
        valor,
        ruta: &Ruta::Raiz,
    };
    lector.situar(T::deserialize(lector))
}

/// `deserialize_x` methods that read like another one (a `u32` is read as any number and its
/// visitor says whether it fits), so each kind of JSON value is read in one place.
macro_rules! reenviar {
    ($($destino:ident: $($metodo:ident)+;)+) => {
        $($(
            fn $metodo<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
                self.$destino(v)
            }
        )+)+
    };
}

#[derive(Clone, Copy)]
struct Lector<'a, 'r> {
    valor: &'a Value,
    ruta: &'r Ruta<'r>,
}

impl Lector<'_, '_> {
    fn invalido(&self, esperado: &dyn Expected) -> ErrorLectura {
        let encontrado = match self.valor {
            Value::Null => Unexpected::Unit,
            Value::Bool(b) => Unexpected::Bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Unexpected::Unsigned(u),
                (None, Some(i)) => Unexpected::Signed(i),
                _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
            },
            Value::String(s) => Unexpected::Str(s),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        };
        de::Error::invalid_type(encontrado, esperado)
    }

    /// Names this value's place in an error from below that has none yet.
    fn situar<T>(&self, resultado: Result<T, ErrorLectura>) -> Result<T, ErrorLectura> {
        resultado.map_err(|mut e| {
            if e.ruta.is_none() {
                let mut ruta = String::new();
                self.ruta.escribir(&mut ruta);
                e.ruta = Some(ruta);
            }
            e
        })
    }
}

impl<'a> de::Deserializer<'a> for Lector<'a, '_> {
    type Error = ErrorLectura;

    fn deserialize_any<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        match self.valor {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(*b),
            Value::Number(_) => self.deserialize_f64(v),
            Value::String(s) => v.visit_borrowed_str(s),
            Value::Array(_) => self.deserialize_seq(v),
            Value::Object(_) => self.deserialize_map(v),
        }
    }

    fn deserialize_bool<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        match self.valor {
            Value::Bool(b) => v.visit_bool(*b),
            _ => Err(self.invalido(&v)),
        }
    }

    /// Every number goes to the visitor as JSON wrote it (whole, negative or with decimals),
    /// and the visitor says whether it fits.
    fn deserialize_f64<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        let Value::Number(n) = self.valor else {
            return Err(self.invalido(&v));
        };
        match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => v.visit_u64(u),
            (None, Some(i)) => v.visit_i64(i),
            _ => v.visit_f64(n.as_f64().unwrap_or_default()),
        }
    }

    fn deserialize_str<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        match self.valor {
            Value::String(s) => v.visit_borrowed_str(s),
            _ => Err(self.invalido(&v)),
        }
    }

    fn deserialize_option<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        match self.valor {
            Value::Null => v.visit_none(),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        match self.valor {
            Value::Null => v.visit_unit(),
            _ => Err(self.invalido(&v)),
        }
    }

    fn deserialize_newtype_struct<V: de::Visitor<'a>>(
        self,
        _nombre: &'static str,
        v: V,
    ) -> Result<V::Value, ErrorLectura> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        let Value::Array(elementos) = self.valor else {
            return Err(self.invalido(&v));
        };
        let mut lista = Lista {
            elementos: elementos.iter().enumerate(),
            ruta: self.ruta,
        };
        let valor = v.visit_seq(&mut lista)?;
        match lista.elementos.len() {
            0 => Ok(valor),
            _ => Err(de::Error::invalid_length(
                elementos.len(),
                &"menos elementos",
            )),
        }
    }

    fn deserialize_map<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        let Value::Object(miembros) = self.valor else {
            return Err(self.invalido(&v));
        };
        v.visit_map(Objeto::new(miembros, self.ruta))
    }

    fn deserialize_struct<V: de::Visitor<'a>>(
        self,
        _nombre: &'static str,
        _campos: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, ErrorLectura> {
        self.deserialize_map(v)
    }

    fn deserialize_enum<V: de::Visitor<'a>>(
        self,
        _nombre: &'static str,
        _variantes: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, ErrorLectura> {
        // Only variants without data, written as their name: the format has no other kind.
        match self.valor {
            Value::String(s) => v.visit_enum(s.as_str().into_deserializer()),
            _ => Err(self.invalido(&v)),
        }
    }

    fn deserialize_ignored_any<V: de::Visitor<'a>>(self, v: V) -> Result<V::Value, ErrorLectura> {
        v.visit_unit()
    }

    reenviar! {
        deserialize_f64: deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
            deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
            deserialize_u128 deserialize_f32;
        deserialize_str: deserialize_char deserialize_string deserialize_bytes
            deserialize_byte_buf deserialize_identifier;
    }

    fn deserialize_tuple<V: de::Visitor<'a>>(
        self,
        _largo: usize,
        v: V,
    ) -> Result<V::Value, ErrorLectura> {
        self.deserialize_seq(v)
    }

    fn deserialize_unit_struct<V: de::Visitor<'a>>(
        self,
        _nombre: &'static str,
        v: V,
    ) -> Result<V::Value, ErrorLectura> {
        self.deserialize_unit(v)
    }

    fn deserialize_tuple_struct<V: de::Visitor<'a>>(
        self,
        _nombre: &'static str,
        _largo: usize,
        v: V,
    ) -> Result<V::Value, ErrorLectura> {
        self.deserialize_seq(v)
    }
}

struct Lista<'r, I> {
    elementos: I,
    ruta: &'r Ruta<'r>,
}

impl<'a, 'r, I> de::SeqAccess<'a> for &mut Lista<'r, I>
where
    I: Iterator<Item = (usize, &'a Value)> + ExactSizeIterator,
{
    type Error = ErrorLectura;

    fn next_element_seed<S: de::DeserializeSeed<'a>>(
        &mut self,
        semilla: S,
    ) -> Result<Option<S::Value>, ErrorLectura> {
        let Some((i, valor)) = self.elementos.next() else {
            return Ok(None);
        };
        let ruta = Ruta::Elemento(self.ruta, i);
        let lector = Lector { valor, ruta: &ruta };
        lector.situar(semilla.deserialize(lector)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.elementos.len())
    }
}

struct Objeto<'a, 'r> {
    miembros: serde_json::map::Iter<'a>,
    actual: Option<(&'a str, &'a Value)>,
    ruta: &'r Ruta<'r>,
}

impl<'a, 'r> Objeto<'a, 'r> {
    fn new(miembros: &'a Map<String, Value>, ruta: &'r Ruta<'r>) -> Self {
        Objeto {
            miembros: miembros.iter(),
            actual: None,
            ruta,
        }
    }
}

impl<'a> de::MapAccess<'a> for Objeto<'a, '_> {
    type Error = ErrorLectura;

    fn next_key_seed<S: de::DeserializeSeed<'a>>(
        &mut self,
        semilla: S,
    ) -> Result<Option<S::Value>, ErrorLectura> {
        let Some((nombre, valor)) = self.miembros.next() else {
            return Ok(None);
        };
        self.actual = Some((nombre, valor));
        // A member the type does not know is named by itself.
        let ruta = Ruta::Miembro(self.ruta, nombre);
        let lector = Lector { valor, ruta: &ruta };
        lector
            .situar(semilla.deserialize(BorrowedStrDeserializer::<ErrorLectura>::new(nombre)))
            .map(Some)
    }

    fn next_value_seed<S: de::DeserializeSeed<'a>>(
        &mut self,
        semilla: S,
    ) -> Result<S::Value, ErrorLectura> {
        let (nombre, valor) = self
            .actual
            .take()
            .ok_or_else(|| de::Error::custom("un valor sin su nombre"))?;
        let ruta = Ruta::Miembro(self.ruta, nombre);
        let lector = Lector { valor, ruta: &ruta };
        lector.situar(semilla.deserialize(lector))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.miembros.len())
    }
}

/// A member's name as the object has it (borrowed from the file when it can be).
pub struct Clave<'de>(pub std::borrow::Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Clave<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct VisitaClave;
        impl<'de> de::Visitor<'de> for VisitaClave {
            type Value = Clave<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("el nombre de un campo")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Clave<'de>, E> {
                Ok(Clave(std::borrow::Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Clave<'de>, E> {
                Ok(Clave(std::borrow::Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(VisitaClave)
    }
}

/// `Deserialize` for a struct whose members may all be missing (what `#[serde(default)]` says
/// for serde): it starts from the struct's default and reads the members the object has,
/// skipping any it does not know. serde's derive does the same and also keeps each member
/// apart to report one written twice, which a JSON object cannot hold once read; leaving that
/// out made the wasm 8 KB shorter, not more (the weight is in reading each type of value). The
/// list must name every member: the value is built from it, so the compiler refuses a list that
/// leaves one out. `miembro as Envoltura` reads a member through a newtype (a date
/// written as text).
macro_rules! leer_por_miembros {
    ($tipo:ident { $($miembro:ident $(as $envoltura:ty)?),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $tipo {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visita;
                impl<'de> serde::de::Visitor<'de> for Visita {
                    type Value = $tipo;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($tipo)))
                    }
                    fn visit_map<M: serde::de::MapAccess<'de>>(
                        self,
                        mut m: M,
                    ) -> Result<$tipo, M::Error> {
                        let base = <$tipo>::default();
                        let mut valor = $tipo { $($miembro: base.$miembro),* };
                        while let Some(clave) =
                            m.next_key::<$crate::domain::format::lector::Clave<'de>>()?
                        {
                            match &*clave.0 {
                                $(stringify!($miembro) => {
                                    valor.$miembro = $crate::domain::format::lector::leer_por_miembros!(@valor m $($envoltura)?)
                                })*
                                _ => {
                                    m.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok(valor)
                    }
                }
                d.deserialize_struct(stringify!($tipo), &[$(stringify!($miembro)),*], Visita)
            }
        }
    };
    (@valor $m:ident) => { $m.next_value()? };
    (@valor $m:ident $envoltura:ty) => { $m.next_value::<$envoltura>()?.0 };
}
pub(crate) use leer_por_miembros;

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::model::{Actividad, Agenda, Persona};

    fn error<T: de::DeserializeOwned + fmt::Debug>(valor: Value) -> ErrorLectura {
        leer::<T>(&valor).unwrap_err()
    }

    #[test]
    fn an_error_names_its_member_down_to_the_last_level() {
        let e = error::<Agenda>(json!({
            "actividades": [{"id": "A01"}, {"id": "A02", "evento": {"convocatoria": {"canales": ["cartelera", 7]}}}]
        }));
        assert_eq!(
            e.ruta.as_deref(),
            Some("actividades[1].evento.convocatoria.canales[1]")
        );
        assert!(e.mensaje.starts_with("invalid type: integer `7`"), "{e}");

        let e = error::<Agenda>(json!({"dependencia": {"titular": {"nombre": false}}}));
        assert_eq!(e.ruta.as_deref(), Some("dependencia.titular.nombre"));
    }

    #[test]
    fn a_value_that_is_wrong_as_a_whole_is_named_by_no_member() {
        let e = error::<Agenda>(json!(["no", "es", "un", "objeto"]));
        assert_eq!(e.ruta.as_deref(), Some(""));
        assert_eq!(e.mensaje, "invalid type: sequence, expected struct Agenda");
    }

    #[test]
    fn missing_members_keep_the_default_and_unknown_ones_are_skipped() {
        let a: Actividad = leer(&json!({"id": "A07", "nota_interna": {"x": [1, 2]}})).unwrap();
        assert_eq!(a.id.0, "A07");
        assert_eq!(
            a,
            Actividad {
                id: a.id.clone(),
                ..Actividad::default()
            }
        );
    }

    #[test]
    fn every_member_written_is_read_back() {
        let muestra: Value = serde_json::from_str(include_str!(
            "../../../tests/fixtures/muestra_exportada.json"
        ))
        .unwrap();
        let agenda: Agenda = leer(&muestra["agenda"]).unwrap();
        let escrita = serde_json::to_value(&agenda).unwrap();
        assert_eq!(escrita, muestra["agenda"]);
    }

    #[test]
    fn names_written_with_escapes_read_too() {
        // serde_json hands such a name over as a new string, not a slice of the text.
        let p: Persona =
            serde_json::from_str(r#"{"nom\u0062re": "Ana", "cargo": "Jefa"}"#).unwrap();
        assert_eq!(p.nombre, "Ana");
        assert_eq!(p.cargo, "Jefa");
    }

    #[test]
    fn a_member_the_settings_do_not_know_is_named_by_itself() {
        use crate::domain::config::ArchivoConfiguracion;
        let e = error::<ArchivoConfiguracion>(json!({"municipio": "X", "municipo": "Y"}));
        assert_eq!(e.ruta.as_deref(), Some("municipo"));
        assert!(e.mensaje.starts_with("unknown field `municipo`"), "{e}");
    }

    #[test]
    fn a_list_with_more_items_than_its_type_takes_is_refused() {
        let e = leer::<(u8, u8)>(&json!([1, 2, 3])).unwrap_err();
        assert!(e.mensaje.starts_with("invalid length 3"), "{e}");
    }
}
