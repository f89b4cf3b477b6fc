#!/usr/bin/env bash
# Agenda de Rendición de Cuentas: one script for developers and CI.
#
#   ./dev.sh serve   install what is missing, then serve the app on http://127.0.0.1:8080/ (Planeación: /planeacion/)
#   ./dev.sh test    install what is missing, then run every test layer; ends with "N passed, N failed"
#   ./dev.sh build   install what is missing, then build the release dist/ (with dist/planeacion/) to publish
#   ./dev.sh bench   install what is missing, build, then run the performance benchmark
#   ./dev.sh setup   only install what is missing
#
# Installing is idempotent and quick when everything is there. Nothing is downloaded from
# outside the package registries: Trunk is pinned to the tools installed here.
set -euo pipefail
cd "$(dirname "$0")"

TRUNK_VERSION=0.21.14       # 0.22 needs a newer rustc than this machine's 1.95
BINARYEN_VERSION=132        # npm binaryen, pinned in tests/e2e/package-lock.json and Trunk.toml
E2E_DIR=tests/e2e
export PATH="$HOME/.cargo/bin:$PWD/$E2E_DIR/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Browser builds: erase_components gives Leptos views one erased type instead of one type per
# view tree, which cut the wasm by an eighth (1,271 -> 1,114 KB); panic messages carry source
# paths, so the builder's home directory is remapped out of the published wasm (the toolchain's
# too: with rust-src installed, rustc names std's sources by their local path).
RUST_SYSROOT="$(rustc --print sysroot)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg=erase_components --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=cargo --remap-path-prefix=$RUST_SYSROOT=rustc"

say() { printf '\n==> %s\n' "$*" >&2; }
timed() { local start=$SECONDS; "$@"; local rc=$?; echo "    ($(( SECONDS - start )) s: $*)" >&2; return $rc; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, so read it from there.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  local cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Faltan Chromium y ChromeDriver. Instálelos como administrador y vuelva a intentar:" >&2
    echo "  sudo sh -c '$cmd'" >&2
    exit 1
  fi
  say "Instalando chromium y chromium-driver de Debian"
  timed sh -c "$cmd"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "Instalando el target wasm32-unknown-unknown"
  timed rustup target add wasm32-unknown-unknown
}

# Published builds rebuild the standard library (see construir_dist), from its sources.
ensure_rust_src() {
  if ! rustup component list --installed | grep -q '^rust-src'; then
    say "Instalando las fuentes de la biblioteca estándar de Rust (rust-src)"
    timed rustup component add rust-src
  fi
  # Trunk builds offline: the standard library's own crates must be here beforehand (its
  # workspace uses a Cargo feature of nightly, hence RUSTC_BOOTSTRAP).
  RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$RUST_SYSROOT/lib/rustlib/src/rust/library/Cargo.toml"
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then return; fi
  say "Instalando trunk $TRUNK_VERSION (unos minutos la primera vez)"
  timed cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  local version
  version="$(wasm_bindgen_version)"
  if [ -z "$version" ]; then echo "Cargo.lock no nombra wasm-bindgen" >&2; exit 1; fi
  if ! grep -q "wasm_bindgen = \"$version\"" Trunk.toml; then
    echo "Trunk.toml [tools] wasm_bindgen no coincide con wasm-bindgen $version de Cargo.lock" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ]; then return; fi
  say "Instalando wasm-bindgen-cli $version (unos minutos la primera vez)"
  # Not --locked: its lockfile pins a crate the registry here no longer offers.
  timed cargo install wasm-bindgen-cli --version "$version"
}

