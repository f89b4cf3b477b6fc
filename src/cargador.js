// Inlined by Trunk into both pages (src/index.html, src/planeacion.html). Trunk's loader script
// (Trunk.toml, pattern_script) hands the download of the wasm to cargarAplicacion, which starts
// it as Trunk would and also shows how far it has gone: on a phone with a poor connection the
// download takes seconds, and a page that only says "Cargando…" all that time looks stuck.
// The wasm itself still goes to the browser's streaming compiler untouched; a copy of its
// stream (Response.clone) is only counted, and only when the bar shows.
(function () {
  // A quick load shows no bar: it would only flash.
  var ESPERA_BARRA_MS = 500;
  // This long without a byte: the connection is very slow or has stopped.
  var SIN_DATOS_MS = 10000;

  window.cargarAplicacion = function (init, direccion) {
    var total = tamanoPublicado(direccion);
    var recibido = 0;
    var terminada = false;
    var vista = null;
    var lenta = null;
    // A copy of the response's stream, read only once the bar shows: a quick load never runs a
    // line of this per chunk.
    var copia = null;
    var leyendo = false;

    function mostrar() {
      if (terminada || vista) return;
      vista = barra();
      actualizar();
      leer();
    }
    function leer() {
      if (leyendo || !copia || !vista) return;
      leyendo = true;
      contar(copia, function (bytes) {
        recibido += bytes;
        actualizar();
        vigilar();
      }, function () {
        cerrar();
        actualizar();
      });
    }
    function actualizar() {
      if (!vista) return;
      if (total > 0) {
        var porcentaje = terminada ? 100 : Math.min(99, Math.floor((100 * recibido) / total));
        vista.progreso.value = porcentaje;
        vista.cifra.textContent = porcentaje + ' %';
      } else {
        vista.cifra.textContent = Math.round(recibido / 1024) + ' KB';
      }
    }
    function vigilar() {
      clearTimeout(lenta);
      quitarAvisoLento(vista);
      if (!terminada) lenta = setTimeout(function () { avisarLento(vista); }, SIN_DATOS_MS);
    }
    function cerrar() {
      terminada = true;
      clearTimeout(lenta);
      quitarAvisoLento(vista);
      // An unread copy would keep its bytes: it is let go.
      if (copia && !leyendo) copia.body.cancel().catch(function () {});
    }

    setTimeout(mostrar, ESPERA_BARRA_MS);
    vigilar();
    var respuesta = fetch(direccion).then(function (r) {
      // The offices' page keeps a copy for opening without a connection (src/index.html).
      if (window.guardarParaSinConexion) window.guardarParaSinConexion(direccion, r);
      if (r.ok && r.body && r.clone) copia = r.clone();
      else cerrar();
      leer();
      return r;
    });
    return init({ module_or_path: respuesta }).then(
      function (wasm) {
        cerrar();
        return wasm;
      },
      function (error) {
        // The page's own handler says the app could not open; a bar left under it would say
        // it is still on its way.
        cerrar();
        if (vista) vista.contenedor.remove();
        throw error;
      },
    );
  };

  // The build writes the wasm's size on its preload (tests/e2e/tools/ajustar-dist.mjs): the
  // bytes a script can count are the uncompressed ones, and Content-Length gives the compressed
  // size when the host compresses. A development build has no size: the bar then shows the
  // kilobytes received.
  function tamanoPublicado(direccion) {
    var nombre = direccion.split('/').pop();
    var enlaces = document.querySelectorAll('link[data-bytes]');
    for (var i = 0; i < enlaces.length; i++) {
      if ((enlaces[i].getAttribute('href') || '').split('/').pop() === nombre) return Number(enlaces[i].getAttribute('data-bytes')) || 0;
    }
    return 0;
  }

  function contar(copia, alRecibir, alTerminar) {
    var lector = copia.body.getReader();
    function siguiente() {
      lector.read().then(function (parte) {
        if (parte.done) return alTerminar();
        alRecibir(parte.value.byteLength);
        siguiente();
      }, alTerminar);
    }
    siguiente();
  }

  // Below "Cargando la aplicación…" and outside its live region (#carga-estado): a screen reader
  // reads the bar (its value) when asked, and is not interrupted by each percent. Under it, an
  // empty live region of its own for the notice of a stopped download, in place beforehand so
  // that the notice is announced.
  function barra() {
    var carga = document.getElementById('carga');
    var contenedor = document.createElement('div');
    contenedor.className = 'carga-progreso';
    contenedor.innerHTML =
      '<div class="carga-barra-fila"><progress id="carga-barra" max="100" aria-label="Descarga de la aplicación"></progress>' +
      ' <span class="carga-cifra" aria-hidden="true"></span></div>' +
      '<div id="carga-lenta" role="status"></div>';
    if (carga) carga.appendChild(contenedor);
    return {
      contenedor: contenedor,
      progreso: contenedor.querySelector('progress'),
      cifra: contenedor.querySelector('.carga-cifra'),
      aviso: contenedor.querySelector('#carga-lenta'),
    };
  }

  // Said once, and taken back if bytes arrive again. Before the bar shows there is nowhere to
  // say it, and no need: the bar comes long before.
  function avisarLento(vista) {
    if (!vista || vista.aviso.firstChild) return;
    var aviso = vista.aviso;
    aviso.innerHTML =
      '<p>La descarga va muy lenta o se detuvo. Puede esperar un poco más, o revisar su conexión y recargar la página.</p>' +
      '<p><button type="button" class="boton boton-secundario">Recargar la página</button></p>';
    aviso.querySelector('button').addEventListener('click', function () {
      location.reload();
    });
  }

  function quitarAvisoLento(vista) {
    if (vista && vista.aviso.firstChild) vista.aviso.textContent = '';
  }
})();
