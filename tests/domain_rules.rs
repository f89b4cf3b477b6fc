//! Every rule of domain.md §4: a fixture that triggers it (rule id, severity, field path) and
//! one just inside its limit. Each fixture is the valid sample with one thing changed.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use agenda_rdc::domain::config::{Configuracion, NivelRegla};
use agenda_rdc::domain::model::*;
use agenda_rdc::domain::rules::{clave_de_severidad_existe, validar, Severidad, REGLAS};
use agenda_rdc::domain::vocab::*;
use common::{act, d, de_regla, muestra, resumen};
use Severidad::{Advertencia as W, Error as E, Info as I};

fn p(s: &str) -> String {
    s.to_string()
}

#[test]
fn the_valid_sample_of_the_domain_reference_has_no_finding() {
    let (agenda, config) = muestra();
    let hallazgos = validar(&agenda, &config);
    assert!(hallazgos.is_empty(), "{hallazgos:#?}");
}

#[test]
fn every_rule_of_the_domain_reference_is_implemented_once() {
    let ids: Vec<&str> = REGLAS.iter().map(|r| r.id).collect();
    let esperadas = [
        "V-EST-01", "V-EST-02", "V-EST-03", "V-EST-04", "V-EST-05", "V-ELE-01", "V-ELE-02",
        "V-ELE-03", "V-ELE-04", "V-INF-01", "V-INF-02", "V-INF-03", "V-INF-04", "V-ACC-01",
        "V-ACC-02", "V-ACC-03", "V-ACC-04", "V-ACC-05", "V-TIM-01", "V-TIM-02", "V-TIM-03",
        "V-TIM-04", "V-TIM-05", "V-TIM-06", "V-TIM-07", "V-TIM-08", "V-TIM-09", "V-TIM-10",
        "V-TIM-11", "V-COO-01", "V-COO-02", "V-COO-03", "V-PUB-01",
    ];
    assert_eq!(ids, esperadas);
    for r in REGLAS {
        assert!(
            !r.fuente.is_empty() && !r.descripcion.is_empty() && !r.chequeos.is_empty(),
            "{}",
            r.id
        );
    }
}

#[test]
fn a_severity_key_names_a_rule_or_one_of_its_checks() {
    for clave in ["V-TIM-05", "V-TIM-05.credencial", "V-TIM-05.fin_sesiones"] {
        assert!(clave_de_severidad_existe(clave), "{clave}");
    }
    for clave in [
        "V-XXX-01",
        "V-TIM-05.credenciales",
        "V-TIM-05.",
        "credencial",
        "",
    ] {
        assert!(!clave_de_severidad_existe(clave), "{clave}");
    }
    for r in REGLAS {
        for c in r.chequeos {
            assert!(clave_de_severidad_existe(&format!("{}.{}", r.id, c.clave)));
        }
    }
}

#[test]
fn a_rules_default_severities_are_listed_once_the_most_serious_first() {
    let regla = |id: &str| REGLAS.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        regla("V-TIM-05").severidades_por_defecto(),
        [Severidad::Error, Severidad::Advertencia]
    );
    for r in REGLAS {
        let lista = r.severidades_por_defecto();
        assert!(
            !lista.is_empty() && lista.windows(2).all(|w| w[0] < w[1]),
            "{}",
            r.id
        );
    }
}

#[test]
fn messages_of_unverified_rules_never_claim_the_law_requires_it() {
    // Break the sample in many ways at once and read every message.
    let (mut agenda, config) = muestra();
    for a in agenda.actividades.iter_mut() {
        a.responsable = Persona::default();
        a.producto_evidencia.clear();
        a.meta = None;
        a.accesibilidad.clear();
        a.corresponsables.clear();
        a.lenguaje_claro = None;
        if let Some(e) = a.evento.as_mut() {
            e.convocatoria = None;
            e.informe_previo = None;
            e.memoria = None;
            e.garantias = None;
        }
    }
    let hallazgos = validar(&agenda, &config);
    assert!(hallazgos.len() > 30);
    for h in &hallazgos {
        let regla = agenda_rdc::domain::rules::regla(&h.regla_id).unwrap();
        let texto = h.mensaje.to_lowercase();
        if regla.marca != agenda_rdc::domain::rules::Marca::Verificada {
            assert!(
                !texto.contains("la ley exige") && !texto.contains(" exige"),
                "{}: {}",
                h.regla_id,
                h.mensaje
            );
        }
        assert_eq!(h.fuente, regla.fuente);
    }
}

// ---- V-EST ----

#[test]
fn v_est_01_missing_responsible_or_dates_is_an_error_per_field() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A05").responsable.nombre = "  ".into();
    act(&mut agenda, "A06").fecha_fin = None;
    assert_eq!(
        resumen(&agenda, &config, "V-EST-01"),
        vec![
            (E, p("actividades[4].responsable.nombre")),
            (E, p("actividades[5].fecha_fin"))
        ]
    );
    let (mut agenda, _) = muestra();
    act(&mut agenda, "A05").responsable.nombre = "X".into();
    assert!(resumen(&agenda, &config, "V-EST-01").is_empty());
}

#[test]
fn v_est_02_end_before_start_is_an_error_same_day_is_fine() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A05").fecha_fin = Some(d("2027-10-13"));
    assert_eq!(
        resumen(&agenda, &config, "V-EST-02"),
        vec![(E, p("actividades[4].fecha_fin"))]
    );
    act(&mut agenda, "A05").fecha_fin = Some(d("2027-10-14"));
    assert!(resumen(&agenda, &config, "V-EST-02").is_empty());
}

