//! Browser-only code in headless Chromium: the storage layer on real localStorage and on a
//! memory store that fills up, the app mounting into a real DOM, and a number field keeping
//! what it could not read while it is off screen.
#![cfg(target_arch = "wasm32")]

use agenda_rdc::domain::model::{Agenda, AgendaId};
use agenda_rdc::storage::{
    draft_key, BrowserStore, Drafts, KeyValueStore, MemoryStore, StorageError,
};
use chrono::{TimeZone, Utc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn agenda(id: &str, nombre: &str) -> Agenda {
    let mut a = Agenda {
        id: AgendaId(id.into()),
        ..Agenda::default()
    };
    a.dependencia.nombre = nombre.into();
    a
}

fn ahora() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 10, 42, 0).unwrap()
}

#[wasm_bindgen_test]
fn a_draft_round_trips_through_real_local_storage_and_counts_revisions() {
    let drafts = Drafts::new(BrowserStore::open().expect("Chromium offers localStorage"));
    let a = agenda("prueba-ida-y-vuelta", "Secretaría de Salud «Ñ»");
    drafts.delete(&a.id).unwrap();
    let primera = drafts.save(&a, 0, ahora()).unwrap();
    assert_eq!(primera.revision, 1);
    let segunda = drafts.save(&a, 1, ahora()).unwrap();
    assert_eq!(segunda.revision, 2);
    let leida = drafts.load(&a.id).unwrap();
    assert_eq!(leida.agenda, a);
    assert_eq!(leida.revision, 2);
    assert!(drafts.ids().unwrap().contains(&a.id));
    drafts.delete(&a.id).unwrap();
}

#[wasm_bindgen_test]
fn a_save_from_a_stale_tab_is_refused_as_a_conflict() {
    let drafts = Drafts::new(BrowserStore::open().unwrap());
    let a = agenda("prueba-conflicto", "Secretaría de Gobierno");
    drafts.delete(&a.id).unwrap();
    drafts.save(&a, 0, ahora()).unwrap();
    drafts.save(&a, 1, ahora()).unwrap(); // the other tab
    let err = drafts.save(&a, 1, ahora()).unwrap_err();
    assert_eq!(
        err,
        StorageError::Conflict {
            stored_revision: 2,
            expected_revision: 1
        }
    );
    assert!(err.to_string().contains("otra pestaña"));
    drafts.delete(&a.id).unwrap();
}

#[wasm_bindgen_test]
fn a_full_store_reports_quota_exceeded_and_keeps_the_previous_copy() {
    let drafts = Drafts::new(MemoryStore::with_quota(2_000));
    let mut a = agenda("prueba-cuota", "Instituto de Deportes");
    drafts.save(&a, 0, ahora()).unwrap();
    a.diagnostico = "x".repeat(5_000);
    let err = drafts.save(&a, 1, ahora()).unwrap_err();
    assert_eq!(err, StorageError::QuotaExceeded);
    assert!(err.to_string().contains("lleno"));
    assert_eq!(drafts.load(&a.id).unwrap().agenda.diagnostico, "");
}

#[wasm_bindgen_test]
fn a_corrupt_entry_is_reported_with_its_raw_text_and_never_overwritten() {
    let store = MemoryStore::default();
    let id = AgendaId("prueba-danada".into());
    store
        .set(&draft_key(&id), "{\"version_esquema\": 1, \"agenda\": [")
        .unwrap();
    let drafts = Drafts::new(store);
    match drafts.load(&id) {
        Err(StorageError::Corrupt { raw, .. }) => assert!(raw.contains("\"agenda\": [")),
        otro => panic!("expected a corrupt draft, got {otro:?}"),
    }
    assert!(matches!(
        drafts.save(&agenda("prueba-danada", "x"), 0, ahora()),
        Err(StorageError::Corrupt { .. })
    ));
    assert!(drafts
        .store
        .get(&draft_key(&id))
        .unwrap()
        .unwrap()
        .contains("\"agenda\": ["));
}

