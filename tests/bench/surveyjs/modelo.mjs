// The SurveyJS peer's form: the wizard's questions as a SurveyJS model, and an agenda's
// activities as that form's data. The choices come from the app's published JSON Schema, so
// the peer offers the same vocabularies without a second copy of them.

/** The choices of a vocabulary in the schema (`{ value, text }` for each `oneOf` entry). */
function opciones(esquema, nombre) {
  const def = esquema.$defs[nombre];
  if (!def?.oneOf) throw new Error(`el esquema no trae el vocabulario ${nombre}`);
  return def.oneOf.map((o) => ({ value: o.const, text: o.title }));
}

const texto = (name, title, extra = {}) => ({ type: 'text', name, title, ...extra });
const fecha = (name, title, extra = {}) => texto(name, title, { inputType: 'date', ...extra });
const numero = (name, title) => texto(name, title, { inputType: 'number' });
const largo = (name, title) => ({ type: 'comment', name, title });
const siNo = (name, title) => ({ type: 'boolean', name, title, renderAs: 'radio' });

/** The questions every activity has, then its element's own, then what closes each form. */
function actividad(esquema, propias) {
  const de = (n) => opciones(esquema, n);
  return [
    texto('nombre', 'Nombre de la actividad', { isRequired: true }),
    largo('descripcion', 'Descripción (opcional)'),
    fecha('fecha_inicio', 'Fecha de inicio', { isRequired: true }),
    fecha('fecha_fin', 'Fecha de fin', { isRequired: true }),
    { type: 'radiogroup', name: 'fase_cierre', title: 'Fase del cierre', choices: de('FaseCierre'), isRequired: true },
    { type: 'dropdown', name: 'etapa_murc', title: 'Etapa del MURC (opcional)', choices: de('EtapaMurc') },
    { type: 'dropdown', name: 'estado', title: 'Estado (opcional)', choices: de('EstadoActividad') },
    { type: 'checkbox', name: 'grupos_valor', title: 'Grupos de valor', choices: de('GrupoValor'), isRequired: true },
    texto('grupo_detalle', '¿Cuál? Nombre o detalle (opcional)'),
    { type: 'checkbox', name: 'temas', title: 'Temas', choicesFromQuestion: 'temas_priorizados' },
    ...propias,
    { type: 'checkbox', name: 'accesibilidad', title: 'Accesibilidad', choices: de('MedidaAccesibilidad') },
    texto('meta_descripcion', 'Meta: qué se logrará'),
    numero('meta_cantidad', 'Cantidad'),
    texto('meta_unidad', 'Unidad'),
    largo('producto_evidencia', 'Evidencia que dejará'),
    texto('responsable_nombre', 'Persona responsable', { isRequired: true }),
    texto('responsable_cargo', 'Cargo', { isRequired: true }),
    largo('corresponsables', 'Corresponsables (opcional)'),
  ];
}

/** A step that is a repeatable list of activities, shown as the wizard shows it: titled rows, one open. */
function pasoDeLista(name, title, lista, boton, elementos) {
  return {
    name,
    title,
    elements: [
      {
        type: 'paneldynamic',
        name,
        title: lista,
        templateTitle: '{panel.nombre}',
        templateElements: elementos,
        panelAddText: boton,
        panelRemoveText: 'Eliminar',
        panelsState: 'collapsed',
        panelCount: 0,
      },
    ],
  };
}

