//! The drafts logic on a memory store: revisions, the index, damaged entries, labels and
//! undo of a removal. (The browser's localStorage itself is tested in `tests/web.rs`.)
#![cfg(not(target_arch = "wasm32"))]

mod common;

use agenda_rdc::domain::model::{Agenda, AgendaId};
use agenda_rdc::storage::{
    draft_key, index_key, CausaConflicto, Drafts, KeyValueStore, ListedDraft, MemoryStore,
    StorageError,
};
use chrono::{TimeZone, Utc};

fn hora(h: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, h, 0, 0).unwrap()
}

fn agenda(id: &str, dependencia: &str) -> Agenda {
    let mut a = Agenda {
        id: AgendaId(id.into()),
        ..Agenda::default()
    };
    a.dependencia.nombre = dependencia.into();
    a
}

/// A store holding `raw` as the stored text of draft `id`, written by hand.
fn con_texto(id: &str, raw: &str) -> Drafts<MemoryStore> {
    let store = MemoryStore::default();
    store.set(&draft_key(&AgendaId(id.into())), raw).unwrap();
    Drafts::new(store)
}

#[test]
fn saves_count_revisions_and_a_stale_save_is_refused() {
    let drafts = Drafts::new(MemoryStore::default());
    let a = agenda("a", "Salud");
    assert_eq!(drafts.save(&a, 0, hora(8)).unwrap().revision, 1);
    assert_eq!(drafts.save(&a, 1, hora(9)).unwrap().revision, 2);
    assert_eq!(
        drafts.save(&a, 1, hora(10)).unwrap_err(),
        StorageError::Conflict {
            stored_revision: 2,
            expected_revision: 1
        }
    );
    assert_eq!(drafts.load(&a.id).unwrap().guardado_en, hora(9));
}

#[test]
fn the_stored_revision_is_read_without_the_agenda_and_a_damaged_entry_is_an_error() {
    let drafts = Drafts::new(MemoryStore::default());
    let a = agenda("a", "Salud");
    assert_eq!(drafts.stored_revision(&a.id), Ok(None));
    drafts.save(&a, 0, hora(8)).unwrap();
    drafts.save(&a, 1, hora(9)).unwrap();
    assert_eq!(drafts.stored_revision(&a.id), Ok(Some(2)));
    drafts
        .store
        .set(&draft_key(&a.id), "{\"revision\": 3,")
        .unwrap();
    assert!(matches!(
        drafts.stored_revision(&a.id),
        Err(StorageError::Corrupt { .. })
    ));
}

#[test]
fn the_sample_agenda_survives_storage_unchanged() {
    let (muestra, _) = common::muestra();
    let drafts = Drafts::new(MemoryStore::default());
    drafts
        .create(&muestra, "versión para el comité", hora(8))
        .unwrap();
    let leida = drafts.load(&muestra.id).unwrap();
    assert_eq!(leida.agenda, muestra);
    assert_eq!(leida.nombre, "versión para el comité");
}

