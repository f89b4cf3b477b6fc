// Inlined by Trunk into both pages (src/index.html, src/planeacion.html).
// A bug that stops the page once it is running (a Rust panic ends in a wasm trap, a
// WebAssembly.RuntimeError nobody catches) would leave a page that looks alive and answers
// nothing. Say so once, in Spanish, with the way out. Before the page starts, the loading notice
// says it instead.
(function () {
  if (typeof WebAssembly !== 'object') return;
  var avisado = false;
  function alDetenerse(ev) {
    var error = ev.error || ev.reason;
    if (avisado || !(error instanceof WebAssembly.RuntimeError) || document.getElementById('carga')) return;
    avisado = true;
    var aviso = document.createElement('div');
    aviso.className = 'aviso aviso-error aviso-detenida';
    aviso.setAttribute('role', 'alert');
    aviso.innerHTML =
      '<p><strong>La página se detuvo por un error.</strong> Lo que ya estaba guardado en este navegador no se pierde: recargue la página para seguir.</p>' +
      '<p><button type="button" class="boton boton-principal">Recargar la página</button></p>';
    var boton = aviso.querySelector('button');
    boton.addEventListener('click', function () { location.reload(); });
    document.body.appendChild(aviso);
    boton.focus();
  }
  window.addEventListener('error', alDetenerse);
  window.addEventListener('unhandledrejection', alDetenerse);
})();