#[test]
fn v_est_03_information_or_dialogue_without_groups_is_an_error() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A04").grupos_valor.clear();
    act(&mut agenda, "A05").grupos_valor.clear();
    assert_eq!(
        resumen(&agenda, &config, "V-EST-03"),
        vec![
            (E, p("actividades[3].grupos_valor")),
            (E, p("actividades[4].grupos_valor"))
        ]
    );
    // One group is enough, and empalme tasks need none (A14 has none in the sample).
    act(&mut agenda, "A04")
        .grupos_valor
        .push(GrupoDestinatario::de(GrupoValor::Mujeres));
    act(&mut agenda, "A05")
        .grupos_valor
        .push(GrupoDestinatario::de(GrupoValor::Jovenes));
    assert!(resumen(&agenda, &config, "V-EST-03").is_empty());
}

#[test]
fn v_est_04_missing_goal_is_a_warning_and_no_indicator_at_all_is_information() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A05").meta = None;
    act(&mut agenda, "A06").meta = Some(Meta::default());
    assert_eq!(
        resumen(&agenda, &config, "V-EST-04"),
        vec![(W, p("actividades[4].meta")), (W, p("actividades[5].meta"))]
    );
    // A goal with only a quantity is defined.
    act(&mut agenda, "A05").meta = Some(Meta {
        cantidad: Some(1.0),
        ..Meta::default()
    });
    act(&mut agenda, "A06").meta = Some(Meta {
        descripcion: "actas".into(),
        ..Meta::default()
    });
    assert!(resumen(&agenda, &config, "V-EST-04").is_empty());

    for a in agenda.actividades.iter_mut() {
        a.indicador = None;
    }
    assert_eq!(
        resumen(&agenda, &config, "V-EST-04"),
        vec![(I, p("actividades"))]
    );
    act(&mut agenda, "A12").indicador = Some(Indicador {
        nombre: "Cumplimiento".into(),
        ..Indicador::default()
    });
    assert!(resumen(&agenda, &config, "V-EST-04").is_empty());
}

#[test]
fn v_est_05_missing_evidence_is_a_warning() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A14").producto_evidencia = vec!["  ".into()];
    assert_eq!(
        resumen(&agenda, &config, "V-EST-05"),
        vec![(W, p("actividades[13].producto_evidencia"))]
    );
    act(&mut agenda, "A14").producto_evidencia = vec!["acta".into()];
    assert!(resumen(&agenda, &config, "V-EST-05").is_empty());
}

// ---- V-ELE ----

#[test]
fn v_ele_01_a_missing_element_is_an_error() {
    let (mut agenda, config) = muestra();
    agenda
        .actividades
        .retain(|a| a.elemento != Some(Elemento::Responsabilidad));
    let hallazgos = common::de_regla(&agenda, &config, "V-ELE-01");
    assert_eq!(hallazgos.len(), 1);
    assert_eq!(
        (hallazgos[0].severidad, hallazgos[0].ruta_campo.as_str()),
        (E, "actividades")
    );
    assert!(hallazgos[0].mensaje.contains("responsabilidad"));
    // One action of the element is enough.
    let (muestra_completa, _) = muestra();
    agenda
        .actividades
        .push(muestra_completa.actividades[10].clone());
    assert!(resumen(&agenda, &config, "V-ELE-01").is_empty());
}

#[test]
fn v_ele_02_no_in_person_space_is_an_error_when_consolidated_and_a_warning_when_initial() {
    let (mut agenda, config) = muestra();
    for a in agenda.actividades.iter_mut().filter(|a| a.es_dialogo()) {
        a.modalidad = Some(Modalidad::Virtual);
    }
    assert_eq!(
        resumen(&agenda, &config, "V-ELE-02"),
        vec![(E, p("actividades"))]
    );
    agenda.nivel_murc = Some(NivelMurc::Inicial);
    assert_eq!(
        resumen(&agenda, &config, "V-ELE-02"),
        vec![(W, p("actividades"))]
    );
    // A single mixed space is in person.
    act(&mut agenda, "A08").modalidad = Some(Modalidad::Mixta);
    assert!(resumen(&agenda, &config, "V-ELE-02").is_empty());
}

#[test]
fn v_ele_03_consolidated_agendas_need_two_kinds_of_in_person_space() {
    let (mut agenda, config) = muestra();
    for id in ["A06", "A07", "A08"] {
        act(&mut agenda, id).espacio_dialogo = Some(EspacioDialogo::Foro);
    }
    assert_eq!(
        resumen(&agenda, &config, "V-ELE-03"),
        vec![(W, p("actividades"))]
    );
    act(&mut agenda, "A08").espacio_dialogo = Some(EspacioDialogo::AudienciaPublicaParticipativa);
    assert!(resumen(&agenda, &config, "V-ELE-03").is_empty());
    // The initial route does not ask for it.
    act(&mut agenda, "A08").espacio_dialogo = Some(EspacioDialogo::Foro);
    agenda.nivel_murc = Some(NivelMurc::Inicial);
    assert!(resumen(&agenda, &config, "V-ELE-03").is_empty());
}

