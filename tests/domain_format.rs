//! The submission file: round trips over generated agendas, refusals of bad files,
//! integrity, migrations and the published JSON Schema.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use agenda_rdc::domain::format::*;
use agenda_rdc::domain::model::*;
use agenda_rdc::domain::vocab::*;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A small deterministic generator (SplitMix64), driven by proptest's seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
    fn some<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.coin() {
            Some(f(self))
        } else {
            None
        }
    }
    fn many<T>(&mut self, max: u64, mut f: impl FnMut(&mut Self) -> T) -> Vec<T> {
        (0..self.below(max + 1)).map(|_| f(self)).collect()
    }
    fn date(&mut self) -> NaiveDate {
        NaiveDate::from_yo_opt(2019 + self.below(12) as i32, 1 + self.below(365) as u32).unwrap()
    }
    fn number(&mut self) -> f64 {
        loop {
            let candidato = match self.below(3) {
                0 => f64::from_bits(self.next()),
                1 => self.below(10_000) as f64 / 100.0,
                _ => self.below(1000) as f64,
            };
            if candidato.is_finite() {
                return candidato;
            }
        }
    }
}

struct Gen<'a> {
    rng: Rng,
    textos: &'a [String],
}

impl Gen<'_> {
    fn text(&mut self) -> String {
        if self.textos.is_empty() || self.rng.below(4) == 0 {
            String::new()
        } else {
            self.textos[self.rng.below(self.textos.len() as u64) as usize].clone()
        }
    }
    fn persona(&mut self) -> Persona {
        Persona {
            nombre: self.text(),
            cargo: self.text(),
        }
    }
    fn grupo(&mut self) -> GrupoDestinatario {
        GrupoDestinatario {
            codigo: self.rng.pick(GrupoValor::TODOS),
            subtipo: if self.rng.coin() {
                Some(self.rng.pick(SubtipoDiscapacidad::TODOS))
            } else {
                None
            },
            detalle: if self.rng.coin() {
                Some(self.text())
            } else {
                None
            },
        }
    }
    fn canal(&mut self) -> Canal {
        if self.rng.coin() {
            Canal::Informacion(self.rng.pick(CanalInformacion::TODOS))
        } else {
            Canal::DialogoVirtual(self.rng.pick(CanalDialogoVirtual::TODOS))
        }
    }
    fn evento(&mut self) -> Evento {
        Evento {
            lugar: if self.rng.coin() {
                Some(Lugar {
                    nombre: self.text(),
                    direccion: self.text(),
                    zona: self.rng.some(|r| r.pick(Zona::TODOS)),
                    sector: self.text(),
                })
            } else {
                None
            },
            enlace: self.text(),
            hora_inicio: self.rng.some(|r| {
                NaiveTime::from_hms_opt(r.below(24) as u32, r.below(60) as u32, 0).unwrap()
            }),
            duracion_min: self.rng.some(|r| r.below(600) as u32),
            aforo: self.rng.some(|r| r.next() as u32),
            convocatoria: if self.rng.coin() {
                let fecha = self.rng.some(Rng::date);
                let n = self.rng.below(4);
                Some(Convocatoria {
                    fecha,
                    canales: (0..n).map(|_| self.canal()).collect(),
                })
            } else {
                None
            },
            informe_previo: if self.rng.coin() {
                Some(InformePrevio {
                    fecha_publicacion: self.rng.some(Rng::date),
                    url: self.text(),
                })
            } else {
                None
            },
            inscripcion_preguntas: if self.rng.coin() {
                let (desde, hasta) = (self.rng.some(Rng::date), self.rng.some(Rng::date));
                Some(InscripcionPreguntas {
                    desde,
                    hasta,
                    canales: vec![self.canal()],
                })
            } else {
                None
            },
            garantias: self.rng.some(|r| Garantias {
                participan_candidatos: r.some(Rng::coin),
                inaugura_obras_o_programas: r.some(Rng::coin),
                uso_bienes_proselitismo: r.some(Rng::coin),
            }),
            evaluacion: if self.rng.coin() {
                Some(Evaluacion {
                    instrumento: self.text(),
                    meta_respuestas: self.rng.some(|r| r.below(1000) as u32),
                })
            } else {
                None
            },
            memoria: self.rng.some(|r| Memoria {
                fecha_limite: r.some(Rng::date),
            }),
            respuestas: self.rng.some(|r| Respuestas {
                plazo_dias_habiles: r.some(|r| r.below(40) as u32),
            }),
        }
    }
    fn actividad(&mut self, n: usize) -> Actividad {
        let r = &mut self.rng;
        let fase_cierre = r.some(|r| r.pick(FaseCierre::TODOS));
        let etapa_murc = r.some(|r| r.pick(EtapaMurc::TODOS));
        let tipo_accion = r.some(|r| r.pick(TipoAccion::TODOS));
        let elemento = r.some(|r| r.pick(Elemento::TODOS));
        let canales_informacion = r.many(4, |r| r.pick(CanalInformacion::TODOS));
        let espacio_dialogo = r.some(|r| r.pick(EspacioDialogo::TODOS));
        let canales_dialogo_virtual = r.many(3, |r| r.pick(CanalDialogoVirtual::TODOS));
        let modalidad = r.some(|r| r.pick(Modalidad::TODOS));
        let fecha_inicio = r.some(Rng::date);
        let fecha_fin = r.some(Rng::date);
        let accesibilidad = r.many(4, |r| r.pick(MedidaAccesibilidad::TODOS));
        let estado = r.some(|r| r.pick(EstadoActividad::TODOS));
        let video = r.some(|r| Video {
            grabado: r.coin(),
            subtitulos_cc: r.coin(),
        });
        let grupos = self.rng.below(4);
        Actividad {
            id: ActividadId(format!("A{:02}", n + 1)),
            nombre: self.text(),
            descripcion: self.text(),
            fase_cierre,
            etapa_murc,
            elemento,
            tipo_accion,
            grupos_valor: (0..grupos).map(|_| self.grupo()).collect(),
            temas: (0..self.rng.below(3)).map(|_| self.text()).collect(),
            canales_informacion,
            espacio_dialogo,
            canales_dialogo_virtual,
            modalidad,
            fecha_inicio,
            fecha_fin,
            responsable: self.persona(),
            corresponsables: (0..self.rng.below(3)).map(|_| self.text()).collect(),
            meta: if self.rng.coin() {
                Some(Meta {
                    descripcion: self.text(),
                    cantidad: self.rng.some(Rng::number),
                    unidad: self.text(),
                })
            } else {
                None
            },
            indicador: if self.rng.coin() {
                Some(Indicador {
                    nombre: self.text(),
                    formula: self.text(),
                    linea_base: self.rng.some(Rng::number),
                    meta: self.rng.some(Rng::number),
                })
            } else {
                None
            },
            producto_evidencia: (0..self.rng.below(3)).map(|_| self.text()).collect(),
            recursos: if self.rng.coin() {
                Some(Recursos {
                    presupuesto_cop: self.rng.some(Rng::next),
                    fuente: self.text(),
                    logistica: (0..self.rng.below(3)).map(|_| self.text()).collect(),
                })
            } else {
                None
            },
            accesibilidad,
            lenguaje_claro: if self.rng.coin() {
                let revisado = self.rng.coin();
                Some(RevisionLenguajeClaro {
                    revisado,
                    fecha: self.rng.some(Rng::date),
                    revisor: self.text(),
                })
            } else {
                None
            },
            web: if self.rng.coin() {
                let wcag = self.rng.coin();
                Some(PublicacionWeb {
                    url: self.text(),
                    wcag21_aa: wcag,
                    disponible_hasta: self.rng.some(Rng::date),
                })
            } else {
                None
            },
            video,
            evento: if self.rng.coin() {
                Some(self.evento())
            } else {
                None
            },
            relacionada_con: (0..self.rng.below(3))
                .map(|k| ActividadId(format!("A{k:02}")))
                .collect(),
            estado,
        }
    }
    fn agenda(&mut self) -> Agenda {
        let n = self.rng.below(8) as usize;
        let tipo = self.rng.some(|r| r.pick(TipoDependencia::TODOS));
        let nivel = self.rng.some(|r| r.pick(NivelMurc::TODOS));
        Agenda {
            id: AgendaId(self.text()),
            dependencia: Dependencia {
                nombre: self.text(),
                tipo,
                sector: self.text(),
                titular: self.persona(),
                enlace_rdc: Enlace {
                    nombre: self.text(),
                    cargo: self.text(),
                    correo: self.text(),
                    telefono: self.text(),
                },
                es_representante_legal: self.rng.coin(),
            },
            periodo_gobierno: self.rng.some(|r| Periodo {
                inicio: r.date(),
                fin: r.date(),
            }),
            nivel_murc: nivel,
            autodiagnostico: self.rng.some(|r| Autodiagnostico {
                fecha: r.some(Rng::date),
                puntaje: r.some(|r| r.below(101) as u8),
                nivel: r.some(|r| r.pick(NivelMurc::TODOS)),
            }),
            diagnostico: self.text(),
            objetivo: self.text(),
            temas: (0..self.rng.below(3))
                .map(|_| Tema {
                    tema: self.text(),
                    grupos_valor: self.rng.many(3, |r| r.pick(GrupoValor::TODOS)),
                    fuente_priorizacion: self.text(),
                })
                .collect(),
            grupos_valor: (0..self.rng.below(4)).map(|_| self.grupo()).collect(),
            presupuesto_total_cop: self.rng.some(Rng::next),
            coordinacion_comunicaciones: CoordinacionComunicaciones {
                oficina: self.text(),
                contacto: self.text(),
                correo: self.text(),
                fecha_reunion: self.rng.some(Rng::date),
                acuerdos: self.text(),
            },
            publicacion_agenda: if self.rng.coin() {
                let incluye = self.rng.coin();
                Some(PublicacionAgenda {
                    url: self.text(),
                    incluye_calendario: incluye,
                })
            } else {
                None
            },
            actividades: (0..n).map(|i| self.actividad(i)).collect(),
            justificaciones: (0..self.rng.below(2))
                .map(|_| Justificacion {
                    regla_id: self.text(),
                    actividad_id: Some(ActividadId(self.text())),
                    campo: self.text(),
                    texto: self.text(),
                })
                .collect(),
            estado: self.rng.some(|r| r.pick(EstadoAgenda::TODOS)),
        }
    }
}

