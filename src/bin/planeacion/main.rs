//! Planeación's page (`src/planeacion.html`), built by Trunk for wasm32 apart from the offices'
//! app, so the offices never download it.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    agenda_rdc::ui::planeacion::montar();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Esta es la página de Planeación: se construye con `./dev.sh build` (ver README). Para revisar archivos en la terminal use `agenda-check`.");
    std::process::exit(2);
}