#[test]
fn v_ele_04_dialogue_without_follow_up_is_a_warning_unless_a_linked_action_covers_it() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A06").evento.as_mut().unwrap().evaluacion = None;
    assert_eq!(
        resumen(&agenda, &config, "V-ELE-04"),
        vec![(W, p("actividades[5].evento.evaluacion.instrumento"))]
    );
    // An evaluation action linked to the space covers it.
    let mut evaluacion = agenda.actividades[10].clone();
    evaluacion.id = ActividadId("A15".into());
    evaluacion.tipo_accion = Some(TipoAccion::EvaluacionEspacio);
    evaluacion.relacionada_con = vec![ActividadId("A06".into())];
    agenda.actividades.push(evaluacion);
    assert!(resumen(&agenda, &config, "V-ELE-04").is_empty());

    // A complementary space shares its main space's follow-up; alone it has none.
    let (mut agenda, _) = muestra();
    act(&mut agenda, "A09").relacionada_con.clear();
    assert_eq!(
        resumen(&agenda, &config, "V-ELE-04"),
        vec![(W, p("actividades[8].evento"))]
    );
}

// ---- V-INF ----

#[test]
fn v_inf_01_rural_ethnic_elderly_or_disabled_audiences_need_a_channel_without_internet() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A04").canales_informacion =
        vec![CanalInformacion::SitioWeb, CanalInformacion::RedesSociales];
    assert_eq!(
        resumen(&agenda, &config, "V-INF-01"),
        vec![(W, p("actividades[3].canales_informacion"))]
    );
    act(&mut agenda, "A04")
        .canales_informacion
        .push(CanalInformacion::Mensajeria);
    assert!(resumen(&agenda, &config, "V-INF-01").is_empty());
}

#[test]
fn v_inf_02_information_needs_a_plain_language_review() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A03")
        .lenguaje_claro
        .as_mut()
        .unwrap()
        .revisado = false;
    act(&mut agenda, "A02").lenguaje_claro = None;
    assert_eq!(
        resumen(&agenda, &config, "V-INF-02"),
        vec![
            (W, p("actividades[1].lenguaje_claro.revisado")),
            (W, p("actividades[2].lenguaje_claro.revisado"))
        ]
    );
}

#[test]
fn v_inf_03_web_publications_declare_wcag_2_1_aa() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A03").web.as_mut().unwrap().wcag21_aa = false;
    act(&mut agenda, "A02").web = None;
    assert_eq!(
        resumen(&agenda, &config, "V-INF-03"),
        vec![
            (W, p("actividades[1].web")),
            (W, p("actividades[2].web.wcag21_aa"))
        ]
    );
    // Without a web channel no web block is needed.
    act(&mut agenda, "A02").canales_informacion = vec![CanalInformacion::PuntoAtencion];
    act(&mut agenda, "A03").web.as_mut().unwrap().wcag21_aa = true;
    assert!(resumen(&agenda, &config, "V-INF-03").is_empty());
}

#[test]
fn v_inf_04_web_products_stay_available_until_the_end_of_the_term_at_a_full_address() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A03")
        .web
        .as_mut()
        .unwrap()
        .disponible_hasta = Some(d("2027-12-30"));
    act(&mut agenda, "A10").web.as_mut().unwrap().url = "sanrafael.example/memorias".into();
    assert_eq!(
        resumen(&agenda, &config, "V-INF-04"),
        vec![
            (W, p("actividades[2].web.disponible_hasta")),
            (W, p("actividades[9].web.url"))
        ]
    );
    act(&mut agenda, "A03")
        .web
        .as_mut()
        .unwrap()
        .disponible_hasta = Some(d("2027-12-31"));
    act(&mut agenda, "A10").web.as_mut().unwrap().url = "https://sanrafael.example/memorias".into();
    assert!(resumen(&agenda, &config, "V-INF-04").is_empty());
}

// ---- V-ACC ----

#[test]
fn v_acc_01_ethnic_audiences_need_translation_a_pertinent_format_or_their_own_space() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A07").accesibilidad = vec![
        MedidaAccesibilidad::HorarioLugarPertinente,
        MedidaAccesibilidad::AccesibilidadFisica,
    ];
    assert_eq!(
        resumen(&agenda, &config, "V-ACC-01"),
        vec![(W, p("actividades[6].accesibilidad"))]
    );
    act(&mut agenda, "A07")
        .accesibilidad
        .push(MedidaAccesibilidad::FormatoAlternativoEtnico);
    assert!(resumen(&agenda, &config, "V-ACC-01").is_empty());
}

#[test]
fn v_acc_02_deaf_audiences_need_an_lsc_interpreter_or_live_captions_on_streams() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A08")
        .accesibilidad
        .retain(|m| *m != MedidaAccesibilidad::InterpreteLsc);
    assert_eq!(
        resumen(&agenda, &config, "V-ACC-02"),
        vec![(W, p("actividades[7].accesibilidad"))]
    );
    // Live captions are enough for a virtual stream, not for an in-person hearing.
    act(&mut agenda, "A08")
        .accesibilidad
        .push(MedidaAccesibilidad::SubtituladoEnVivo);
    assert_eq!(resumen(&agenda, &config, "V-ACC-02").len(), 1);
    act(&mut agenda, "A08").modalidad = Some(Modalidad::Virtual);
    assert!(resumen(&agenda, &config, "V-ACC-02").is_empty());
}

