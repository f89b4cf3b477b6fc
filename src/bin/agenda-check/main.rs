//! `agenda-check`: the Planning Secretariat's checker for submitted agendas.
//!
//! Validates each file against every rule and its checksum and prints the findings in Spanish
//! (or JSON). Exit code 0 when no file has errors, 1 when some do, 2 when a file cannot be read.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod salida;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// A native tool: the wasm build of the crate (for the browser tests) only needs it to compile.
#[cfg(target_arch = "wasm32")]
fn main() {}