fn agenda_generada(seed: u64, textos: &[String]) -> Agenda {
    Gen {
        rng: Rng(seed),
        textos,
    }
    .agenda()
}

fn cuando() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 10, 1, 14, 30, 5).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_back_the_same_agenda(
        seed in any::<u64>(),
        textos in prop::collection::vec(any::<String>(), 0..6),
        copia in any::<bool>(),
    ) {
        let agenda = agenda_generada(seed, &textos);
        let texto = export_agenda(&agenda, cuando(), copia);
        let importado = import_agenda(&texto).expect("an export always imports");
        prop_assert_eq!(&importado.agenda, &agenda);
        prop_assert_eq!(importado.integrity, Integrity::Verified);
        prop_assert_eq!(importado.copia_de_trabajo, copia);
        prop_assert_eq!(importado.generado_en, Some(cuando()));
    }

    #[test]
    fn a_file_cut_short_is_refused_without_panicking(seed in any::<u64>(), corte in 0.0f64..1.0) {
        let agenda = agenda_generada(seed, &["Secretaría «Ñ»".to_string()]);
        let texto = export_agenda(&agenda, cuando(), false);
        let mut fin = ((texto.len() as f64) * corte) as usize;
        while !texto.is_char_boundary(fin) { fin -= 1; }
        let cortado = &texto[..fin];
        prop_assert!(import_agenda(cortado).is_err());
    }

    #[test]
    fn arbitrary_text_never_panics_the_importer(texto in any::<String>()) {
        let _ = import_agenda(&texto);
    }
}