#[test]
fn v_acc_03_recorded_video_without_captions_is_an_error() {
    let (mut agenda, config) = muestra();
    // The activity still lists captions among its measures: the recording itself lacks them.
    act(&mut agenda, "A08")
        .video
        .as_mut()
        .unwrap()
        .subtitulos_cc = false;
    assert!(act(&mut agenda, "A08").tiene_medida(MedidaAccesibilidad::SubtitulosCc));
    assert_eq!(
        resumen(&agenda, &config, "V-ACC-03"),
        vec![(E, p("actividades[7].video.subtitulos_cc"))]
    );
    act(&mut agenda, "A08").video.as_mut().unwrap().grabado = false;
    assert!(resumen(&agenda, &config, "V-ACC-03").is_empty());
    // Captions on the recording are enough, whatever the list of measures says.
    let a = act(&mut agenda, "A08");
    *a.video.as_mut().unwrap() = Video {
        grabado: true,
        subtitulos_cc: true,
    };
    a.accesibilidad
        .retain(|m| *m != MedidaAccesibilidad::SubtitulosCc);
    assert!(resumen(&agenda, &config, "V-ACC-03").is_empty());
}

#[test]
fn v_acc_04_blind_audiences_need_an_accessible_document_or_audio_description() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A04")
        .accesibilidad
        .retain(|m| *m != MedidaAccesibilidad::DocumentoAccesible);
    assert_eq!(
        resumen(&agenda, &config, "V-ACC-04"),
        vec![(W, p("actividades[3].accesibilidad"))]
    );
    act(&mut agenda, "A04")
        .accesibilidad
        .push(MedidaAccesibilidad::Audiodescripcion);
    assert!(resumen(&agenda, &config, "V-ACC-04").is_empty());
}

#[test]
fn v_acc_05_in_person_spaces_declare_physical_accessibility() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A05")
        .accesibilidad
        .retain(|m| *m != MedidaAccesibilidad::AccesibilidadFisica);
    assert_eq!(
        resumen(&agenda, &config, "V-ACC-05"),
        vec![(W, p("actividades[4].accesibilidad"))]
    );
    act(&mut agenda, "A05").modalidad = Some(Modalidad::Virtual);
    assert!(resumen(&agenda, &config, "V-ACC-05").is_empty());
}

// ---- V-TIM ----

fn mover(agenda: &mut Agenda, id: &str, dia: &str) {
    let a = act(agenda, id);
    a.fecha_inicio = Some(d(dia));
    a.fecha_fin = Some(d(dia));
}

#[test]
fn v_tim_01_closing_accountability_dialogue_falls_in_october_and_november() {
    let (mut agenda, config) = muestra();
    mover(&mut agenda, "A05", "2027-09-30");
    act(&mut agenda, "A06").fecha_fin = Some(d("2027-12-01")); // starts 4 Nov, spills into December
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-01"),
        vec![
            (W, p("actividades[4].fecha_inicio")),
            (W, p("actividades[5].fecha_fin"))
        ]
    );
    mover(&mut agenda, "A05", "2027-10-01");
    act(&mut agenda, "A06").fecha_fin = Some(d("2027-11-30"));
    assert!(resumen(&agenda, &config, "V-TIM-01").is_empty());
}

#[test]
fn v_tim_02_management_report_ends_by_september_and_before_the_first_event_using_it() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A03").fecha_fin = Some(d("2027-10-15"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-02"),
        vec![
            (W, p("actividades[2].fecha_fin")),
            (E, p("actividades[2].fecha_fin"))
        ]
    );
    // Finishing the day of the first event (A05, 14 Oct) is late for the memo but in time for the event.
    act(&mut agenda, "A03").fecha_fin = Some(d("2027-10-14"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-02"),
        vec![(W, p("actividades[2].fecha_fin"))]
    );
    act(&mut agenda, "A03").fecha_fin = Some(d("2027-09-30"));
    assert!(resumen(&agenda, &config, "V-TIM-02").is_empty());
    // When an event says it uses the report, that event is the limit.
    act(&mut agenda, "A03").fecha_fin = Some(d("2027-11-10"));
    act(&mut agenda, "A08").relacionada_con = vec![ActividadId("A03".into())];
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-02"),
        vec![(W, p("actividades[2].fecha_fin"))]
    );
}

#[test]
fn v_tim_03_hearing_report_is_published_thirty_days_before() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A08")
        .evento
        .as_mut()
        .unwrap()
        .informe_previo
        .as_mut()
        .unwrap()
        .fecha_publicacion = Some(d("2027-10-21"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-03"),
        vec![(
            E,
            p("actividades[7].evento.informe_previo.fecha_publicacion")
        )]
    );
    act(&mut agenda, "A08")
        .evento
        .as_mut()
        .unwrap()
        .informe_previo
        .as_mut()
        .unwrap()
        .fecha_publicacion = Some(d("2027-10-20"));
    assert!(resumen(&agenda, &config, "V-TIM-03").is_empty());
    act(&mut agenda, "A08")
        .evento
        .as_mut()
        .unwrap()
        .informe_previo = None;
    assert_eq!(resumen(&agenda, &config, "V-TIM-03").len(), 1);
}

