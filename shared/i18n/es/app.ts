import type { appText as english } from '../en/app'

/** Spanish text of the shell: common buttons, navigation, placeholders, errors and field problems. */
export const appText: typeof english = {
  common: {
    save: 'Guardar',
    saving: 'Guardando…',
    cancel: 'Cancelar',
    delete: 'Eliminar',
    edit: 'Editar',
    retry: 'Reintentar',
    remove: 'Quitar',
    up: 'Subir',
    down: 'Bajar',
    loading: 'Cargando…',
    notSet: 'Sin indicar',
    chooseFile: 'Elegir un archivo',
    noFileChosen: 'Ningún archivo elegido',
    counter: '{{count}} de {{max}} caracteres',
    counterOver: '{{count}} de {{max}} caracteres: {{over}} de más',
    unsavedWarning:
      'Hay cambios sin guardar. Pulse Escape otra vez para descartarlos, o Guardar para conservarlos.',
    discardQuestion: '¿Descartar los cambios que no se han guardado?',
    filterRows: 'Filtrar filas',
    noMatches: 'Ninguna fila coincide con el filtro.',
  },
  languageNames: { en: 'English', fr: 'Français', es: 'Español' },
  app: {
    name: 'Capstan',
    tagline: 'Programa de fortalecimiento de capacidades',
    skipToContent: 'Ir al contenido principal',
    signedInAs: 'Sesión de {{actor}}',
    browserMode: 'Modo navegador',
    opening: 'Abriendo Capstan…',
    startFailedTitle: 'Capstan no pudo iniciarse',
    startFailedHelp:
      'La interfaz no pudo cargar los datos de su administración. Vuelva a intentarlo; si el problema persiste, avise a su soporte informático citando el mensaje anterior.',
  },
  nav: {
    label: 'Navegación principal',
    dashboard: 'Panel',
    assessments: 'Evaluaciones',
    plan: 'Plan',
    indicators: 'Indicadores',
    risks: 'Riesgos',
    integrity: 'Integridad',
    partners: 'Socios',
    documents: 'Documentos',
    packs: 'Paquetes de plantillas',
    audit: 'Registro de auditoría',
    settings: 'Configuración',
  },
  placeholder: {
    notYet: 'Esta vista todavía no está disponible en esta versión de Capstan.',
    willHold: 'Cuando esté lista, contendrá:',
    assessments: [
      'Diagnósticos según un marco de un paquete de plantillas, con la madurez actual y la deseada por elemento',
      'Evidencias, hallazgos y recomendaciones con prioridad y horizonte',
      'Análisis de brechas, un gráfico radial y la comparación entre ciclos de evaluación',
    ],
    indicators: [
      'Indicadores con definición, unidad, sentido, línea de base, hitos y meta',
      'Valores reales por periodo, con un estado calculado en rojo, ámbar o verde',
      'Gráficos de tendencia y una explicación cada vez que un indicador se desvía',
    ],
    risks: [
      'Riesgos vinculados a objetivos y proyectos, valorados con la matriz de riesgos de su paquete de plantillas',
      'Valoraciones inherente y residual, respuestas y acciones de tratamiento con responsables y fechas límite',
      'Un mapa de calor y el historial de valoraciones de cada riesgo',
    ],
    integrity: [
      'Una autoevaluación según los diez factores de la Declaración de Arusha revisada, con evidencias',
      'Un plan de acción de integridad por factor, con responsables e indicadores',
      'Oleadas de encuestas de percepción por factor, comparadas en el tiempo',
    ],
    partners: [
      'Donantes, socios para el desarrollo y otras partes interesadas',
      'Los financiadores, compromisos, desembolsos y gastos de cada proyecto',
      'El déficit de financiación por objetivo y una exportación en el estándar de actividades IATI',
    ],
    documents: [
      'Documentos Word para la dirección: informe de situación, plan estratégico, registro de riesgos, plan de integridad, informe de evaluación y nota ministerial',
      'La marca de clasificación en cada página y una tabla de control del documento',
      'Decisiones registradas sobre una instantánea firmada y un informe de lo que cambió desde la firma',
    ],
    packs: [
      'Importación de paquetes versionados de contenido estándar, con errores claros y una vista previa de los cambios',
      'Marcos de diagnóstico, los factores de integridad de Arusha, una biblioteca de KPI, un catálogo de riesgos y plantillas de informe',
      'Actualizaciones que conservan sus cambios locales y una exportación del paquete propio de su administración',
    ],
  },
  errors: {
    summaryTitle: 'Hay un problema',
    validation: 'Algunos datos deben corregirse.',
    conflict:
      'Otra persona modificó este registro después de que usted lo abriera. Cierre este formulario para ver su versión y vuelva a hacer su cambio.',
    not_found: 'Este registro ya no existe. Es posible que alguien lo haya eliminado.',
    unauthorized:
      'Esta página ha perdido su clave de acceso. Abra Capstan de nuevo con el enlace que se mostró al iniciar el modo navegador.',
    forbidden: 'Capstan rechazó esta solicitud.',
    too_large: 'Esto supera el tamaño que Capstan acepta.',
    unknown_channel: 'Esta versión de Capstan aún no puede hacer eso.',
    internal:
      'Capstan no pudo completar la operación y no cambió nada. Vuelva a intentarlo; si se repite, avise a su soporte informático.',
    loadFailed: 'No se pudo cargar esta información.',
    read_only:
      'Capstan no puede guardar cambios por ahora: los datos están abiertos en modo de solo lectura. No se cambió nada.',
    disk_full:
      'El disco que contiene los datos de Capstan está lleno. Libere espacio y vuelva a intentarlo; no se cambió nada.',
    permission_denied:
      'Su cuenta no tiene permiso para usar un archivo que Capstan necesita. Pida acceso a su soporte informático; no se cambió nada.',
    corrupt:
      'El archivo de datos de Capstan está dañado. Restaure la copia de seguridad correcta más reciente en Configuración → Seguridad de los datos; no se cambió nada.',
    locked:
      'Los datos de Capstan están ocupados por otra ventana u orden. Vuelva a intentarlo en un momento; no se cambió nada.',
    unavailable:
      'Capstan no puede acceder a sus datos. Compruebe el disco o la red y vuelva a intentarlo.',
  },
  problems: {
    required: '{{field}}: este campo es obligatorio.',
    too_short: '{{field}} necesita al menos {{min}} entradas.',
    too_long: '{{field}}: el texto es demasiado largo, {{max}} caracteres como máximo.',
    too_small: '{{field}} debe ser {{min}} o más.',
    too_big: '{{field}} debe ser {{max}} o menos.',
    not_allowed: '{{field}}: elija una de las opciones ofrecidas.',
    wrong_type: '{{field}} tiene un tipo de valor incorrecto.',
    unknown_field: 'Capstan no conoce el campo «{{field}}».',
    duplicate: '{{field}} incluye la misma entrada dos veces.',
    byField: {
      code: {
        duplicate: 'Este código ya lo usa otro objetivo. Elija un código distinto.',
        invalid:
          'El código solo puede contener letras, cifras, puntos, guiones y guiones bajos, y debe empezar por una letra o una cifra.',
      },
      currency: {
        invalid: 'La moneda debe ser un código de tres letras, como EUR, USD o XOF.',
        required: 'La moneda debe ser un código de tres letras, como EUR, USD o XOF.',
      },
      classifications: {
        too_short: 'Añada al menos una marca de clasificación.',
        too_long: 'Use como máximo {{max}} marcas de clasificación.',
        duplicate: 'La misma marca de clasificación figura dos veces.',
      },
      workingLanguages: { too_short: 'Elija al menos un idioma de trabajo.' },
      signatories: { too_long: 'Añada como máximo {{max}} firmantes.' },
    },
  },
}
