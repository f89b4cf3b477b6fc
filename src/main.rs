//! The browser app's entry point, built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    agenda_rdc::ui::montar();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Esta es la aplicación web: constrúyala con `trunk build --release` (ver README). Para revisar archivos use `agenda-check`.");
    std::process::exit(2);
}