#[test]
fn the_sample_round_trips_and_its_checksum_is_the_canonical_sha256() {
    let (agenda, _) = common::muestra();
    let texto = export_agenda(&agenda, cuando(), false);
    let sobre: Value = serde_json::from_str(&texto).unwrap();
    assert_eq!(sobre["formato"], "agenda-rendicion-cuentas");
    assert_eq!(sobre["version_esquema"], 1);
    assert_eq!(
        sobre["generador"]["nombre"],
        "Agenda de Rendición de Cuentas"
    );
    assert_eq!(sobre["generado_en"], "2027-10-01T14:30:05Z");
    assert_eq!(sobre["copia_de_trabajo"], false);
    let esperado = sha256_hex(&canonical_json(&sobre["agenda"]));
    assert_eq!(sobre["sha256_agenda"], esperado.as_str());
    assert_eq!(import_agenda(&texto).unwrap().agenda, agenda);
}

#[test]
fn a_hand_edited_agenda_is_detected_by_its_checksum() {
    let (agenda, _) = common::muestra();
    let texto = export_agenda(&agenda, cuando(), false).replacen(
        "Foro de salud mental juvenil",
        "Foro editado",
        1,
    );
    let importado = import_agenda(&texto).unwrap();
    assert!(matches!(importado.integrity, Integrity::Altered { .. }));
    // Whitespace and key order do not change the checksum.
    let valor: Value = serde_json::from_str(&export_agenda(&agenda, cuando(), false)).unwrap();
    let compacto = serde_json::to_string(&valor).unwrap();
    assert_eq!(
        import_agenda(&compacto).unwrap().integrity,
        Integrity::Verified
    );
}

