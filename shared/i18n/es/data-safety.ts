import type { dataSafetyText as english } from '../en/data-safety'

/** Spanish text of Settings → Data safety. */
export const dataSafetyText: typeof english = {
  dataSafety: {
    heading: 'Seguridad de los datos',
    intro:
      'Capstan guarda copias verificadas de sus datos: una en el primer inicio de cada día, una antes de cada actualización o restauración, y una cada vez que usted lo pide. Cada copia se verifica en cuanto se escribe.',
    postgresNote:
      'Sus datos están en una base de datos PostgreSQL. Estas copias de seguridad son copias portátiles de su administración; la copia de seguridad del propio servidor de base de datos sigue siendo tarea de su departamento de informática.',
    readOnly: {
      title: 'Sus datos están abiertos en modo de solo lectura',
      unexplained: 'Capstan no pudo confirmar que sus datos estén en buen estado.',
      withBackup:
        'Restaure la copia de seguridad correcta más reciente, del {{date}} (resaltada abajo), para seguir trabajando.',
      noBackup:
        'Ninguna copia de seguridad ha superado su verificación, así que no hay ninguna que restaurar. Pida a su soporte informático que recupere el archivo de datos.',
      backupDisabled: 'No se puede hacer ninguna copia mientras los datos estén dañados.',
    },
    where: {
      primary: 'Las copias se guardan en',
      second: 'Segunda carpeta de copias',
      none: 'Ninguna',
    },
    backUpNow: 'Hacer una copia ahora',
    backingUp: 'Copiando y verificando…',
    backedUp: 'Copia del {{date}} hecha y verificada.',
    backedUpFailed: 'Copia hecha, pero su verificación falló: {{problem}}',
    copiedToSecond: 'Hay una copia en la segunda carpeta de copias.',
    listHeading: 'Copias de seguridad',
    caption: 'Copias de seguridad, la más reciente primero',
    empty: 'Todavía no hay copias. Elija «Hacer una copia ahora» para hacer la primera.',
    columns: {
      takenAt: 'Fecha',
      reason: 'Motivo',
      size: 'Tamaño',
      check: 'Verificación',
      auditHead: 'Registro de auditoría hasta',
      folder: 'Carpeta',
      actions: 'Acciones',
    },
    reasons: {
      daily: 'Diaria',
      onDemand: 'A petición',
      beforeSchemaUpgrade: 'Antes de una actualización del esquema',
      beforeRestore: 'Antes de una restauración',
      beforePackUpgrade: 'Antes de una actualización de paquete',
      copiedByHand: 'Copiada a mano',
    },
    sizeMb: '{{size}} MB',
    checked: 'Verificada',
    checkedDetail_one: '{{count}} entrada de auditoría verificada',
    checkedDetail_other: '{{count}} entradas de auditoría verificadas',
    checkFailed: 'Falló',
    checkFailedUnexplained: 'La copia no superó su verificación.',
    auditHead: 'n.º {{seq}} · {{hash}}',
    auditHeadLabel: 'Entrada {{seq}}, huella que empieza por {{hash}}',
    emptyTrail: 'Registro vacío',
    folders: {
      primary: 'Este equipo',
      primaryAndSecond: 'Este equipo y segunda carpeta',
      second: 'Segunda carpeta',
      secondFailed: 'No copiada en la segunda carpeta',
    },
    newestGood: 'Copia correcta más reciente',
    restore: 'Restaurar…',
    restoreAction: 'Restaurar la copia del {{date}}',
    restoreBusy: 'Preparando…',
    dialog: {
      title: '¿Restaurar la copia del {{date}}?',
      lost_one:
        'Se perderá el cambio registrado desde el {{date}}; los datos tal como están ahora se guardan en una copia de seguridad.',
      lost_other:
        'Se perderán los {{count}} cambios registrados desde el {{date}}; los datos tal como están ahora se guardan en una copia de seguridad.',
      nothingLost:
        'No se ha registrado ningún cambio desde el {{date}}, así que no se perderá nada; los datos tal como están ahora se guardan en una copia de seguridad.',
      damagedUncounted:
        'No se encontró ningún cambio registrado después del {{date}} en los datos dañados; lo que aún contengan de después de esa fecha se perderá. El archivo dañado se guarda aparte.',
      lastChange: 'El último cambio se registró el {{date}}.',
      explain:
        'Todas las personas que usan esta carpeta de datos verán los datos tal como estaban el {{date}}. La restauración misma queda registrada en el registro de auditoría.',
      confirm: 'Restaurar',
      restoring: 'Restaurando…',
    },
    restored:
      'Se restauró la copia del {{date}}. Los datos anteriores se guardan en una copia de seguridad: {{file}}',
    schedule: {
      heading: 'Calendario y segunda carpeta',
      help: 'Capstan conserva la copia más reciente de cada uno de los últimos días, semanas y meses indicados aquí, y siempre las tres más recientes; las más antiguas se eliminan. Una copia que no superó su verificación nunca ocupa el lugar de una buena.',
      keepDaily: 'Copias diarias conservadas',
      keepWeekly: 'Copias semanales conservadas',
      keepMonthly: 'Copias mensuales conservadas',
      secondFolder: 'Segunda carpeta de copias',
      secondFolderHelp:
        'Una ruta de carpeta completa en otro disco, por ejemplo E:\\Copias Capstan o /media/usb/capstan. Cada copia nueva se copia también allí. Déjela vacía si no hay ninguna.',
      notFullPath:
        'La segunda carpeta de copias debe ser una ruta de carpeta completa (por ejemplo E:\\Copias Capstan o /media/usb/capstan), o quedar vacía.',
      save: 'Guardar el calendario',
      saved: 'Calendario de copias guardado.',
    },
    inputs: {
      keepDaily: 'Copias diarias conservadas',
      keepWeekly: 'Copias semanales conservadas',
      keepMonthly: 'Copias mensuales conservadas',
      secondFolder: 'Segunda carpeta de copias',
      name: 'Copia de seguridad',
      confirm: 'Confirmación',
    },
  },
}
