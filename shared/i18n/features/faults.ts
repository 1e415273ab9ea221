import type { FeatureText } from './feature-text'

// The banner shown when the data's disk, folder or database fails. The backend's own sentence
// (which names the file and says what to do) follows the title.

/** English text of the fault banner (the reference for the other languages). */
const faultsEn = {
  title: {
    read_only: 'Capstan cannot save changes',
    disk_full: 'The disk is full',
    permission_denied: 'Access was refused',
    corrupt: 'The data file is damaged',
    locked: 'The data is busy',
    unavailable: 'Capstan cannot reach its data',
  },
  dismiss: 'Dismiss',
  openDataSafety: 'Open Settings → Data safety',
  readOnly: {
    title: 'Your data is open read-only',
    unexplained: 'Capstan could not confirm that your data is sound.',
    consequence: 'You can read everything, but no change can be saved until this is resolved.',
    newestBackup: 'The newest good backup was taken on {{date}}.',
    restore: 'Restore it in Settings → Data safety',
  },
}

const faultsFr: typeof faultsEn = {
  title: {
    read_only: 'Capstan ne peut pas enregistrer les modifications',
    disk_full: 'Le disque est plein',
    permission_denied: 'L’accès a été refusé',
    corrupt: 'Le fichier de données est endommagé',
    locked: 'Les données sont occupées',
    unavailable: 'Capstan ne parvient pas à atteindre ses données',
  },
  dismiss: 'Fermer',
  openDataSafety: 'Ouvrir Paramètres → Sécurité des données',
  readOnly: {
    title: 'Vos données sont ouvertes en lecture seule',
    unexplained: 'Capstan n’a pas pu vérifier que vos données sont saines.',
    consequence:
      'Vous pouvez tout consulter, mais aucune modification ne peut être enregistrée tant que le problème n’est pas résolu.',
    newestBackup: 'La sauvegarde saine la plus récente date du {{date}}.',
    restore: 'La restaurer dans Paramètres → Sécurité des données',
  },
}

const faultsEs: typeof faultsEn = {
  title: {
    read_only: 'Capstan no puede guardar cambios',
    disk_full: 'El disco está lleno',
    permission_denied: 'Se denegó el acceso',
    corrupt: 'El archivo de datos está dañado',
    locked: 'Los datos están ocupados',
    unavailable: 'Capstan no puede acceder a sus datos',
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
}

/** The fault banner's text under the key `faults`. */
export const faultsText: FeatureText = {
  en: { faults: faultsEn },
  fr: { faults: faultsFr },
  es: { faults: faultsEs },
}