fn sobre_con(agenda: Value) -> String {
    json!({
        "formato": "agenda-rendicion-cuentas", "version_esquema": 1,
        "generador": {"nombre": "x", "version": "0"}, "generado_en": "2027-01-01T00:00:00Z",
        "copia_de_trabajo": true, "agenda": agenda
    })
    .to_string()
}

#[test]
fn a_file_that_is_not_json_is_refused_in_spanish() {
    let err = import_agenda("Esto no es JSON").unwrap_err();
    assert!(matches!(
        err,
        ImportError::NotJson {
            truncated: false,
            ..
        }
    ));
    assert!(
        err.to_string()
            .starts_with("El archivo no es un JSON válido"),
        "{err}"
    );
}

#[test]
fn a_truncated_file_is_called_incomplete() {
    let err =
        import_agenda(r#"{"formato": "agenda-rendicion-cuentas", "agenda": {"id": "#).unwrap_err();
    assert!(err.to_string().contains("incompleto"), "{err}");
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(import_agenda("  \n").unwrap_err(), ImportError::Empty);
    assert_eq!(import_agenda("\u{feff}").unwrap_err(), ImportError::Empty);
}

#[test]
fn a_json_of_another_kind_is_refused_as_not_this_format() {
    for texto in [
        r#"[1, 2]"#,
        r#"{"nombre": "lista de asistencia"}"#,
        r#""texto""#,
    ] {
        assert_eq!(
            import_agenda(texto).unwrap_err(),
            ImportError::NotThisFormat { found: None },
            "{texto}"
        );
    }
    let err = import_agenda(r#"{"formato": "encuesta", "version_esquema": 1}"#).unwrap_err();
    assert!(err.to_string().contains("«encuesta»"), "{err}");
}

#[test]
fn the_sites_config_json_chosen_by_mistake_is_named_as_such() {
    let config =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/config.json"))
            .unwrap();
    for texto in [
        config.as_str(),
        r#"{"municipio": "San Rafael", "anio_cierre": 2027, "dependencias": ["Secretaría de Salud"]}"#,
    ] {
        let err = import_agenda(texto).unwrap_err();
        assert_eq!(err, ImportError::EsConfiguracion, "{texto}");
        assert_eq!(
            err.to_string(),
            "El archivo es la configuración del sitio (config.json), no una agenda de rendición de cuentas."
        );
    }
    // An empty object is nothing in particular.
    assert_eq!(
        import_agenda("{}").unwrap_err(),
        ImportError::NotThisFormat { found: None }
    );
}

#[test]
fn a_newer_schema_version_is_refused_and_names_both_versions() {
    let texto = sobre_con(json!({})).replace("\"version_esquema\":1", "\"version_esquema\":7");
    let err = import_agenda(&texto).unwrap_err();
    assert_eq!(err, ImportError::NewerVersion { version: 7 });
    assert!(
        err.to_string().contains("versión 7") && err.to_string().contains("versión 1"),
        "{err}"
    );
}

#[test]
fn a_missing_or_zero_version_is_refused() {
    let texto = sobre_con(json!({})).replace("\"version_esquema\":1", "\"version_esquema\":0");
    assert_eq!(
        import_agenda(&texto).unwrap_err(),
        ImportError::UnknownVersion
    );
}

#[test]
fn a_file_over_five_megabytes_is_refused_before_parsing() {
    let grande = format!("{{\"relleno\": \"{}\"}}", "x".repeat(MAX_FILE_BYTES));
    let err = import_agenda(&grande).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { .. }));
    assert!(err.to_string().contains("máximo es 5 MB"), "{err}");
}

