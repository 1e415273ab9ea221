import type { faultsText as english } from '../en/faults'

/** French text of the banner shown when the data’s disk, folder or database fails. */
export const faultsText: typeof english = {
  faults: {
    title: {
      read_only: 'Capstan ne peut pas enregistrer les modifications',
      disk_full: 'Le disque est plein',
      permission_denied: 'L’accès a été refusé',
      corrupt: 'Le fichier de données est endommagé',
      locked: 'Les données sont occupées',
      unavailable: 'Capstan ne parvient pas à atteindre ses données',
    },
    notifications: {
      label: 'Notifications',
      dismiss: 'Fermer cet avis',
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
  },
}