#[wasm_bindgen_test]
fn the_real_quota_error_of_local_storage_is_read_as_a_full_store() {
    let store = BrowserStore::open().unwrap();
    let drafts = Drafts::new(BrowserStore::open().unwrap());
    let a = agenda("prueba-cuota-real", "Secretaría de Hacienda");
    drafts.delete(&a.id).unwrap();
    drafts.save(&a, 0, ahora()).unwrap();
    // Fill this origin's real quota with other data, in ever smaller pieces.
    let mut relleno = Vec::new();
    for tamano in [1 << 20, 1 << 16, 1 << 12, 1 << 8] {
        let bloque = "x".repeat(tamano);
        loop {
            let clave = format!("relleno-{}", relleno.len());
            match store.set(&clave, &bloque) {
                Ok(()) => relleno.push(clave),
                Err(e) => {
                    assert_eq!(e, StorageError::QuotaExceeded, "{e}");
                    break;
                }
            }
        }
    }
    let mut b = a.clone();
    b.diagnostico = "y".repeat(4_096);
    let err = drafts.save(&b, 1, ahora()).unwrap_err();
    for clave in &relleno {
        store.remove(clave).unwrap();
    }
    assert_eq!(err, StorageError::QuotaExceeded);
    // The stored copy is the previous one, and its revision reads without the agenda.
    assert_eq!(drafts.stored_revision(&a.id), Ok(Some(1)));
    assert_eq!(drafts.load(&a.id).unwrap().agenda.diagnostico, "");
    drafts.delete(&a.id).unwrap();
}

/// Waits up to two seconds for an element, letting the app's tasks (the config fetch) run.
async fn esperar(selector: &str) -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    for _ in 0..100 {
        if let Some(el) = doc.query_selector(selector).unwrap() {
            return el;
        }
        pausa(20).await;
    }
    panic!("{selector} never appeared");
}