/// "actividades[3]" counts from zero; a person finds the activity by its id and name.
#[test]
fn an_invalid_member_of_an_activity_names_the_activity_too() {
    let actividades = json!([
        {"id": "A01", "nombre": "Foro de salud"},
        {"id": "A02", "nombre": "  Mesa temática ", "evento": {"aforo": "muchos"}},
    ]);
    let err = import_agenda(&sobre_con(json!({ "actividades": actividades }))).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "El archivo tiene un valor no válido en «agenda.actividades[1].evento.aforo», \
             de la actividad A02 «Mesa temática»: "
        ),
        "{err}"
    );

    // Without an id or a name, its place in the list, counted from one.
    let err = import_agenda(&sobre_con(
        json!({"actividades": [{"id": "A01"}, {"id": 7}]}),
    ))
    .unwrap_err();
    assert!(
        err.to_string().starts_with(
            "El archivo tiene un valor no válido en «agenda.actividades[1].id», \
             de la actividad n.º 2 de la lista: "
        ),
        "{err}"
    );

    // A member of the agenda itself names no activity.
    let err = import_agenda(&sobre_con(json!({"presupuesto_total_cop": "mucho"}))).unwrap_err();
    assert!(!err.to_string().contains("la actividad"), "{err}");
}

#[test]
fn invalid_values_name_the_field_and_say_what_was_expected() {
    let err = import_agenda(&sobre_con(
        json!({"actividades": [{"id": "A01", "fase_cierre": "cierre"}]}),
    ))
    .unwrap_err();
    let ImportError::InvalidValue {
        path,
        detail,
        actividad,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(path, "agenda.actividades[0].fase_cierre");
    assert_eq!(actividad.as_deref(), Some("la actividad A01"));
    assert!(
        detail.contains("«cierre» no es un valor válido de fase de cierre"),
        "{detail}"
    );

    let err = import_agenda(&sobre_con(
        json!({"actividades": [{"id": "A01", "fecha_inicio": "2027-13-01"}]}),
    ))
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("agenda.actividades[0].fecha_inicio"),
        "{err}"
    );
    assert!(
        err.to_string().ends_with(
            "«2027-13-01» no es una fecha válida; use el formato AAAA-MM-DD, por ejemplo 2027-10-14."
        ),
        "{err}"
    );
    let err = import_agenda(&sobre_con(
        json!({"actividades": [{"id": "A01", "fecha_fin": 20271014}]}),
    ))
    .unwrap_err();
    assert!(
        err.to_string().ends_with(
            "«agenda.actividades[0].fecha_fin», de la actividad A01: se encontró el número 20271014 y se esperaba una fecha AAAA-MM-DD."
        ),
        "{err}"
    );

    let err = import_agenda(&sobre_con(json!({"presupuesto_total_cop": "mucho"}))).unwrap_err();
    assert!(
        err.to_string().contains("se encontró el texto «mucho»"),
        "{err}"
    );

    let err = import_agenda(&sobre_con(
        json!({"actividades": [{"evento": {"aforo": -3}}]}),
    ))
    .unwrap_err();
    assert!(err.to_string().contains("fuera de rango"), "{err}");
}