/** The wizard's nine steps as SurveyJS pages. */
export function modelo(esquema) {
  const de = (n) => opciones(esquema, n);
  const canales = [...de('CanalInformacion'), ...de('CanalDialogoVirtual')];
  const tipoAccion = { type: 'dropdown', name: 'tipo_accion', title: 'Tipo de acción', choices: de('TipoAccion'), isRequired: true };
  return {
    locale: 'es',
    title: 'Agenda de Rendición de Cuentas',
    showProgressBar: 'top',
    textUpdateMode: 'onTyping',
    checkErrorsMode: 'onValueChanged',
    pages: [
      {
        name: 'dependencia',
        title: 'La dependencia',
        elements: [
          texto('dependencia_nombre', 'Nombre de la dependencia', { isRequired: true }),
          { type: 'radiogroup', name: 'dependencia_tipo', title: 'Tipo de dependencia', choices: de('TipoDependencia'), isRequired: true },
          texto('sector', 'Sector', { isRequired: true }),
          { type: 'boolean', name: 'es_representante_legal', title: 'Quien dirige la dependencia es representante legal de una entidad', renderAs: 'checkbox' },
          texto('titular_nombre', 'Nombre de quien dirige', { isRequired: true }),
          texto('titular_cargo', 'Cargo', { isRequired: true }),
          texto('enlace_nombre', 'Nombre de la persona enlace', { isRequired: true }),
          texto('enlace_cargo', 'Cargo (opcional)'),
          texto('enlace_correo', 'Correo electrónico', { inputType: 'email', isRequired: true, validators: [{ type: 'email' }] }),
          texto('enlace_telefono', 'Teléfono (opcional)', { inputType: 'tel' }),
        ],
      },
      {
        name: 'diagnostico',
        title: 'Diagnóstico y enfoque',
        elements: [
          { type: 'radiogroup', name: 'nivel_murc', title: 'Nivel en el MURC', choices: de('NivelMurc'), isRequired: true },
          fecha('autodiagnostico_fecha', 'Fecha (opcional)'),
          numero('autodiagnostico_puntaje', 'Puntaje (0 a 100) (opcional)'),
          largo('diagnostico', 'Diagnóstico (opcional)'),
          largo('objetivo', 'Objetivo de la rendición de cuentas'),
          numero('presupuesto_total_cop', 'Presupuesto total (opcional)'),
          {
            type: 'paneldynamic',
            name: 'temas_priorizados',
            title: 'Temas priorizados',
            templateElements: [
              texto('tema', 'Tema', { isRequired: true }),
              { type: 'checkbox', name: 'grupos_valor', title: 'Quiénes lo pidieron', choices: de('GrupoValor') },
              texto('fuente_priorizacion', 'De dónde salió la prioridad (opcional)'),
            ],
            panelAddText: 'Agregar tema',
            panelCount: 1,
          },
        ],
      },
      {
        name: 'grupos',
        title: 'Grupos de valor y de interés',
        elements: [{ type: 'checkbox', name: 'grupos_valor', title: 'Grupos de valor y de interés de la agenda', choices: de('GrupoValor'), isRequired: true }],
      },
      pasoDeLista('informacion', 'Información', 'Actividades de información', 'Agregar actividad de información', actividad(esquema, [
        tipoAccion,
        { type: 'checkbox', name: 'canales_informacion', title: 'Canales', choices: de('CanalInformacion') },
        texto('publicacion_url', 'Dirección web donde queda publicada', { inputType: 'url' }),
        { type: 'boolean', name: 'publicacion_wcag', title: 'La publicación cumple WCAG 2.1 nivel AA', renderAs: 'checkbox' },
        fecha('publicacion_hasta', 'Disponible en línea hasta'),
        { type: 'boolean', name: 'lenguaje_claro', title: 'Se revisará en lenguaje claro antes de publicarse', renderAs: 'checkbox' },
        texto('lenguaje_claro_quien', 'Quién lo revisa (opcional)'),
        fecha('lenguaje_claro_fecha', 'Fecha de la revisión (opcional)'),
        { type: 'boolean', name: 'video', title: 'Incluye un video grabado', renderAs: 'checkbox' },
      ])),
      pasoDeLista('dialogo', 'Diálogo', 'Espacios de diálogo', 'Agregar espacio de diálogo', actividad(esquema, [
        { type: 'dropdown', name: 'espacio_dialogo', title: 'Tipo de espacio', choices: de('EspacioDialogo'), isRequired: true },
        { type: 'radiogroup', name: 'modalidad', title: 'Modalidad', choices: de('Modalidad'), isRequired: true },
        texto('lugar_nombre', 'Lugar'),
        texto('lugar_direccion', 'Dirección (opcional)'),
        { type: 'radiogroup', name: 'lugar_zona', title: 'Zona', choices: de('Zona') },
        texto('lugar_sector', 'Comuna, corregimiento o vereda (opcional)'),
        texto('hora_inicio', 'Hora de inicio (opcional)', { inputType: 'time' }),
        numero('duracion_min', 'Duración (opcional)'),
        numero('aforo', 'Aforo (opcional)'),
        fecha('convocatoria_fecha', 'Fecha de la convocatoria'),
        { type: 'checkbox', name: 'convocatoria_canales', title: 'Canales de la convocatoria', choices: canales },
        siNo('participan_candidatos', '¿Participan candidatos?'),
        siNo('inaugura_obras', '¿Se inauguran obras o programas?'),
        siNo('uso_bienes', '¿Se usan bienes públicos con fines proselitistas?'),
        texto('evaluacion_instrumento', 'Cómo evaluará la ciudadanía el espacio'),
        numero('evaluacion_meta', 'Respuestas esperadas a la evaluación (opcional)'),
        fecha('memoria_fecha', 'Fecha límite para publicar la memoria'),
        numero('respuestas_plazo', 'Plazo para responder las preguntas pendientes'),
        { type: 'boolean', name: 'grabacion', title: 'Se grabará en video', renderAs: 'checkbox' },
        { type: 'boolean', name: 'grabacion_subtitulos', title: 'La grabación tendrá subtítulos (closed caption)', renderAs: 'checkbox' },
      ])),
      pasoDeLista('responsabilidad', 'Responsabilidad y seguimiento', 'Acciones de responsabilidad', 'Agregar acción de responsabilidad', actividad(esquema, [tipoAccion])),
      pasoDeLista('cierre', 'Informe de gestión y empalme', 'Actividades del informe de gestión y el empalme', 'Agregar actividad', actividad(esquema, [tipoAccion])),
      {
        name: 'comunicaciones',
        title: 'Coordinación con la Oficina de Comunicaciones',
        elements: [
          texto('comunicaciones_enlace', 'Persona enlace en la Oficina de Comunicaciones', { isRequired: true }),
          fecha('comunicaciones_fecha', 'Fecha de la reunión de coordinación'),
          largo('comunicaciones_acuerdos', 'Acuerdos'),
        ],
      },
      {
        name: 'revision',
        title: 'Revisión',
        elements: [{ type: 'comment', name: 'justificaciones', title: 'Justificación de las advertencias que se mantienen' }],
      },
    ],
  };
}