async fn pausa(ms: i32) {
    let promesa = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promesa).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_its_landmarks_and_heading() {
    agenda_rdc::ui::montar();
    let doc = web_sys::window().unwrap().document().unwrap();
    let h1 = esperar("main h1").await;
    assert!(h1
        .text_content()
        .unwrap()
        .contains("agenda de rendición de cuentas"));
    assert!(doc.query_selector("header").unwrap().is_some());
    // The footer comes after the first paint.
    esperar("footer.pie").await;
    assert!(doc
        .query_selector("a.salto[href='#contenido']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
fn routes_read_and_write_the_hash() {
    use agenda_rdc::domain::pasos::Paso;
    use agenda_rdc::ui::ruta::Ruta;
    assert_eq!(Ruta::desde_hash(""), Some(Ruta::Inicio));
    assert_eq!(Ruta::desde_hash("#/"), Some(Ruta::Inicio));
    assert_eq!(Ruta::desde_hash("#/paso/3"), Some(Ruta::paso(Paso::Grupos)));
    assert_eq!(
        Ruta::desde_hash("#/paso/3?volver=revision"),
        Some(Ruta::Paso {
            paso: Paso::Grupos,
            volver_a_revision: true
        })
    );
    assert_eq!(Ruta::desde_hash("#/paso/42"), Some(Ruta::Inicio));
    assert_eq!(
        Ruta::desde_hash("#contenido"),
        None,
        "an in-page anchor is not a route"
    );
    for paso in Paso::TODOS {
        let r = Ruta::Paso {
            paso,
            volver_a_revision: paso.numero() % 2 == 0,
        };
        assert_eq!(Ruta::desde_hash(&r.a_hash()), Some(r));
    }
}

/// The browser build names the member that does not read down to the last level, as
/// `agenda-check` does, so a person can find it in the file.
#[wasm_bindgen_test]
fn an_invalid_value_is_named_by_its_member_in_the_browser_build_too() {
    use agenda_rdc::domain::config::Configuracion;
    use agenda_rdc::domain::format::{import_agenda, ImportError};
    let sobre = |agenda: &str| {
        format!(
            r#"{{"formato":"agenda-rendicion-cuentas","version_esquema":1,"copia_de_trabajo":true,"agenda":{agenda}}}"#
        )
    };
    let ruta = |texto: String| match import_agenda(&texto) {
        Err(ImportError::InvalidValue { path, .. }) => path,
        otro => panic!("{otro:?}"),
    };
    assert_eq!(
        ruta(sobre(
            r#"{"actividades":[{"id":"A01"},{"id":"A02","fecha_inicio":"2027-13-01"}]}"#
        )),
        "agenda.actividades[1].fecha_inicio"
    );
    assert_eq!(
        ruta(sobre(
            r#"{"actividades":[{"id":"A01","evento":{"aforo":-3}}]}"#
        )),
        "agenda.actividades[0].evento.aforo"
    );
    assert_eq!(
        ruta(sobre(
            r#"{"actividades":[{"id":"A01","evento":{"convocatoria":{"canales":["cartelera","paloma"]}}}]}"#
        )),
        "agenda.actividades[0].evento.convocatoria.canales[1]"
    );
    assert_eq!(
        ruta(sobre(r#"{"presupuesto_total_cop":"mucho"}"#)),
        "agenda.presupuesto_total_cop"
    );
    let hoy = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let error =
        Configuracion::desde_json(r#"{"municipio":"X","anio_cierre":"2027"}"#, hoy).unwrap_err();
    assert!(format!("{error:?}").contains("«anio_cierre»"), "{error:?}");
}

/// Types `texto` into an input as a person would: the value, then a bubbling `input` event
/// (Leptos listens for it on the document).
fn escribir_en(input: &web_sys::HtmlInputElement, texto: &str) {
    input.set_value(texto);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let evento = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&evento).unwrap();
}

fn campo(id: &str) -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.get_element_by_id(id).map(|e| e.dyn_into().unwrap())
}

/// A fresh element at the end of the page to mount a view in.
fn raiz_nueva() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let raiz: web_sys::HtmlElement =
        wasm_bindgen::JsCast::unchecked_into(doc.create_element("div").unwrap());
    doc.body().unwrap().append_child(&raiz).unwrap();
    raiz
}

/// Mounts `vista` with the app's state for `agenda` in context, and hands that state back with
/// what keeps the view mounted. The state is made inside the mount, where Leptos runs effects.
fn montar_con_estado<V: leptos::IntoView + 'static>(
    agenda: Agenda,
    vista: impl FnOnce() -> V + 'static,
) -> (agenda_rdc::ui::estado::Estado, Box<dyn std::any::Any>) {
    use agenda_rdc::domain::config::Configuracion;
    use agenda_rdc::ui::estado::Estado;
    use agenda_rdc::ui::ruta::Ruta;
    let hecho = std::rc::Rc::new(std::cell::Cell::new(None));
    let montada = leptos::mount::mount_to(raiz_nueva(), {
        let hecho = hecho.clone();
        move || {
            let estado = Estado::nuevo(agenda, Configuracion::para_anio(2027), Ruta::Inicio);
            leptos::prelude::provide_context(estado);
            hecho.set(Some(estado));
            vista()
        }
    });
    (hecho.get().expect("mounted"), Box::new(montada))
}

/// A number the wizard cannot read is kept aside when its field leaves the screen (another
/// step, a closed activity) and comes back with it, unless the agenda changed meanwhile.
#[wasm_bindgen_test]
async fn an_unreadable_number_comes_back_with_its_field() {
    use agenda_rdc::ui::widgets::campos::CampoNumero;
    use agenda_rdc::ui::widgets::lente::{de_agenda, de_num, num};
    use leptos::prelude::*;

    let mut agenda = agenda("AG-NUM", "Secretaría de Salud");
    agenda.presupuesto_total_cop = Some(12);
    let visible = RwSignal::new(true);
    let (estado, _montada) = montar_con_estado(agenda, move || {
        view! {
            <Show when=move || visible.get()>
                <CampoNumero
                    id="c-presupuesto"
                    etiqueta="Presupuesto"
                    lente=de_agenda(|a| num(a.presupuesto_total_cop), |a, n| a.presupuesto_total_cop = de_num(n))
                />
            </Show>
        }
    });
    let ilegibles = || {
        estado
            .ilegibles
            .with_untracked(|l| l.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>())
    };
    let presupuesto = || estado.agenda.with_untracked(|a| a.presupuesto_total_cop);

    // Leptos sets the input's value once its effects run.
    pausa(30).await;
    let input = campo("c-presupuesto").expect("the field is on screen");
    assert_eq!(input.value(), "12");
    escribir_en(&input, "doce mil");
    assert_eq!(ilegibles(), ["c-presupuesto"]);
    assert_eq!(presupuesto(), Some(12), "the agenda keeps its value");

    visible.set(false);
    pausa(30).await;
    assert!(campo("c-presupuesto").is_none());
    assert!(
        ilegibles().is_empty(),
        "a field off screen does not stop «Continuar»"
    );

    visible.set(true);
    pausa(30).await;
    let input = campo("c-presupuesto").expect("the field is back");
    assert_eq!(input.value(), "doce mil");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(ilegibles(), ["c-presupuesto"]);

    // The agenda changed while the field was away (an undo, another file): its value wins.
    visible.set(false);
    pausa(30).await;
    estado.agenda.update(|a| a.presupuesto_total_cop = Some(13));
    visible.set(true);
    pausa(30).await;
    let input = campo("c-presupuesto").expect("the field is back");
    assert_eq!(input.value(), "13");
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert!(ilegibles().is_empty());

    // A readable number leaves nothing aside.
    escribir_en(&input, "14");
    visible.set(false);
    pausa(30).await;
    visible.set(true);
    pausa(30).await;
    assert_eq!(campo("c-presupuesto").unwrap().value(), "14");
    assert_eq!(presupuesto(), Some(14));
}

/// A part built after the next paint is not there at first and comes a frame later; a field in
/// it that was asked for before it existed still takes the focus; and a part whose screen left
/// before its frame came builds nothing.
#[wasm_bindgen_test]
async fn a_part_built_after_the_paint_comes_with_its_field_focused() {
    use agenda_rdc::ui::widgets::navegacion::enfocar_campo;
    use agenda_rdc::ui::widgets::tras_pintar::TrasPintar;
    use leptos::prelude::*;

    let doc = web_sys::window().unwrap().document().unwrap();
    let _montada = leptos::mount::mount_to(raiz_nueva(), || {
        view! {
            <p id="tp-primero">"Primero"</p>
            <TrasPintar>
                <label for="tp-campo">"Después"</label>
                <input id="tp-campo"/>
            </TrasPintar>
        }
    });
    assert!(doc.get_element_by_id("tp-primero").is_some());
    assert!(
        doc.get_element_by_id("tp-campo").is_none(),
        "the second part waits for the paint"
    );
    enfocar_campo("tp-campo".into());
    let campo = esperar("#tp-campo").await;
    pausa(50).await;
    assert_eq!(
        doc.active_element().map(|e| e.id()).as_deref(),
        Some("tp-campo"),
        "the field asked for before it existed has the focus"
    );
    campo.remove();

    // Gone before its frame: nothing is built and nothing fails.
    let montada = leptos::mount::mount_to(raiz_nueva(), || {
        view! { <TrasPintar><p id="tp-nunca">"Nunca"</p></TrasPintar> }
    });
    drop(montada);
    pausa(100).await;
    assert!(doc.get_element_by_id("tp-nunca").is_none());
}

/// An unhurried part (below the fold of a screen just opened) lets a task that comes after the
/// paint (a key, a tap) run before it is built, and is built soon after all the same.
#[wasm_bindgen_test]
async fn an_unhurried_part_lets_what_comes_after_the_paint_run_first() {
    use agenda_rdc::ui::widgets::tras_pintar::TrasPintar;
    use leptos::prelude::*;
    use std::cell::Cell;
    use std::rc::Rc;

    let doc = web_sys::window().unwrap().document().unwrap();
    let _montada = leptos::mount::mount_to(raiz_nueva(), || {
        view! {
            <input id="sp-primero"/>
            <TrasPintar sin_prisa=true><p id="sp-resto">"El resto"</p></TrasPintar>
        }
    });
    // Like a key pressed as soon as the first field shows: a task queued in the next frame.
    let habia_resto = Rc::new(Cell::new(None));
    let anotar = habia_resto.clone();
    request_animation_frame(move || {
        set_timeout(
            move || anotar.set(Some(document().get_element_by_id("sp-resto").is_some())),
            std::time::Duration::ZERO,
        )
    });
    for _ in 0..50 {
        if habia_resto.get().is_some() {
            break;
        }
        pausa(10).await;
    }
    assert_eq!(
        habia_resto.get(),
        Some(false),
        "the task after the paint ran before the rest was built"
    );
    esperar("#sp-resto").await;
    assert!(doc.get_element_by_id("sp-primero").is_some());
}

/// Taking over the page's copy of step 1, the app builds its screen whole: every part that
/// would wait for the paint is there when the mount returns, and parts built afterwards wait
/// again.
#[wasm_bindgen_test]
async fn inside_de_una_vez_the_parts_after_the_paint_are_built_with_the_rest() {
    use agenda_rdc::ui::widgets::tras_pintar::{de_una_vez, TrasPintar};
    use leptos::prelude::*;

    let doc = web_sys::window().unwrap().document().unwrap();
    let _entera = de_una_vez(|| {
        leptos::mount::mount_to(raiz_nueva(), || {
            view! {
                <input id="duv-primero"/>
                <TrasPintar sin_prisa=true><p id="duv-resto">"El resto"</p></TrasPintar>
                <TrasPintar><p id="duv-otro">"Otro"</p></TrasPintar>
            }
        })
    });
    assert!(doc.get_element_by_id("duv-resto").is_some());
    assert!(doc.get_element_by_id("duv-otro").is_some());
    let _despues = leptos::mount::mount_to(raiz_nueva(), || {
        view! { <TrasPintar><p id="duv-luego">"Luego"</p></TrasPintar> }
    });
    assert!(doc.get_element_by_id("duv-luego").is_none());
    esperar("#duv-luego").await;
}

/// Where the browser has no `requestIdleCallback` (Safari), idle work runs at once; where it has
/// one, the work waits for it.
#[wasm_bindgen_test]
async fn idle_work_runs_at_once_without_request_idle_callback() {
    use std::cell::Cell;
    use std::rc::Rc;

    // Window is a global interface: its operations are the window's own properties.
    let ventana = js_sys::global();
    let nombre = wasm_bindgen::JsValue::from_str("requestIdleCallback");
    let descriptor = js_sys::Reflect::get_own_property_descriptor(&ventana, &nombre).unwrap();
    assert!(
        !descriptor.is_undefined(),
        "Chromium has requestIdleCallback"
    );

    let corrio = Rc::new(Cell::new(false));
    let marca = corrio.clone();
    agenda_rdc::ui::cuando_este_libre(move || marca.set(true));
    assert!(!corrio.get(), "with requestIdleCallback the work waits");
    for _ in 0..20 {
        if corrio.get() {
            break;
        }
        pausa(10).await;
    }
    assert!(corrio.get(), "and runs within its timeout");

    js_sys::Reflect::delete_property(&ventana, &nombre).unwrap();
    let sin = Rc::new(Cell::new(false));
    let marca = sin.clone();
    agenda_rdc::ui::cuando_este_libre(move || marca.set(true));
    let corrio_sin = sin.get();
    js_sys::Reflect::define_property(&ventana, &nombre, &descriptor.into()).unwrap();
    assert!(
        corrio_sin,
        "without requestIdleCallback the work ran at once"
    );
}

/// What a text field writes is in the agenda at once, and the status line says it is being
/// saved; what depends on the agenda hears of it after the next paint, or at once when asked (a
/// save as the page is hidden), and only once.
#[wasm_bindgen_test]
async fn typing_changes_the_agenda_at_once_and_what_depends_on_it_after_the_paint() {
    use agenda_rdc::ui::estado::EstadoGuardado;
    use agenda_rdc::ui::widgets::campos::CampoTexto;
    use agenda_rdc::ui::widgets::lente::de_agenda;
    use leptos::prelude::*;

    let (estado, _montada) = montar_con_estado(agenda("AG-TXT", "Secretaría de Salud"), || {
        view! {
            <CampoTexto
                id="c-diagnostico-txt"
                etiqueta="Diagnóstico"
                lente=de_agenda(|a| a.diagnostico.clone(), |a, v| a.diagnostico = v)
            />
        }
    });
    let largo = Memo::new(move |_| estado.agenda.with(|a| a.diagnostico.len()));
    pausa(30).await;
    assert_eq!(largo.get_untracked(), 0);

    let input = campo("c-diagnostico-txt").expect("the field is on screen");
    escribir_en(&input, "abc");
    assert_eq!(
        estado.agenda.with_untracked(|a| a.diagnostico.clone()),
        "abc"
    );
    assert_eq!(estado.guardado.get_untracked(), EstadoGuardado::Guardando);
    assert_eq!(largo.get_untracked(), 0, "told after the paint, not before");
    pausa(150).await;
    assert_eq!(largo.get_untracked(), 3);

    escribir_en(&input, "abcd");
    assert!(estado.confirmar_escritura(), "there was something to tell");
    assert_eq!(largo.get_untracked(), 4, "told at once when asked");
    assert!(!estado.confirmar_escritura(), "and only once");
    assert_eq!(input.value(), "abcd");
}