#[test]
fn v_tim_04_convocatoria_goes_out_fifteen_days_before_thirty_for_hearings() {
    let (mut agenda, config) = muestra();
    let convocar = |a: &mut Agenda, id: &str, dia: &str| {
        act(a, id)
            .evento
            .as_mut()
            .unwrap()
            .convocatoria
            .as_mut()
            .unwrap()
            .fecha = Some(d(dia));
    };
    convocar(&mut agenda, "A05", "2027-09-30"); // 14 days before 14 Oct
    convocar(&mut agenda, "A08", "2027-10-21"); // 29 days before 19 Nov
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-04"),
        vec![
            (W, p("actividades[4].evento.convocatoria.fecha")),
            (W, p("actividades[7].evento.convocatoria.fecha"))
        ]
    );
    // The message says how far ahead in words, a date after the event included.
    for (dia, dicho) in [
        (
            "2027-10-13",
            "sale el 13 de octubre de 2027, solo 1 día antes.",
        ),
        ("2027-10-14", "sale el 14 de octubre de 2027, el mismo día."),
        (
            "2027-10-16",
            "sale el 16 de octubre de 2027, 2 días después.",
        ),
    ] {
        convocar(&mut agenda, "A05", dia);
        let mensaje = &de_regla(&agenda, &config, "V-TIM-04")[0].mensaje;
        assert!(mensaje.contains(dicho), "{mensaje}");
    }
    convocar(&mut agenda, "A05", "2027-09-29");
    convocar(&mut agenda, "A08", "2027-10-20");
    assert!(resumen(&agenda, &config, "V-TIM-04").is_empty());
    act(&mut agenda, "A06")
        .evento
        .as_mut()
        .unwrap()
        .convocatoria = None;
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-04"),
        vec![(W, p("actividades[5].evento.convocatoria.fecha"))]
    );
}

#[test]
fn v_tim_05_empalme_starts_after_the_election_ideally_after_the_credential_and_sessions_end_by_31_december(
) {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A13").fecha_inicio = Some(d("2027-10-31"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-05"),
        vec![(E, p("actividades[12].fecha_inicio"))]
    );
    act(&mut agenda, "A13").fecha_inicio = Some(d("2027-11-01"));
    let hallazgos = common::de_regla(&agenda, &config, "V-TIM-05");
    assert_eq!(
        (hallazgos[0].severidad, hallazgos[0].chequeo.as_str()),
        (W, "credencial")
    );
    act(&mut agenda, "A13").fecha_inicio = Some(d("2027-11-12"));
    assert!(resumen(&agenda, &config, "V-TIM-05").is_empty());
    act(&mut agenda, "A13").fecha_fin = Some(d("2028-01-01"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-05"),
        vec![(E, p("actividades[12].fecha_fin"))]
    );
    act(&mut agenda, "A13").fecha_fin = Some(d("2027-12-31"));
    assert!(resumen(&agenda, &config, "V-TIM-05").is_empty());
}

#[test]
fn the_phase_dates_a_municipality_sets_move_the_timing_rules() {
    let (mut agenda, _) = muestra();
    let config = Configuracion::desde_json(
        r#"{"anio_cierre": 2027, "fecha_credencial": "2027-11-12",
            "ventanas": {"informe_gestion": {"hasta": "2027-10-10"},
                         "rendicion_cuentas": {"desde": "2027-10-15"},
                         "empalme_desde": "2027-11-16"}}"#,
        d("2026-11-24"),
    )
    .unwrap();
    // A05, a dialogue on 14 October, is before the municipality's window of 15 October.
    let tim01 = de_regla(&agenda, &config, "V-TIM-01");
    assert_eq!(tim01.len(), 1, "{tim01:?}");
    assert_eq!(tim01[0].ruta_campo, p("actividades[4].fecha_inicio"));
    assert!(
        tim01[0].mensaje.contains("que Planeación ubica entre el")
            && tim01[0].mensaje.contains("15 de octubre de 2027"),
        "{}",
        tim01[0].mensaje
    );
    // The management report may now end on 10 October (before that first event, as before).
    act(&mut agenda, "A03").fecha_fin = Some(d("2027-10-10"));
    assert!(resumen(&agenda, &config, "V-TIM-02").is_empty());
    act(&mut agenda, "A03").fecha_fin = Some(d("2027-10-11"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-02"),
        vec![(W, p("actividades[2].fecha_fin"))]
    );
    // An empalme session after the credential but before the municipality's first day.
    act(&mut agenda, "A13").fecha_inicio = Some(d("2027-11-15"));
    let tim05 = de_regla(&agenda, &config, "V-TIM-05");
    assert_eq!(
        (tim05[0].severidad, tim05[0].chequeo.as_str()),
        (E, "inicio")
    );
    assert!(
        tim05[0].mensaje.contains("16 de noviembre de 2027"),
        "{}",
        tim05[0].mensaje
    );
}

fn con_acta_951(agenda: &mut Agenda, fin: &str) {
    let mut acta = agenda.actividades[13].clone();
    acta.id = ActividadId("A15".into());
    acta.tipo_accion = Some(TipoAccion::ActaInformeGestion951);
    acta.fecha_inicio = Some(d("2027-12-01"));
    acta.fecha_fin = Some(d(fin));
    agenda.actividades.push(acta);
}

#[test]
fn v_tim_06_legal_representatives_deliver_the_ley_951_act_within_fifteen_business_days() {
    let (mut agenda, config) = muestra();
    agenda.dependencia.es_representante_legal = true;
    con_acta_951(&mut agenda, "2028-01-25");
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-06"),
        vec![(E, p("actividades[14].fecha_fin"))]
    );
    agenda.actividades[14].fecha_fin = Some(d("2028-01-24"));
    assert!(resumen(&agenda, &config, "V-TIM-06").is_empty());
    // The act is the one activity allowed past 31 December.
    assert!(resumen(&agenda, &config, "V-TIM-10").is_empty());
}

