//! The command line of `agenda-check`: its options, the files and folders it reads, and what
//! it does with them; `salida` prints the result as text or JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use agenda_rdc::domain::config::Configuracion;
use agenda_rdc::domain::consolidado::consolidar;
use agenda_rdc::domain::entregas::{entregas, hoja_de_entregas, plazo};
use agenda_rdc::domain::format::{texto_de_archivo, MAX_FILE_BYTES};
use agenda_rdc::domain::ics::{calendario_municipal_ics, nombre_calendario_municipal};
use agenda_rdc::domain::model::Agenda;
use agenda_rdc::domain::revision::{revisar, una_por_agenda, Revision};
use agenda_rdc::domain::text::plural;

use crate::salida::{
    entregas_json, imprimir_consolidado, imprimir_entregas, imprimir_json, imprimir_texto,
    imprimir_varias_agendas, ruta_de,
};

const AYUDA: &str = "\
agenda-check: revisa las agendas de rendición de cuentas que envían las dependencias.

Uso:
  agenda-check [opciones] ARCHIVO.json|CARPETA...

Opciones:
  --config ARCHIVO   usa la configuración del municipio (el mismo config.json de la aplicación);
                     sin ella se calculan las fechas del año de cierre de cada agenda; si
                     trae la lista de «dependencias», el informe dice cuáles faltan por entregar
  --json             escribe el resultado en JSON (uno por archivo, en una lista); con la lista de
                     «dependencias» o con --consolidado, la salida es {\"revisiones\": [...]}
                     con \"entregas\": {...} y \"consolidado\": {...} según el caso
  --consolidado      añade el calendario municipal: los espacios de diálogo de todas las
                     dependencias por fecha y hora, y los que se cruzan de horario
  --calendario ARCHIVO.ics
                     escribe un solo calendario (.ics) con los espacios de diálogo de todas las
                     agendas leídas, cada uno con el nombre de su dependencia
  --csv ARCHIVO.csv  escribe el calendario municipal como hoja de cálculo (separada por «;»,
                     para Excel o LibreOffice), con los cruces de horario de cada espacio
  --entregas ARCHIVO.csv
                     escribe el estado de las entregas como hoja de cálculo: cada dependencia
                     de la lista de config.json con el estado de su archivo o «Falta por
                     entregar», y los archivos de dependencias que no están en la lista
  --esquema          escribe el JSON Schema del archivo de agenda y termina
  --esquema-config   escribe el JSON Schema de config.json y termina
  -h, --help         muestra esta ayuda
  -V, --version      muestra la versión

Una CARPETA se recorre completa (subcarpetas incluidas) y se revisan sus archivos .json.
Cada hallazgo dice su regla (V-…), su campo y su fuente; ARCHIVO habla del archivo (suma de
verificación, copia de trabajo, período) y DATOS de un dato obligatorio del asistente que quedó vacío.
Código de salida: 0 si ningún archivo tiene errores, 1 si alguno los tiene, 2 si alguno no se pudo leer.";

struct Opciones {
    config: Option<PathBuf>,
    json: bool,
    consolidado: bool,
    calendario: Option<PathBuf>,
    csv: Option<PathBuf>,
    entregas: Option<PathBuf>,
    rutas: Vec<PathBuf>,
}

pub(crate) enum Resultado {
    Revisado(Box<Revision>),
    Ilegible(String),
}

pub fn main() -> ExitCode {
    match ejecutar(std::env::args().skip(1).collect()) {
        Ok(codigo) => ExitCode::from(codigo),
        Err(mensaje) => {
            eprintln!("agenda-check: {mensaje}");
            ExitCode::from(2)
        }
    }
}

fn leer_opciones(args: Vec<String>) -> Result<Option<Opciones>, String> {
    let mut opciones = Opciones {
        config: None,
        json: false,
        consolidado: false,
        calendario: None,
        csv: None,
        entregas: None,
        rutas: Vec::new(),
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" | "--ayuda" => {
                println!("{AYUDA}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("agenda-check {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--json" => opciones.json = true,
            "--consolidado" => opciones.consolidado = true,
            "--calendario" => {
                let ruta = args
                    .next()
                    .ok_or("--calendario necesita la ruta del archivo .ics que se va a escribir")?;
                opciones.calendario = Some(PathBuf::from(ruta));
            }
            "--csv" => {
                let ruta = args
                    .next()
                    .ok_or("--csv necesita la ruta del archivo .csv que se va a escribir")?;
                opciones.csv = Some(PathBuf::from(ruta));
            }
            "--entregas" => {
                let ruta = args
                    .next()
                    .ok_or("--entregas necesita la ruta del archivo .csv que se va a escribir")?;
                opciones.entregas = Some(PathBuf::from(ruta));
            }
            "--config" => {
                let ruta = args
                    .next()
                    .ok_or("--config necesita la ruta de un archivo")?;
                opciones.config = Some(PathBuf::from(ruta));
            }
            "--esquema" | "--schema" => {
                print!("{}", agenda_rdc::domain::schema::agenda_schema_json());
                return Ok(None);
            }
            "--esquema-config" => {
                print!("{}", agenda_rdc::domain::schema::config_schema_json());
                return Ok(None);
            }
            otro if otro.starts_with("--") => {
                return Err(format!("opción desconocida «{otro}». Use --help."))
            }
            ruta => opciones.rutas.push(PathBuf::from(ruta)),
        }
    }
    if opciones.rutas.is_empty() {
        return Err("indique al menos un archivo o carpeta. Use --help.".into());
    }
    Ok(Some(opciones))
}

fn ejecutar(args: Vec<String>) -> Result<u8, String> {
    let Some(opciones) = leer_opciones(args)? else {
        return Ok(0);
    };
    let hoy = chrono::Local::now().date_naive();
    let config = match &opciones.config {
        None => None,
        Some(ruta) => {
            let texto = std::fs::read_to_string(ruta)
                .map_err(|e| format!("no se pudo leer la configuración {}: {e}", ruta.display()))?;
            Some(Configuracion::desde_json(&texto, hoy).map_err(|e| e.to_string())?)
        }
    };

    let mut archivos = Vec::new();
    let mut resultados: Vec<(PathBuf, Resultado)> = Vec::new();
    for ruta in &opciones.rutas {
        if ruta.is_dir() {
            if let Err(e) = reunir_json(ruta, &mut archivos) {
                resultados.push((
                    ruta.clone(),
                    Resultado::Ilegible(format!("no se pudo recorrer la carpeta: {e}")),
                ));
            }
        } else {
            archivos.push(ruta.clone());
        }
    }
    for ruta in archivos {
        let resultado = match leer(&ruta) {
            Err(e) => Resultado::Ilegible(e),
            Ok(texto) => match revisar(&texto, config.as_ref(), hoy) {
                Ok(revision) => Resultado::Revisado(Box::new(revision)),
                Err(e) => Resultado::Ilegible(e.to_string()),
            },
        };
        resultados.push((ruta, resultado));
    }

    let contadas = contadas(&resultados);
    let agendas: Vec<&Agenda> = contadas.iter().map(|r| &r.imported.agenda).collect();
    let consolidado =
        (opciones.consolidado || opciones.csv.is_some()).then(|| consolidar(&agendas));
    if opciones.json {
        let entregas = config.as_ref().and_then(|c| {
            entregas(c, &contadas).map(|e| entregas_json(&e, plazo(c, hoy), &resultados))
        });
        imprimir_json(
            &resultados,
            entregas,
            consolidado.as_ref().filter(|_| opciones.consolidado),
        );
    } else {
        imprimir_texto(&resultados);
        if let Some((c, e)) = config
            .as_ref()
            .and_then(|c| entregas(c, &contadas).map(|e| (c, e)))
        {
            imprimir_entregas(&e, &resultados);
            if let Some(texto) = plazo(c, hoy) {
                println!("  {texto}");
            }
        }
        imprimir_varias_agendas(&contadas, &resultados);
        if let Some(c) = consolidado.as_ref().filter(|_| opciones.consolidado) {
            imprimir_consolidado(c);
        }
    }
    if let (Some(ruta), Some(c)) = (&opciones.csv, &consolidado) {
        std::fs::write(ruta, c.a_csv())
            .map_err(|e| format!("no se pudo escribir la hoja {}: {e}", ruta.display()))?;
        eprintln!(
            "Hoja de cálculo escrita en {} ({}).",
            ruta.display(),
            plural(c.espacios.len(), "espacio", "espacios")
        );
    }
    if let Some(ruta) = &opciones.entregas {
        let hoja = hoja_de_entregas(config.as_ref(), &contadas, |r| ruta_de(&resultados, r));
        std::fs::write(ruta, hoja)
            .map_err(|e| format!("no se pudo escribir la hoja {}: {e}", ruta.display()))?;
        eprintln!("Estado de las entregas escrito en {}.", ruta.display());
    }
    if let Some(ruta) = &opciones.calendario {
        let nombre = nombre_calendario_municipal(config.as_ref());
        let ics = calendario_municipal_ics(&nombre, &agendas, chrono::Utc::now());
        std::fs::write(ruta, ics)
            .map_err(|e| format!("no se pudo escribir el calendario {}: {e}", ruta.display()))?;
        eprintln!(
            "Calendario escrito en {} ({}).",
            ruta.display(),
            plural(agendas.len(), "agenda", "agendas")
        );
    }

    let ilegibles = resultados
        .iter()
        .any(|(_, r)| matches!(r, Resultado::Ilegible(_)));
    let con_errores = resultados
        .iter()
        .any(|(_, r)| matches!(r, Resultado::Revisado(rev) if rev.resumen().errores > 0));
    Ok(if ilegibles {
        2
    } else if con_errores {
        1
    } else {
        0
    })
}

/// The files that count, one per agenda (see [`una_por_agenda`]).
fn contadas(resultados: &[(PathBuf, Resultado)]) -> Vec<&Revision> {
    una_por_agenda(resultados.iter().filter_map(|(_, r)| match r {
        Resultado::Revisado(r) => Some(r.as_ref()),
        Resultado::Ilegible(_) => None,
    }))
}

fn leer(ruta: &Path) -> Result<String, String> {
    let bytes_en_disco = std::fs::metadata(ruta)
        .map_err(|e| format!("no se pudo leer: {e}"))?
        .len();
    if bytes_en_disco > MAX_FILE_BYTES as u64 {
        return Err(format!(
            "el archivo pesa {:.1} MB y el máximo es {} MB",
            bytes_en_disco as f64 / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let bytes = std::fs::read(ruta).map_err(|e| format!("no se pudo leer: {e}"))?;
    // Read in its own encoding, as the browser reads it; what that changes goes to stderr.
    let leido = texto_de_archivo(&bytes).map_err(|e| e.to_string())?;
    if let Some(aviso) = leido.codificacion.aviso() {
        eprintln!("{}: {aviso}", ruta.display());
    }
    Ok(leido.texto)
}

fn reunir_json(carpeta: &Path, salida: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entradas: Vec<PathBuf> = std::fs::read_dir(carpeta)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entradas.sort();
    for ruta in entradas {
        if ruta.is_dir() {
            reunir_json(&ruta, salida)?;
        } else if ruta
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            salida.push(ruta);
        }
    }
    Ok(())
}
