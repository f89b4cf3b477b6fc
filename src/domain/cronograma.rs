//! The review page's calendar: the office's activities laid over the closing year from the month
//! its first phase starts (April, with the memo's dates) to December, with the phase windows
//! shaded.

use chrono::{Datelike, NaiveDate};

use super::calendar::{dias_en_palabras, nombre_mes};
use super::config::{Configuracion, Rango};
use super::model::{ActividadId, Agenda};
use super::orden::ordenar_por;
use super::pasos::Paso;
use super::vocab::FaseCierre;

/// A span across the chart, in percent of its width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tramo {
    pub inicio_pct: f64,
    pub ancho_pct: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mes {
    pub nombre: &'static str,
    pub tramo: Tramo,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BandaFase {
    pub fase: FaseCierre,
    pub desde: NaiveDate,
    pub hasta: NaiveDate,
    pub tramo: Tramo,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fila {
    pub actividad_id: ActividadId,
    pub nombre: String,
    pub paso: Paso,
    pub fechas: String,
    pub tramo: Tramo,
    /// Starts before the chart or ends after December: the bar is cut at the edge.
    pub antes: bool,
    pub despues: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cronograma {
    pub desde: NaiveDate,
    pub hasta: NaiveDate,
    pub meses: Vec<Mes>,
    pub fases: Vec<BandaFase>,
    pub filas: Vec<Fila>,
    /// Activities with no date, which the chart cannot place.
    pub sin_fecha: Vec<(ActividadId, String)>,
}

/// The narrowest bar, so a one-day event stays visible.
const ANCHO_MINIMO_PCT: f64 = 1.2;

impl Cronograma {
    fn tramo(&self, desde: NaiveDate, hasta: NaiveDate) -> Tramo {
        let total = (self.hasta - self.desde).num_days() as f64 + 1.0;
        let desde = desde.clamp(self.desde, self.hasta);
        let hasta = hasta.clamp(self.desde, self.hasta);
        let inicio = (desde - self.desde).num_days() as f64 / total * 100.0;
        let ancho = ((hasta - desde).num_days() as f64 + 1.0) / total * 100.0;
        let ancho = ancho
            .max(ANCHO_MINIMO_PCT)
            .min(100.0 - inicio.min(100.0 - ANCHO_MINIMO_PCT));
        Tramo {
            inicio_pct: inicio.min(100.0 - ANCHO_MINIMO_PCT),
            ancho_pct: ancho,
        }
    }
}

pub fn cronograma(agenda: &Agenda, config: &Configuracion) -> Cronograma {
    let anio = config.anio_cierre;
    let fecha = |m, d| NaiveDate::from_ymd_opt(anio, m, d).expect("valid date");
    // From the first phase a municipality set, not a fixed April, so no phase is cut off.
    let primer_mes = config
        .ventanas_de_fase()
        .iter()
        .map(|(_, r)| r.desde)
        .min()
        .filter(|d| d.year() == anio)
        .map_or(4, |d| d.month());
    let mut c = Cronograma {
        desde: fecha(primer_mes, 1),
        hasta: fecha(12, 31),
        meses: Vec::new(),
        fases: Vec::new(),
        filas: Vec::new(),
        sin_fecha: Vec::new(),
    };
    for mes in primer_mes..=12u32 {
        let inicio = fecha(mes, 1);
        let fin = if mes == 12 {
            fecha(12, 31)
        } else {
            fecha(mes + 1, 1).pred_opt().expect("valid date")
        };
        c.meses.push(Mes {
            nombre: nombre_mes(mes),
            tramo: c.tramo(inicio, fin),
        });
    }
    for (fase, Rango { desde, hasta }) in config.ventanas_de_fase() {
        if hasta >= c.desde && desde <= c.hasta {
            let tramo = c.tramo(desde, hasta);
            c.fases.push(BandaFase {
                fase,
                desde,
                hasta,
                tramo,
            });
        }
    }
    for a in &agenda.actividades {
        let nombre = a.nombre_o_id();
        let Some((inicio, fin)) = a.dias() else {
            c.sin_fecha.push((a.id.clone(), nombre));
            continue;
        };
        let fechas = dias_en_palabras(inicio, fin);
        c.filas.push(Fila {
            actividad_id: a.id.clone(),
            nombre,
            paso: Paso::de_actividad(a),
            fechas,
            tramo: c.tramo(inicio, fin),
            antes: inicio < c.desde,
            despues: fin > c.hasta,
        });
    }
    // By start; activities starting together keep the agenda's order (the sort is stable).
    ordenar_por(&mut c.filas, |x, y| {
        x.tramo.inicio_pct.total_cmp(&y.tramo.inicio_pct)
    });
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::tests::d;
    use crate::domain::model::Actividad;

    #[test]
    fn months_april_to_december_fill_the_width() {
        let c = cronograma(&Agenda::default(), &Configuracion::para_anio(2027));
        assert_eq!(c.meses.len(), 9);
        assert_eq!(c.meses[0].nombre, "abril");
        assert_eq!(c.meses[0].tramo.inicio_pct, 0.0);
        let ultimo = c.meses[8].tramo;
        assert!((ultimo.inicio_pct + ultimo.ancho_pct - 100.0).abs() < 1e-9);
        let suma: f64 = c.meses.iter().map(|m| m.tramo.ancho_pct).sum();
        assert!((suma - 100.0).abs() < 1e-9);
    }

    #[test]
    fn the_chart_starts_with_the_month_of_the_first_phase() {
        let mut config = Configuracion::para_anio(2027);
        config.ventanas.informe_gestion.desde = d("2027-02-15");
        let c = cronograma(&Agenda::default(), &config);
        assert_eq!(c.desde, d("2027-02-01"));
        assert_eq!(c.meses.len(), 11);
        assert_eq!(c.meses[0].nombre, "febrero");
        assert_eq!(c.fases[0].tramo.inicio_pct, 14.0 / 334.0 * 100.0);
        // A later first phase starts it later.
        let mut tarde = Configuracion::para_anio(2027);
        tarde.ventanas.informe_gestion.desde = d("2027-06-01");
        assert_eq!(cronograma(&Agenda::default(), &tarde).meses.len(), 7);
    }

    #[test]
    fn phases_are_shaded_from_the_configuration() {
        let c = cronograma(&Agenda::default(), &Configuracion::para_anio(2027));
        let fases: Vec<FaseCierre> = c.fases.iter().map(|f| f.fase).collect();
        assert_eq!(
            fases,
            [
                FaseCierre::InformeGestion,
                FaseCierre::RendicionCuentas,
                FaseCierre::Empalme
            ]
        );
        assert_eq!(c.fases[2].desde, d("2027-11-01"));
    }

    #[test]
    fn activities_are_placed_sorted_and_clipped_at_the_edges() {
        let mut agenda = Agenda::default();
        let con = |id: &str, i: &str, f: &str| Actividad {
            id: ActividadId(id.into()),
            nombre: id.into(),
            fecha_inicio: Some(d(i)),
            fecha_fin: Some(d(f)),
            ..Actividad::default()
        };
        agenda
            .actividades
            .push(con("B", "2027-10-14", "2027-10-14"));
        agenda
            .actividades
            .push(con("A", "2027-02-01", "2027-04-30"));
        agenda
            .actividades
            .push(con("C", "2027-12-01", "2028-01-24"));
        agenda.actividades.push(Actividad {
            id: ActividadId("D".into()),
            ..Actividad::default()
        });
        let c = cronograma(&agenda, &Configuracion::para_anio(2027));
        let orden: Vec<&str> = c.filas.iter().map(|f| f.actividad_id.0.as_str()).collect();
        assert_eq!(orden, ["A", "B", "C"]);
        assert!(c.filas[0].antes && !c.filas[0].despues);
        assert!(c.filas[2].despues);
        assert!(c.filas[1].tramo.ancho_pct >= ANCHO_MINIMO_PCT);
        assert!(c
            .filas
            .iter()
            .all(|f| f.tramo.inicio_pct + f.tramo.ancho_pct <= 100.0 + 1e-9));
        assert_eq!(c.sin_fecha.len(), 1);
    }
}