#[test]
fn v_tim_07_events_in_the_guarantees_window_attest_and_any_yes_is_an_error() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A05")
        .evento
        .as_mut()
        .unwrap()
        .garantias
        .as_mut()
        .unwrap()
        .participan_candidatos = Some(true);
    let hallazgos = common::de_regla(&agenda, &config, "V-TIM-07");
    assert_eq!(hallazgos.len(), 1);
    assert_eq!(
        (
            hallazgos[0].severidad,
            hallazgos[0].chequeo.as_str(),
            hallazgos[0].ruta_campo.as_str()
        ),
        (
            E,
            "prohibicion",
            "actividades[4].evento.garantias.participan_candidatos"
        )
    );
    act(&mut agenda, "A05").evento.as_mut().unwrap().garantias = None;
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-07").len(),
        3,
        "each of the three attestations is missing"
    );
    // 30 June is the first day of the window for the 31 October 2027 election; 29 June is outside.
    mover(&mut agenda, "A05", "2027-06-29");
    assert!(resumen(&agenda, &config, "V-TIM-07").is_empty());
    mover(&mut agenda, "A05", "2027-06-30");
    assert_eq!(resumen(&agenda, &config, "V-TIM-07").len(), 3);
}

#[test]
fn v_tim_08_no_event_on_election_day_and_a_warning_on_weekends_and_holidays() {
    let (mut agenda, config) = muestra();
    mover(&mut agenda, "A05", "2027-10-31");
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-08"),
        vec![(E, p("actividades[4].fecha_inicio"))]
    );
    mover(&mut agenda, "A05", "2027-10-16"); // Saturday
    mover(&mut agenda, "A06", "2027-11-15"); // Independencia de Cartagena, moved to Monday
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-08"),
        vec![
            (W, p("actividades[4].fecha_inicio")),
            (W, p("actividades[5].fecha_inicio"))
        ]
    );
    mover(&mut agenda, "A05", "2027-10-15"); // Friday
    mover(&mut agenda, "A06", "2027-11-16");
    assert!(resumen(&agenda, &config, "V-TIM-08").is_empty());
}

#[test]
fn v_tim_09_answers_within_fifteen_business_days() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A07").evento.as_mut().unwrap().respuestas = Some(Respuestas {
        plazo_dias_habiles: Some(16),
    });
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-09"),
        vec![(W, p("actividades[6].evento.respuestas.plazo_dias_habiles"))]
    );
    act(&mut agenda, "A07").evento.as_mut().unwrap().respuestas = Some(Respuestas {
        plazo_dias_habiles: Some(15),
    });
    assert!(resumen(&agenda, &config, "V-TIM-09").is_empty());
}

#[test]
fn v_tim_10_everything_but_the_ley_951_act_ends_by_31_december() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A12").fecha_fin = Some(d("2028-01-01"));
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-10"),
        vec![(E, p("actividades[11].fecha_fin"))]
    );
    act(&mut agenda, "A12").fecha_fin = Some(d("2027-12-31"));
    assert!(resumen(&agenda, &config, "V-TIM-10").is_empty());
}

#[test]
fn v_tim_11_the_hearing_is_in_the_last_quarter() {
    let (mut agenda, config) = muestra();
    mover(&mut agenda, "A08", "2027-09-30");
    assert_eq!(
        resumen(&agenda, &config, "V-TIM-11"),
        vec![(I, p("actividades[7].fecha_inicio"))]
    );
    mover(&mut agenda, "A08", "2027-10-01");
    assert!(resumen(&agenda, &config, "V-TIM-11").is_empty());
}

// ---- V-COO / V-PUB ----

#[test]
fn v_coo_01_media_and_networks_need_the_communications_office_as_co_responsible() {
    let (mut agenda, config) = muestra();
    act(&mut agenda, "A05").corresponsables.clear(); // convoked through social networks
    assert_eq!(
        resumen(&agenda, &config, "V-COO-01"),
        vec![(W, p("actividades[4].corresponsables"))]
    );
    act(&mut agenda, "A05").corresponsables = vec!["oficina de COMUNICACIONES".into()];
    assert!(resumen(&agenda, &config, "V-COO-01").is_empty());
    // The office the agenda coordinates with counts too, whatever its name.
    agenda.coordinacion_comunicaciones.oficina = "Oficina Asesora de Prensa".into();
    act(&mut agenda, "A05").corresponsables = vec!["Oficina asesora de prensa".into()];
    assert!(resumen(&agenda, &config, "V-COO-01").is_empty());
}

#[test]
fn v_coo_02_decentralised_institutes_include_the_ley_951_act() {
    let (mut agenda, config) = muestra();
    agenda.dependencia.tipo = Some(TipoDependencia::InstitutoDescentralizado);
    assert_eq!(
        resumen(&agenda, &config, "V-COO-02"),
        vec![(W, p("actividades"))]
    );
    con_acta_951(&mut agenda, "2028-01-20");
    assert!(resumen(&agenda, &config, "V-COO-02").is_empty());
}

#[test]
fn v_coo_03_secretariats_include_their_balance_for_the_empalme() {
    let (mut agenda, config) = muestra();
    agenda
        .actividades
        .retain(|a| !a.tipo_accion.is_some_and(TipoAccion::es_de_empalme));
    assert_eq!(
        resumen(&agenda, &config, "V-COO-03"),
        vec![(I, p("actividades"))]
    );
    let (completa, _) = muestra();
    agenda.actividades.push(completa.actividades[13].clone());
    assert!(resumen(&agenda, &config, "V-COO-03").is_empty());
}