ensure_npm_packages() {
  local stamp="$E2E_DIR/node_modules/.agenda-rdc-lock"
  local want
  want="$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  say "Instalando paquetes npm (playwright-core, axe-core, binaryen…) con npm ci"
  timed npm ci --prefix "$E2E_DIR" --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

check_wasm_opt() {
  if ! wasm-opt --version 2>/dev/null | grep -q "version_$BINARYEN_VERSION"; then
    echo "wasm-opt de npm binaryen $BINARYEN_VERSION no está primero en PATH (¿binaryen de Debian instalado?)." >&2
    exit 1
  fi
}

setup() {
  ensure_chromium
  ensure_wasm_target
  ensure_rust_src
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
  check_wasm_opt
  cargo fetch --locked --quiet
}

# The offices' app into dist/, then Planeación's page into dist/planeacion/ (after it: each
# Trunk build empties its own folder); then tests/e2e/tools/ajustar-dist.mjs finishes both
# (minified JS glue, the wasm preload's integrity, pre-compressed copies), and
# tests/e2e/tools/vista-previa.mjs opens the built app in Chromium to copy its step 1 into
# dist/index.html, shown while the app downloads.
# Published builds rebuild the standard library for size and stop at a panic without formatting
# its message (-Cpanic=immediate-abort): 5% less wasm to download and compile (1,066 -> 1,011 KB,
# -15 KiB brotli). Both are unstable options of this stable toolchain, hence RUSTC_BOOTSTRAP;
# development builds (trunk serve, the tests) keep their readable panics.
construir_dist() {
  (
    export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort"
    trunk build --release && trunk build src/planeacion.html --release --dist dist/planeacion
  ) && node tests/e2e/tools/ajustar-dist.mjs dist dist/planeacion && node tests/e2e/tools/vista-previa.mjs dist
}

build_release() {
  say "Construyendo la versión de publicación (dist/ y dist/planeacion/)"
  timed construir_dist
}

# ---- test: every layer, counted ----

PASSED=0
FAILED=0
LOG_DIR="target/test-logs"

# Runs a layer, shows its output, and adds the counts its summary lines give.
# $1 = layer name, $2 = parser (cargo|node|check), rest = command.
run_layer() {
  local name="$1" parser="$2"; shift 2
  local log="$LOG_DIR/$name.log"
  say "Capa: $name"
  local start=$SECONDS rc=0
  "$@" 2>&1 | tee "$log" || rc=${PIPESTATUS[0]}
  local passed=0 failed=0
  case "$parser" in
    cargo)
      passed=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
      failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
      ;;
    node)
      passed=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      failed=$(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      ;;
    check)
      if [ "$rc" -eq 0 ]; then passed=1; else failed=1; fi
      ;;
  esac
  # A layer that failed without reporting a failing test (it did not build, or crashed) counts as one failure.
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  PASSED=$(( PASSED + passed ))
  FAILED=$(( FAILED + failed ))
  echo "    capa $name: $passed passed, $failed failed ($(( SECONDS - start )) s)" >&2
}

run_tests() {
  mkdir -p "$LOG_DIR"
  run_layer formato check cargo fmt --all -- --check
  run_layer clippy-nativo check cargo clippy --locked --all-targets -- -D warnings
  run_layer clippy-wasm check cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
  run_layer nativo cargo cargo test --locked
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
    run_layer navegador cargo cargo test --locked --target wasm32-unknown-unknown --test web
  run_layer dist check construir_dist
  if [ -f dist/index.html ]; then
    run_layer e2e node node --test --test-concurrency=1 --test-reporter=tap "$E2E_DIR/"
  else
    FAILED=$(( FAILED + 1 ))
    echo "    capa e2e: sin dist/, no se pudo ejecutar" >&2
  fi
  echo
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

case "${1:-}" in
  serve)
    setup
    port="${PORT:-8080}"
    say "Sirviendo la aplicación en http://127.0.0.1:$port/ y la página de Planeación en http://127.0.0.1:$port/planeacion/ (Ctrl+C para terminar)"
    # Debug builds in their own folders, so they never replace the release dist/. Planeación's
    # page is a second Trunk app on the next port; the app's server passes planeacion/ to it,
    # so the addresses (and its ../config.json) are those of a published dist/.
    trunk serve src/planeacion.html --port "$(( port + 1 ))" --dist target/serve-planeacion &
    planeacion=$!
    trap 'kill "$planeacion" 2>/dev/null' EXIT
    trunk serve --port "$port" --dist target/serve-dist \
      --proxy-backend "http://127.0.0.1:$(( port + 1 ))/" --proxy-rewrite /planeacion/
    ;;
  test)
    setup
    run_tests
    ;;
  build)
    setup
    build_release
    echo "Listo: publique la carpeta dist/ en cualquier servidor estático."
    ;;
  bench)
    setup
    build_release
    exec node tests/bench/run.mjs "${@:2}"
    ;;
  setup)
    setup
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