/** The list an activity goes to in the peer's form, by its MURC element. */
const LISTA_DE = { informacion: 'informacion', dialogo: 'dialogo', responsabilidad: 'responsabilidad' };

/** An agenda's activities as the SurveyJS form's data (each in its element's list). */
export function datosDe(agenda) {
  const datos = { dependencia_nombre: agenda.dependencia?.nombre, informacion: [], dialogo: [], responsabilidad: [], cierre: [] };
  for (const a of agenda.actividades) {
    const e = a.evento ?? {};
    datos[LISTA_DE[a.elemento] ?? 'cierre'].push({
      nombre: a.nombre,
      descripcion: a.descripcion,
      fecha_inicio: a.fecha_inicio,
      fecha_fin: a.fecha_fin,
      fase_cierre: a.fase_cierre,
      etapa_murc: a.etapa_murc,
      estado: a.estado,
      grupos_valor: (a.grupos_valor ?? []).map((g) => g.codigo),
      tipo_accion: a.tipo_accion,
      canales_informacion: a.canales_informacion,
      espacio_dialogo: a.espacio_dialogo,
      modalidad: a.modalidad,
      lugar_nombre: e.lugar?.nombre,
      lugar_direccion: e.lugar?.direccion,
      lugar_zona: e.lugar?.zona,
      lugar_sector: e.lugar?.sector,
      hora_inicio: e.hora_inicio,
      duracion_min: e.duracion_min,
      aforo: e.aforo,
      convocatoria_fecha: e.convocatoria?.fecha,
      convocatoria_canales: e.convocatoria?.canales,
      evaluacion_instrumento: e.evaluacion?.instrumento,
      evaluacion_meta: e.evaluacion?.meta_respuestas,
      memoria_fecha: e.memoria?.fecha_limite,
      respuestas_plazo: e.respuestas?.plazo_dias_habiles,
      accesibilidad: a.accesibilidad,
      meta_descripcion: a.meta?.descripcion,
      meta_cantidad: a.meta?.cantidad,
      meta_unidad: a.meta?.unidad,
      producto_evidencia: (a.producto_evidencia ?? []).join('\n'),
      responsable_nombre: a.responsable?.nombre,
      responsable_cargo: a.responsable?.cargo,
      corresponsables: (a.corresponsables ?? []).join('\n'),
    });
  }
  return datos;
}