#[test]
fn two_activities_with_one_id_or_one_without_id_are_refused_naming_both() {
    let err = import_agenda(&sobre_con(json!({"actividades": [
        {"id": "A01"}, {"id": "A02"}, {"id": "A01"}
    ]})))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "El archivo tiene un valor no válido en «agenda.actividades[2].id»: «A01» ya es el \
         identificador de actividades[0]; cada actividad necesita uno propio."
    );
    for sin_id in [json!({}), json!({"id": "  "})] {
        let err =
            import_agenda(&sobre_con(json!({"actividades": [{"id": "A01"}, sin_id]}))).unwrap_err();
        assert_eq!(
            err,
            ImportError::InvalidValue {
                path: "agenda.actividades[1].id".into(),
                detail: "la actividad no tiene identificador".into(),
                actividad: None,
            }
        );
    }
}

#[test]
fn the_reference_layout_and_a_bare_agenda_are_read_without_checksum() {
    let importado = import_agenda(common::MUESTRA).unwrap();
    assert_eq!(importado.integrity, Integrity::NoChecksum);
    assert_eq!(importado.configuracion.unwrap().anio_cierre, Some(2027));
    let desnuda = serde_json::to_string(&importado.agenda).unwrap();
    assert_eq!(import_agenda(&desnuda).unwrap().agenda, importado.agenda);
}

fn renombrar_titulo(mut v: Value) -> Result<Value, String> {
    // Version 1 → 2 of a test format: "objetivo" became "proposito".
    let agenda = v["agenda"].as_object_mut().ok_or("sin agenda")?;
    if let Some(o) = agenda.remove("objetivo") {
        agenda.insert("proposito".into(), o);
    }
    Ok(v)
}

fn devolver_titulo(mut v: Value) -> Result<Value, String> {
    // Version 2 → 3: back to "objetivo", upper-cased, so the order of steps shows.
    let agenda = v["agenda"].as_object_mut().ok_or("sin agenda")?;
    let p = agenda.remove("proposito").ok_or("falta «proposito»")?;
    agenda.insert(
        "objetivo".into(),
        Value::String(p.as_str().unwrap_or_default().to_uppercase()),
    );
    Ok(v)
}

#[test]
fn older_versions_go_through_each_migration_in_order() {
    let cadena = [
        Migration {
            from: 1,
            apply: renombrar_titulo,
        },
        Migration {
            from: 2,
            apply: devolver_titulo,
        },
    ];
    let texto = sobre_con(json!({"objetivo": "informar"}));
    let importado = import_with(&texto, 3, &cadena).unwrap();
    assert_eq!(importado.agenda.objetivo, "INFORMAR");
    assert_eq!(importado.version_origen, 1);
    // The checksum speaks of the file as written, before migration.
    assert_eq!(importado.integrity, Integrity::NoChecksum);
}

#[test]
fn a_missing_or_failing_migration_is_reported_not_skipped() {
    let solo_la_segunda = [Migration {
        from: 2,
        apply: devolver_titulo,
    }];
    let err = import_with(&sobre_con(json!({})), 3, &solo_la_segunda).unwrap_err();
    assert!(
        matches!(err, ImportError::Migration { from: 1, .. }),
        "{err:?}"
    );
    let falla = [Migration {
        from: 1,
        apply: devolver_titulo,
    }];
    let err = import_with(&sobre_con(json!({})), 2, &falla).unwrap_err();
    assert!(err.to_string().contains("falta «proposito»"), "{err}");
}

#[test]
fn the_published_migration_chain_covers_every_older_version() {
    for version in (1..=SCHEMA_VERSION).filter(|v| *v < SCHEMA_VERSION) {
        assert!(
            MIGRATIONS.iter().any(|m| m.from == version),
            "no migration from version {version}"
        );
    }
}