#[test]
fn v_pub_01_the_agenda_is_published_in_the_participa_menu() {
    let (mut agenda, config) = muestra();
    for a in agenda.actividades.iter_mut() {
        a.web = None;
    }
    assert_eq!(
        resumen(&agenda, &config, "V-PUB-01"),
        vec![(I, p("publicacion_agenda"))]
    );
    agenda.publicacion_agenda = Some(PublicacionAgenda {
        url: "https://sanrafael.example/participa".into(),
        incluye_calendario: true,
    });
    assert!(resumen(&agenda, &config, "V-PUB-01").is_empty());
}

// ---- Configuration ----

#[test]
fn severities_and_thresholds_come_from_the_configuration() {
    let (mut agenda, mut config) = muestra();
    act(&mut agenda, "A08")
        .evento
        .as_mut()
        .unwrap()
        .informe_previo
        .as_mut()
        .unwrap()
        .fecha_publicacion = Some(d("2027-10-21"));
    act(&mut agenda, "A14").producto_evidencia.clear();
    config
        .severidades
        .insert("V-TIM-03".into(), NivelRegla::Advertencia);
    config
        .severidades
        .insert("V-EST-05.evidencia".into(), NivelRegla::Desactivada);
    assert_eq!(resumen(&agenda, &config, "V-TIM-03")[0].0, W);
    assert!(resumen(&agenda, &config, "V-EST-05").is_empty());
    // A shorter threshold makes the same date acceptable.
    config.umbrales.dias_publicacion_previa = 29;
    assert!(resumen(&agenda, &config, "V-TIM-03").is_empty());
}

#[test]
fn a_justified_warning_carries_its_justification_and_stops_blocking() {
    let (mut agenda, config) = muestra();
    mover(&mut agenda, "A07", "2027-11-13"); // a Saturday, on purpose for rural people
    let resumen_antes = agenda_rdc::domain::rules::Resumen::de(&validar(&agenda, &config));
    assert_eq!(resumen_antes.advertencias_sin_justificar, 1);
    assert!(!resumen_antes.puede_enviarse());
    agenda.justificaciones.push(Justificacion {
        regla_id: "V-TIM-08".into(),
        actividad_id: Some(ActividadId("A07".into())),
        campo: "fecha_inicio".into(),
        texto: "Las veredas solo pueden asistir el sábado, día de mercado.".into(),
    });
    let hallazgos = validar(&agenda, &config);
    let h = hallazgos.iter().find(|h| h.regla_id == "V-TIM-08").unwrap();
    assert!(h.esta_justificado());
    assert!(agenda_rdc::domain::rules::Resumen::de(&hallazgos).puede_enviarse());
}

#[test]
fn a_hand_written_agenda_is_judged_by_action_type_and_self_assessment_when_fields_are_left_out() {
    let (mut agenda, config) = muestra();
    for a in agenda.actividades.iter_mut() {
        a.elemento = None;
        a.modalidad = None;
    }
    agenda.nivel_murc = None;
    // Element, modality and level follow from action type, space kind and self-assessment.
    assert!(
        validar(&agenda, &config).is_empty(),
        "{:#?}",
        validar(&agenda, &config)
    );
    for a in agenda.actividades.iter_mut().filter(|a| a.es_dialogo()) {
        a.tipo_accion = Some(TipoAccion::EspacioVirtual);
    }
    assert_eq!(
        resumen(&agenda, &config, "V-ELE-02"),
        vec![(E, p("actividades"))]
    );
}

#[test]
fn every_step_of_the_valid_sample_passes_its_required_fields() {
    use agenda_rdc::domain::pasos::{errores_del_paso, Paso};
    let (agenda, _) = muestra();
    // The reference sample names its groups by topic and activity only, not in step 3's list.
    assert!(agenda.grupos_valor.is_empty());
    for paso in Paso::TODOS {
        let errores = errores_del_paso(paso, &agenda);
        assert!(errores.is_empty(), "{paso:?}: {errores:?}");
    }
}

/// Step 3 asks whom the agenda reaches: its own list, a topic's or an activity's groups all
/// answer it, and one edit marks in the list those named only elsewhere.
#[test]
fn step_three_is_answered_by_groups_named_in_topics_or_activities() {
    use agenda_rdc::domain::edicion::marcar_grupos_sin_marcar;
    use agenda_rdc::domain::pasos::{errores_del_paso, Paso};
    let (mut agenda, _) = muestra();
    let sin_marcar = agenda.grupos_sin_marcar();
    assert!(sin_marcar.contains(&GrupoValor::CiudadaniaGeneral));
    assert!(sin_marcar.contains(&GrupoValor::Concejo)); // only activity A03 names it
    let mut en_orden = sin_marcar.clone();
    en_orden.sort();
    assert_eq!(sin_marcar, en_orden, "in the vocabulary's order, each once");
    en_orden.dedup();
    assert_eq!(sin_marcar, en_orden);

    // Only a topic names groups.
    let mut solo_temas = agenda.clone();
    for a in &mut solo_temas.actividades {
        a.grupos_valor.clear();
    }
    assert!(errores_del_paso(Paso::Grupos, &solo_temas).is_empty());
    // No group anywhere: the step's error.
    for t in &mut solo_temas.temas {
        t.grupos_valor.clear();
    }
    assert!(solo_temas.grupos_sin_marcar().is_empty());
    assert_eq!(
        errores_del_paso(Paso::Grupos, &solo_temas)
            .iter()
            .map(|e| e.mensaje.as_str())
            .collect::<Vec<_>>(),
        ["Elija al menos un grupo de valor o de interés"]
    );

    // Marking keeps what the list had (its detail too) and adds the rest, without details.
    agenda.grupos_valor = vec![GrupoDestinatario {
        codigo: GrupoValor::Concejo,
        subtipo: None,
        detalle: Some("Comisión de salud".into()),
    }];
    let faltaban = agenda.grupos_sin_marcar();
    assert!(!faltaban.contains(&GrupoValor::Concejo));
    marcar_grupos_sin_marcar(&mut agenda);
    assert_eq!(agenda.grupos_sin_marcar(), []);
    assert_eq!(agenda.grupos_valor.len(), faltaban.len() + 1);
    let concejo: Vec<_> = agenda
        .grupos_valor
        .iter()
        .filter(|g| g.codigo == GrupoValor::Concejo)
        .collect();
    assert_eq!(concejo.len(), 1);
    assert_eq!(concejo[0].detalle.as_deref(), Some("Comisión de salud"));
    assert!(agenda
        .grupos_valor
        .iter()
        .all(|g| g.codigo == GrupoValor::Concejo || (g.detalle.is_none() && g.subtipo.is_none())));
}

