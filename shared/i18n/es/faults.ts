import type { faultsText as english } from '../en/faults'

/** Spanish text of the banner shown when the data’s disk, folder or database fails. */
export const faultsText: typeof english = {
  faults: {
    title: {
      read_only: 'Capstan no puede guardar cambios',
      disk_full: 'El disco está lleno',
      permission_denied: 'Se denegó el acceso',
      corrupt: 'El archivo de datos está dañado',
      locked: 'Los datos están ocupados',
      unavailable: 'Capstan no puede acceder a sus datos',
    },
    notifications: {
      label: 'Avisos',
      dismiss: 'Cerrar este aviso',
    },
    dismiss: 'Cerrar',
    openDataSafety: 'Abrir Configuración → Seguridad de los datos',
    readOnly: {
      title: 'Sus datos están abiertos en modo de solo lectura',
      unexplained: 'Capstan no pudo confirmar que sus datos estén en buen estado.',
      consequence:
        'Puede consultarlo todo, pero no se puede guardar ningún cambio hasta que se resuelva.',
      newestBackup: 'La copia de seguridad correcta más reciente es del {{date}}.',
      restore: 'Restaurarla en Configuración → Seguridad de los datos',
    },
  },
}