fn comparar_con_publicado(ruta: &str, generado: &str) {
    comparar_con_archivo(&std::path::Path::new("public").join(ruta), generado);
}

/// Compares a generated file with its committed copy; `UPDATE_SCHEMA=1` rewrites the copy.
fn comparar_con_archivo(relativa: &std::path::Path, generado: &str) {
    let ruta = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relativa);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&ruta, generado).unwrap();
    }
    let publicado = std::fs::read_to_string(&ruta).unwrap_or_default();
    assert!(
        publicado == generado,
        "{} is out of date with the Rust types; regenerate it with `UPDATE_SCHEMA=1 cargo test --test domain_format`",
        ruta.display()
    );
}

#[test]
fn the_published_agenda_schema_is_current() {
    comparar_con_publicado(
        &agenda_rdc::domain::schema::agenda_schema_path(),
        &agenda_rdc::domain::schema::agenda_schema_json(),
    );
}

#[test]
fn the_published_config_schema_is_current() {
    comparar_con_publicado(
        agenda_rdc::domain::schema::CONFIG_SCHEMA_PATH,
        &agenda_rdc::domain::schema::config_schema_json(),
    );
}

#[test]
fn the_exported_sample_fixture_is_current() {
    // The e2e layer validates this file against the published schema with Ajv.
    let (agenda, _) = common::muestra();
    comparar_con_archivo(
        std::path::Path::new("tests/fixtures/muestra_exportada.json"),
        &(export_agenda(&agenda, cuando(), false) + "\n"),
    );
}

#[test]
fn the_schema_lists_every_vocabulary_code_with_its_label() {
    let esquema: Value =
        serde_json::from_str(&agenda_rdc::domain::schema::agenda_schema_json()).unwrap();
    let fases = &esquema["$defs"]["FaseCierre"]["oneOf"];
    let codigos: Vec<&str> = fases
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["const"].as_str().unwrap())
        .collect();
    assert_eq!(
        codigos,
        FaseCierre::TODOS
            .iter()
            .map(|f| f.codigo())
            .collect::<Vec<_>>()
    );
    assert_eq!(fases[1]["title"], "Rendición de cuentas de cierre");
}

#[test]
fn null_members_of_a_hand_written_agenda_read_as_missing() {
    let texto = json!({"agenda": {"dependencia": null, "actividades": [
        {"id": "A01", "responsable": null, "grupos_valor": null, "meta": null, "fecha_inicio": null}
    ]}})
    .to_string();
    let agenda = import_agenda(&texto).unwrap().agenda;
    assert!(agenda.actividades[0].responsable.esta_vacia());
    assert!(agenda.actividades[0].grupos_valor.is_empty());
}

/// A file always names its term: the one of the closing year the site prepares when the agenda
/// named none (made in the wizard), its own otherwise; and it says whether it is the one to send.
#[test]
fn a_downloaded_file_names_its_term_and_whether_it_is_the_one_to_send() {
    let sitio = Periodo {
        inicio: NaiveDate::from_ymd_opt(2028, 1, 1).unwrap(),
        fin: NaiveDate::from_ymd_opt(2031, 12, 31).unwrap(),
    };
    let (mut agenda, _) = common::muestra();
    let propio = agenda.periodo_gobierno.expect("the sample names its term");
    let archivo = agenda_para_archivo(&agenda, sitio, false);
    assert_eq!(archivo.periodo_gobierno, Some(propio));
    assert_eq!(archivo.estado, Some(EstadoAgenda::Enviada));

    agenda.periodo_gobierno = None;
    let copia = agenda_para_archivo(&agenda, sitio, true);
    assert_eq!(copia.periodo_gobierno, Some(sitio));
    assert_eq!(copia.estado, Some(EstadoAgenda::Borrador));
    // What the file says is what its checksum covers and what Planeación reads back.
    let texto = export_agenda(&copia, cuando(), true);
    let leida = import_agenda(&texto).unwrap();
    assert_eq!(leida.integrity, Integrity::Verified);
    assert_eq!(leida.agenda.periodo_gobierno, Some(sitio));
}