/// The stored text is the envelope's members in their order around the agenda exactly as the
/// file format writes it (the same text a JSON value of it gives), so a draft reads as a file.
#[test]
fn a_stored_draft_writes_its_agenda_as_the_file_format_does() {
    let (muestra, _) = common::muestra();
    let drafts = Drafts::new(MemoryStore::default());
    drafts
        .create(&muestra, "versión para el comité", hora(8))
        .unwrap();
    drafts.mark_downloaded(&muestra.id, hora(9)).unwrap();
    let texto = drafts.raw(&muestra.id).unwrap().unwrap();
    let esperado = serde_json::json!({
        "version_esquema": agenda_rdc::domain::format::SCHEMA_VERSION,
        "revision": 1,
        "guardado_en": "2027-03-01T08:00:00.000Z",
        "nombre": "versión para el comité",
        "ultima_descarga": "2027-03-01T09:00:00.000Z",
        "agenda": agenda_rdc::domain::format::agenda_to_value(&muestra),
    });
    assert_eq!(texto, esperado.to_string());

    // Without a label or a download, neither member is written.
    let sin = agenda("b", "Gobierno");
    drafts.save(&sin, 0, hora(10)).unwrap();
    let texto = drafts.raw(&sin.id).unwrap().unwrap();
    assert!(texto.starts_with(r#"{"version_esquema":1,"revision":1,"guardado_en":"2027-03-01T10:00:00.000Z","agenda":{"#), "{texto}");
}

#[test]
fn the_drafts_list_shows_office_year_saved_time_and_completeness_newest_first() {
    let (muestra, _) = common::muestra();
    let drafts = Drafts::new(MemoryStore::default());
    drafts
        .create(&agenda("vacia", "Gobierno"), "", hora(8))
        .unwrap();
    drafts.create(&muestra, "", hora(9)).unwrap();
    let lista = drafts.list().unwrap();
    let ListedDraft::Ok(primero) = &lista[0] else {
        panic!("{lista:?}")
    };
    assert_eq!(primero.dependencia, "Secretaría de Salud");
    assert_eq!(primero.anio_cierre, Some(2027));
    assert_eq!(primero.actividades, 14);
    // Every step (the reference sample names its groups by topic and activity).
    assert_eq!(primero.completitud, 100);
    let ListedDraft::Ok(segundo) = &lista[1] else {
        panic!()
    };
    assert_eq!(segundo.completitud, 0);
}

#[test]
fn a_damaged_draft_is_listed_with_its_text_and_never_overwritten() {
    let drafts = con_texto("rota", "{\"version_esquema\":1,\"agenda\":");
    drafts
        .create(&agenda("sana", "Cultura"), "", hora(8))
        .unwrap();
    let lista = drafts.list().unwrap();
    assert_eq!(lista.len(), 2);
    assert!(
        matches!(&lista[0], ListedDraft::Damaged { id, raw, .. } if id.0 == "rota" && raw.ends_with("\"agenda\":"))
    );
    assert!(matches!(&lista[1], ListedDraft::Ok(r) if r.dependencia == "Cultura"));
    assert!(matches!(
        drafts.save(&agenda("rota", "x"), 0, hora(9)),
        Err(StorageError::Corrupt { .. })
    ));
    assert_eq!(
        drafts.raw(&AgendaId("rota".into())).unwrap().unwrap(),
        "{\"version_esquema\":1,\"agenda\":"
    );
}

#[test]
fn a_draft_holding_another_drafts_agenda_or_no_agenda_at_all_is_damaged_not_emptied() {
    // Any JSON object reads as an empty agenda, so an exported file stored as the agenda would
    // open blank and the next save would write over its text.
    let sobre = r#"{"formato":"agenda-rdc","agenda":{"id":"AG-2027-SALUD"}}"#;
    for guardada in [sobre, r#"{"id":"AG-2027-CULTURA"}"#] {
        let raw = format!(
            r#"{{"version_esquema":1,"revision":1,"guardado_en":"2027-03-01T08:00:00Z","agenda":{guardada}}}"#
        );
        let drafts = con_texto("AG-2027-SALUD", &raw);
        let id = AgendaId("AG-2027-SALUD".into());
        let error = drafts.load(&id).unwrap_err();
        assert!(
            error
                .to_string()
                .contains(": la agenda que contiene no es la de este borrador."),
            "{error}"
        );
        assert!(
            matches!(&drafts.list().unwrap()[0], ListedDraft::Damaged { raw: r, .. } if *r == raw)
        );
        assert!(drafts
            .save(&agenda("AG-2027-SALUD", "Salud"), 1, hora(9))
            .is_err());
        assert_eq!(drafts.raw(&id).unwrap().unwrap(), raw);
    }
}

#[test]
fn a_damaged_draft_says_in_plain_spanish_what_is_wrong_and_where_its_text_is() {
    let mensaje = |raw: &str| {
        con_texto("x", raw)
            .load(&AgendaId("x".into()))
            .unwrap_err()
            .to_string()
    };
    let cortado = mensaje("{\"version_esquema\":1,\"agenda\":");
    assert!(
        cortado.starts_with("Un borrador guardado está dañado y no se puede abrir: el texto se corta antes de terminar (línea 1, columna"),
        "{cortado}"
    );
    assert!(cortado.ends_with("Su texto se conserva en «Sus agendas», donde puede descargarlo."));
    assert!(mensaje("no es json").contains("el texto no es JSON válido (línea 1, columna"));
    assert!(mensaje("{\"revision\":1}").contains(": le falta la versión del formato."));
    let invalido = mensaje(
        r#"{"version_esquema":1,"revision":1,"guardado_en":"2027-03-01T08:00:00Z","agenda":{"id":"x","actividades":[{"id":"A01","fase_cierre":"inventada"}]}}"#,
    );
    assert!(
        invalido.contains(": tiene un valor no válido en «agenda.actividades[0]")
            && invalido.contains("«inventada» no es un valor válido de fase de cierre"),
        "{invalido}"
    );
    // A stored draft is not "el archivo", and the message never ends in "..".
    for m in [&cortado, &invalido] {
        assert!(!m.contains("El archivo") && !m.contains(".."), "{m}");
    }
}

#[test]
fn a_draft_from_a_newer_app_is_left_alone() {
    let drafts = con_texto("nueva", "{\"version_esquema\":9,\"revision\":1}");
    assert_eq!(
        drafts.list().unwrap(),
        vec![ListedDraft::Newer {
            id: AgendaId("nueva".into()),
            version: 9,
            raw: "{\"version_esquema\":9,\"revision\":1}".into(),
        }]
    );
    assert_eq!(
        drafts.load(&AgendaId("nueva".into())).unwrap_err(),
        StorageError::Newer { version: 9 }
    );
}

#[test]
fn a_removal_can_be_undone_exactly() {
    let drafts = Drafts::new(MemoryStore::default());
    drafts
        .create(&agenda("a", "Salud"), "mi borrador", hora(8))
        .unwrap();
    let texto = drafts.delete(&AgendaId("a".into())).unwrap().unwrap();
    assert!(drafts.list().unwrap().is_empty());
    drafts.restore(&AgendaId("a".into()), &texto).unwrap();
    let d = drafts.load(&AgendaId("a".into())).unwrap();
    assert_eq!((d.nombre.as_str(), d.revision), ("mi borrador", 1));
}

#[test]
fn labels_and_download_dates_survive_later_saves() {
    let drafts = Drafts::new(MemoryStore::default());
    let a = agenda("a", "Salud");
    drafts.create(&a, "", hora(8)).unwrap();
    // Neither changes the agenda, so the tab editing it (expecting revision 1) goes on saving.
    drafts.rename(&a.id, "  para el comité ").unwrap();
    drafts.mark_downloaded(&a.id, hora(10)).unwrap();
    assert_eq!(drafts.stored_revision(&a.id).unwrap(), Some(1));
    let d = drafts.save(&a, 1, hora(11)).unwrap();
    assert_eq!(d.nombre, "para el comité");
    assert_eq!(d.ultima_descarga, Some(hora(10)));
    assert_eq!(d.revision, 2);
}

#[test]
fn creating_over_an_existing_id_is_refused_and_replacing_bumps_the_revision() {
    let drafts = Drafts::new(MemoryStore::default());
    let mut a = agenda("a", "Salud");
    drafts.create(&a, "", hora(8)).unwrap();
    assert_eq!(
        drafts.create(&a, "", hora(9)).unwrap_err(),
        StorageError::Exists
    );
    a.objetivo = "importado".into();
    let d = drafts.replace(&a, hora(9)).unwrap();
    assert_eq!((d.revision, d.agenda.objetivo.as_str()), (2, "importado"));
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_the_previous_copy() {
    let drafts = Drafts::new(MemoryStore::with_quota(4_000));
    let mut a = agenda("a", "Salud");
    drafts.save(&a, 0, hora(8)).unwrap();
    a.diagnostico = "x".repeat(10_000);
    assert_eq!(
        drafts.save(&a, 1, hora(9)).unwrap_err(),
        StorageError::QuotaExceeded
    );
    assert_eq!(drafts.load(&a.id).unwrap().agenda.diagnostico, "");
}

#[test]
fn a_lost_or_broken_index_is_rebuilt_from_the_drafts() {
    let drafts = Drafts::new(MemoryStore::default());
    drafts.create(&agenda("a", "Salud"), "", hora(8)).unwrap();
    drafts.store.set(&index_key(), "no es json").unwrap();
    let lista = drafts.list().unwrap();
    assert!(matches!(&lista[0], ListedDraft::Ok(r) if r.dependencia == "Salud"));
    drafts.store.remove(&index_key()).unwrap();
    assert_eq!(drafts.list().unwrap().len(), 1);
}

#[test]
fn a_save_refused_because_the_stored_copy_is_someone_elses_names_why_in_a_few_words() {
    let drafts = Drafts::new(MemoryStore::with_quota(4_000));
    let mut a = agenda("a", "Salud");
    drafts.save(&a, 0, hora(8)).unwrap();
    let causa = |e: StorageError| (e.causa_conflicto(), e.motivo_breve());

    // Another tab saved after this one loaded revision 1.
    drafts.save(&a, 1, hora(9)).unwrap();
    assert_eq!(
        causa(drafts.save(&a, 1, hora(10)).unwrap_err()),
        (
            Some(CausaConflicto::Cambiado),
            "otra pestaña cambió este borrador"
        )
    );
    // Another tab removed it.
    drafts.delete(&a.id).unwrap();
    assert_eq!(
        causa(drafts.save(&a, 2, hora(11)).unwrap_err()),
        (
            Some(CausaConflicto::Eliminado),
            "otra pestaña eliminó este borrador"
        )
    );
    // Its stored text was damaged, or a newer app wrote it.
    for (texto, esperada) in [
        ("{\"version_esquema\":1,", CausaConflicto::Danado),
        (
            "{\"version_esquema\":9,\"revision\":3}",
            CausaConflicto::VersionNueva,
        ),
    ] {
        drafts.store.set(&draft_key(&a.id), texto).unwrap();
        assert_eq!(
            causa(drafts.save(&a, 2, hora(12)).unwrap_err()).0,
            Some(esperada)
        );
    }
    // A full store is not a conflict: the next change tries again.
    drafts.store.remove(&draft_key(&a.id)).unwrap();
    drafts.save(&a, 0, hora(14)).unwrap();
    a.diagnostico = "x".repeat(10_000);
    assert_eq!(
        causa(drafts.save(&a, 1, hora(15)).unwrap_err()),
        (None, "el almacenamiento está lleno")
    );
}

// Planeación's received files.

mod recibidos {
    use super::hora;
    use agenda_rdc::domain::format::Codificacion;
    use agenda_rdc::storage::{
        es_clave_de_recibido, ArchivoRecibido, Guardado, Guardar, KeyValueStore, MemoryStore,
        Recibidos, StorageError,
    };

    fn archivo(nombre: &str, texto: &str, h: u32) -> ArchivoRecibido {
        ArchivoRecibido {
            nombre: nombre.into(),
            recibido_en: hora(h),
            texto: texto.into(),
            codificacion: Codificacion::Utf8,
        }
    }

    fn nombres(recibidos: &Recibidos<MemoryStore>) -> Vec<String> {
        recibidos
            .listar()
            .unwrap()
            .into_iter()
            .map(|g| match g {
                Guardado::Archivo { archivo, .. } => archivo.nombre,
                Guardado::Danado { motivo, .. } => format!("dañado: {motivo}"),
            })
            .collect()
    }

    #[test]
    fn files_are_listed_back_in_the_order_received_with_their_text_unchanged() {
        let recibidos = Recibidos::new(MemoryStore::default());
        let texto = "{\n  \"formato\": \"agenda\", \"ñ\": \"á\"\n}";
        recibidos
            .guardar(&archivo("salud.json", texto, 10))
            .unwrap();
        recibidos
            .guardar(&archivo("gobierno.json", "{}", 8))
            .unwrap();
        recibidos
            .guardar(&archivo("cultura.json", "no es JSON", 9))
            .unwrap();
        assert_eq!(
            nombres(&recibidos),
            ["gobierno.json", "cultura.json", "salud.json"]
        );
        let Guardado::Archivo { archivo: salud, .. } = &recibidos.listar().unwrap()[2] else {
            panic!("salud.json reads back");
        };
        assert_eq!(salud, &archivo("salud.json", texto, 10));
    }

    #[test]
    fn a_file_read_in_another_encoding_is_listed_back_with_it_and_older_entries_read_as_utf8() {
        let recibidos = Recibidos::new(MemoryStore::default());
        let ansi = ArchivoRecibido {
            codificacion: Codificacion::Windows1252,
            ..archivo("cultura-ansi.json", "{\"nombre\": \"Secretaría\"}", 9)
        };
        recibidos.guardar(&ansi).unwrap();
        // As this page kept files before it kept their encoding.
        recibidos
            .store
            .set(
                "agenda-rdc.recibido.antes",
                "{\"version\": 1, \"nombre\": \"salud.json\", \"recibido_en\": \"2027-03-01T08:00:00Z\", \"texto\": \"{}\"}",
            )
            .unwrap();
        let listados: Vec<ArchivoRecibido> = recibidos
            .listar()
            .unwrap()
            .into_iter()
            .map(|g| match g {
                Guardado::Archivo { archivo, .. } => archivo,
                Guardado::Danado { motivo, .. } => panic!("dañado: {motivo}"),
            })
            .collect();
        assert_eq!(listados, [archivo("salud.json", "{}", 8), ansi]);
        let guardada = recibidos
            .store
            .get(&Recibidos::<MemoryStore>::clave_de(
                "cultura-ansi.json",
                "{\"nombre\": \"Secretaría\"}",
            ))
            .unwrap()
            .unwrap();
        assert!(
            guardada.contains("\"codificacion\":\"windows-1252\""),
            "{guardada}"
        );
    }

    #[test]
    fn the_same_file_chosen_twice_is_kept_once_but_a_copy_under_another_name_is_kept() {
        let recibidos = Recibidos::new(MemoryStore::default());
        let Guardar::Nuevo(clave) = recibidos.guardar(&archivo("salud.json", "{}", 8)).unwrap()
        else {
            panic!("the first time is new");
        };
        assert_eq!(
            recibidos.guardar(&archivo("salud.json", "{}", 9)),
            Ok(Guardar::YaEstaba(clave.clone()))
        );
        assert!(matches!(
            recibidos.guardar(&archivo("salud-otra-vez.json", "{}", 9)),
            Ok(Guardar::Nuevo(otra)) if otra != clave
        ));
        // The same name with new content is a new version the office sent.
        assert!(matches!(
            recibidos.guardar(&archivo("salud.json", "{ }", 10)),
            Ok(Guardar::Nuevo(otra)) if otra != clave
        ));
        assert_eq!(nombres(&recibidos).len(), 3);
    }

    #[test]
    fn keys_do_not_mix_names_and_texts_and_belong_to_the_received_files_only() {
        let a = Recibidos::<MemoryStore>::clave_de("ab", "c");
        let b = Recibidos::<MemoryStore>::clave_de("a", "bc");
        assert_ne!(a, b);
        assert!(es_clave_de_recibido(&a));
        assert!(!es_clave_de_recibido("agenda-rdc.borrador.AG-1"));
        assert!(!es_clave_de_recibido("agenda-rdc.indice"));
    }

    #[test]
    fn a_removed_file_can_be_put_back_exactly_as_it_was() {
        let recibidos = Recibidos::new(MemoryStore::default());
        let Guardar::Nuevo(clave) = recibidos.guardar(&archivo("salud.json", "{}", 8)).unwrap()
        else {
            panic!("new");
        };
        let antes = recibidos.listar().unwrap();
        let texto = recibidos
            .quitar(&clave)
            .unwrap()
            .expect("its text comes back");
        assert!(recibidos.listar().unwrap().is_empty());
        recibidos.restaurar(&clave, &texto).unwrap();
        assert_eq!(recibidos.listar().unwrap(), antes);
    }

    #[test]
    fn a_damaged_or_newer_entry_is_listed_last_to_be_removed_and_never_rewritten() {
        let store = MemoryStore::default();
        store
            .set("agenda-rdc.recibido.roto", "{\"version\": 1, \"nombre\": ")
            .unwrap();
        store
            .set(
                "agenda-rdc.recibido.nuevo",
                "{\"version\": 7, \"otra\": \"forma\"}",
            )
            .unwrap();
        store.set("agenda-rdc.borrador.AG-1", "{}").unwrap();
        let recibidos = Recibidos::new(store);
        recibidos.guardar(&archivo("salud.json", "{}", 8)).unwrap();
        assert_eq!(
            nombres(&recibidos),
            [
                "salud.json",
                "dañado: la guardó una versión más reciente de esta página; recárguela",
                "dañado: la copia guardada en este navegador está dañada",
            ]
        );
        assert_eq!(
            recibidos
                .store
                .get("agenda-rdc.recibido.roto")
                .unwrap()
                .as_deref(),
            Some("{\"version\": 1, \"nombre\": ")
        );
        recibidos.quitar("agenda-rdc.recibido.roto").unwrap();
        assert_eq!(nombres(&recibidos).len(), 2);
    }

    #[test]
    fn a_full_store_refuses_the_file_and_keeps_the_ones_already_there() {
        let recibidos = Recibidos::new(MemoryStore::with_quota(400));
        recibidos.guardar(&archivo("salud.json", "{}", 8)).unwrap();
        assert_eq!(
            recibidos.guardar(&archivo("grande.json", &"x".repeat(400), 9)),
            Err(StorageError::QuotaExceeded)
        );
        assert_eq!(nombres(&recibidos), ["salud.json"]);
    }
}