/// The review counts what the wizard still asks for as errors, beside the rules' errors, in the
/// order of the steps, and a field a rule already reports only once.
#[test]
fn the_review_lists_required_fields_a_skipped_step_left_empty_once() {
    use agenda_rdc::domain::pasos::{errores_al_corregir, errores_de_revision, Paso};
    let (mut agenda, config) = muestra();
    let errores = |agenda: &Agenda| {
        errores_de_revision(agenda, &config, &validar(agenda, &config))
            .into_iter()
            .map(|(paso, e)| (paso, e.id_campo))
            .collect::<Vec<_>>()
    };
    assert_eq!(errores(&agenda), []);

    agenda.dependencia.nombre.clear();
    agenda.coordinacion_comunicaciones.oficina = "  ".into();
    act(&mut agenda, "A02").nombre.clear();
    assert_eq!(
        errores(&agenda),
        [
            (Paso::Dependencia, p("c-dependencia-nombre")),
            (Paso::Informacion, p("c-a02-nombre")),
            (
                Paso::Comunicaciones,
                p("c-coordinacion-comunicaciones-oficina")
            ),
        ]
    );

    // V-EST-01 reports a missing person in charge, V-ELE-01 a missing element: each on its
    // step, among the others, and not again as a required field.
    act(&mut agenda, "A02").responsable.nombre.clear();
    agenda.actividades.retain(|a| !a.es_dialogo());
    assert!(de_regla(&agenda, &config, "V-EST-01")
        .iter()
        .any(|h| h.campo == "responsable.nombre"));
    assert_eq!(
        errores(&agenda),
        [
            (Paso::Dependencia, p("c-dependencia-nombre")),
            (Paso::Informacion, p("c-a02-nombre")),
            (Paso::Informacion, p("c-a02-responsable-nombre")),
            // Two rules: no dialogue at all (V-ELE-01), no in-person space (V-ELE-02); the step's
            // own «Agregue al menos un espacio de diálogo» is not added to them.
            (Paso::Dialogo, p("c-actividades-paso-5")),
            (Paso::Dialogo, p("c-actividades-paso-5")),
            (
                Paso::Comunicaciones,
                p("c-coordinacion-comunicaciones-oficina")
            ),
        ]
    );

    // Sent from the review to step 4, both show beside their fields, each once.
    let en_el_paso: Vec<String> = errores_al_corregir(
        &agenda,
        &config,
        &validar(&agenda, &config),
        Paso::Informacion,
    )
    .into_iter()
    .map(|e| e.id_campo)
    .collect();
    assert_eq!(
        en_el_paso,
        [p("c-a02-nombre"), p("c-a02-responsable-nombre")]
    );
}

/// An agenda of another term (opened as the base of the new one) is an error of the review until
/// it is moved to the term of the closing year the site prepares; one without a term is not.
#[test]
fn an_agenda_of_another_term_is_not_ready_until_moved_to_the_sites() {
    use agenda_rdc::domain::pasos::{
        errores_al_corregir, errores_de_revision, errores_vigentes, Paso,
    };
    let (mut agenda, _) = muestra();
    let sitio_2031 = Configuracion::para_anio(2031);
    let errores = errores_de_revision(&agenda, &sitio_2031, &[]);
    let (paso, error) = &errores[0];
    assert_eq!(*paso, Paso::Dependencia);
    assert_eq!(error.id_campo, "c-periodo-gobierno");
    assert_eq!(
        error.mensaje,
        "La agenda es del período de gobierno 2024–2027, y este sitio prepara el cierre de 2031 (período 2028–2031): pásela a ese período y revise las fechas de sus actividades"
    );
    // Step 1, reached from the review, keeps the term's message while the person edits
    // something else there, and drops it once the agenda is moved to the site's term.
    let al_corregir = errores_al_corregir(&agenda, &sitio_2031, &[], Paso::Dependencia);
    assert_eq!(al_corregir.len(), 1);
    agenda.dependencia.sector = "Salud pública".into();
    assert_eq!(
        errores_vigentes(&al_corregir, Paso::Dependencia, &agenda, &sitio_2031),
        al_corregir
    );
    agenda.periodo_gobierno = Some(sitio_2031.periodo_gobierno());
    assert_eq!(
        errores_vigentes(&al_corregir, Paso::Dependencia, &agenda, &sitio_2031),
        []
    );
    assert_eq!(errores_de_revision(&agenda, &sitio_2031, &[]), []);
    agenda.periodo_gobierno = None;
    assert_eq!(errores_de_revision(&agenda, &sitio_2031, &[]), []);
}
