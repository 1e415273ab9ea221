import type { dataSafetyText as english } from '../en/data-safety'

/** French text of Settings → Data safety. */
export const dataSafetyText: typeof english = {
  dataSafety: {
    heading: 'Sécurité des données',
    intro:
      'Capstan conserve des copies vérifiées de vos données : une au premier démarrage de chaque jour, une avant chaque mise à niveau ou restauration, et une chaque fois que vous le demandez. Chaque copie est vérifiée dès qu’elle est écrite.',
    postgresNote:
      'Vos données sont dans une base PostgreSQL. Ces sauvegardes sont des copies portables de votre administration ; la sauvegarde du serveur de base de données lui-même reste la tâche de votre service informatique.',
    readOnly: {
      title: 'Vos données sont ouvertes en lecture seule',
      unexplained: 'Capstan n’a pas pu vérifier que vos données sont saines.',
      withBackup:
        'Restaurez la sauvegarde saine la plus récente, du {{date}} (mise en évidence ci-dessous), pour reprendre le travail.',
      noBackup:
        'Aucune sauvegarde n’a réussi sa vérification : il n’y en a aucune à restaurer. Demandez à votre support informatique de récupérer le fichier de données.',
      backupDisabled: 'Aucune sauvegarde ne peut être faite tant que les données sont endommagées.',
    },
    where: {
      primary: 'Les sauvegardes sont conservées dans',
      second: 'Second dossier de sauvegarde',
      none: 'Aucun',
    },
    backUpNow: 'Sauvegarder maintenant',
    backingUp: 'Sauvegarde et vérification…',
    backedUp: 'Sauvegarde du {{date}} faite et vérifiée.',
    backedUpFailed: 'Sauvegarde faite, mais sa vérification a échoué : {{problem}}',
    copiedToSecond: 'Une copie se trouve dans le second dossier de sauvegarde.',
    listHeading: 'Sauvegardes',
    caption: 'Sauvegardes, la plus récente en premier',
    empty:
      'Aucune sauvegarde pour l’instant. Choisissez « Sauvegarder maintenant » pour faire la première.',
    columns: {
      takenAt: 'Date',
      reason: 'Motif',
      size: 'Taille',
      check: 'Vérification',
      auditHead: 'Journal d’audit jusqu’à',
      folder: 'Dossier',
      actions: 'Actions',
    },
    reasons: {
      daily: 'Quotidienne',
      onDemand: 'À la demande',
      beforeSchemaUpgrade: 'Avant une mise à niveau du schéma',
      beforeRestore: 'Avant une restauration',
      beforePackUpgrade: 'Avant une mise à niveau de modèle',
      copiedByHand: 'Copiée à la main',
    },
    sizeMb: '{{size}} Mo',
    checked: 'Vérifiée',
    checkedDetail_one: '{{count}} entrée d’audit vérifiée',
    checkedDetail_other: '{{count}} entrées d’audit vérifiées',
    checkFailed: 'Échec',
    checkFailedUnexplained: 'La copie n’a pas réussi sa vérification.',
    auditHead: 'n° {{seq}} · {{hash}}',
    auditHeadLabel: 'Entrée {{seq}}, empreinte commençant par {{hash}}',
    emptyTrail: 'Journal vide',
    folders: {
      primary: 'Cet ordinateur',
      primaryAndSecond: 'Cet ordinateur et second dossier',
      second: 'Second dossier',
      secondFailed: 'Non copiée dans le second dossier',
    },
    newestGood: 'Sauvegarde saine la plus récente',
    restore: 'Restaurer…',
    restoreAction: 'Restaurer la sauvegarde du {{date}}',
    restoreBusy: 'Préparation…',
    dialog: {
      title: 'Restaurer la sauvegarde du {{date}} ?',
      lost_one:
        'La modification enregistrée depuis le {{date}} sera perdue ; les données actuelles sont conservées dans une copie de sécurité.',
      lost_other:
        'Les {{count}} modifications enregistrées depuis le {{date}} seront perdues ; les données actuelles sont conservées dans une copie de sécurité.',
      nothingLost:
        'Aucune modification n’a été enregistrée depuis le {{date}} : rien ne sera perdu ; les données actuelles sont conservées dans une copie de sécurité.',
      damagedUncounted:
        'Aucune modification enregistrée après le {{date}} n’a été trouvée dans les données endommagées ; ce qu’elles contiennent encore d’après cette date sera perdu. Le fichier endommagé est mis de côté.',
      lastChange: 'La dernière modification date du {{date}}.',
      explain:
        'Toutes les personnes qui utilisent ce dossier de données verront les données telles qu’elles étaient le {{date}}. La restauration elle-même est enregistrée dans le journal d’audit.',
      confirm: 'Restaurer',
      restoring: 'Restauration…',
    },
    restored:
      'La sauvegarde du {{date}} a été restaurée. Les données d’avant sont conservées dans une copie de sécurité : {{file}}',
    schedule: {
      heading: 'Calendrier et second dossier',
      help: 'Capstan conserve la sauvegarde la plus récente de chacun des derniers jours, semaines et mois indiqués ici, et toujours les trois plus récentes ; les plus anciennes sont supprimées. Une sauvegarde qui a échoué à sa vérification ne prend jamais la place d’une bonne.',
      keepDaily: 'Sauvegardes quotidiennes conservées',
      keepWeekly: 'Sauvegardes hebdomadaires conservées',
      keepMonthly: 'Sauvegardes mensuelles conservées',
      secondFolder: 'Second dossier de sauvegarde',
      secondFolderHelp:
        'Un chemin de dossier complet sur un autre disque, par exemple E:\\Sauvegardes Capstan ou /media/usb/capstan. Chaque nouvelle sauvegarde y est aussi copiée. Laissez vide pour aucun.',
      notFullPath:
        'Le second dossier de sauvegarde doit être un chemin de dossier complet (par exemple E:\\Sauvegardes Capstan ou /media/usb/capstan), ou rester vide.',
      save: 'Enregistrer le calendrier',
      saved: 'Calendrier des sauvegardes enregistré.',
    },
    inputs: {
      keepDaily: 'Sauvegardes quotidiennes conservées',
      keepWeekly: 'Sauvegardes hebdomadaires conservées',
      keepMonthly: 'Sauvegardes mensuelles conservées',
      secondFolder: 'Second dossier de sauvegarde',
      name: 'Sauvegarde',
      confirm: 'Confirmation',
    },
  },
}
