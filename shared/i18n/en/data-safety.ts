/** English text of Settings → Data safety (the reference every other language follows). */
export const dataSafetyText = {
  dataSafety: {
    heading: 'Data safety',
    intro:
      'Capstan keeps checked copies of your data: one at the first start of each day, one before every upgrade or restore, and one whenever you ask. Each copy is checked as soon as it is written.',
    postgresNote:
      'Your data is in a PostgreSQL database. These backups are portable copies of your administration; backing up the database server itself remains the job of your IT department.',
    readOnly: {
      title: 'Your data is open read-only',
      unexplained: 'Capstan could not confirm that your data is sound.',
      withBackup:
        'Restore the newest good backup, taken on {{date}} (highlighted below), to continue working.',
      noBackup:
        'No backup has passed its check, so there is none to restore. Ask your IT support to recover the data file.',
      backupDisabled: 'No backup can be taken while the data is damaged.',
    },
    where: { primary: 'Backups are kept in', second: 'Second backup folder', none: 'None' },
    backUpNow: 'Back up now',
    backingUp: 'Backing up and checking…',
    backedUp: 'Backup of {{date}} taken and checked.',
    backedUpFailed: 'Backup taken, but its check failed: {{problem}}',
    copiedToSecond: 'A copy is in the second backup folder.',
    listHeading: 'Backups',
    caption: 'Backups, newest first',
    empty: 'No backup yet. Choose “Back up now” to take the first one.',
    columns: {
      takenAt: 'Taken',
      reason: 'Reason',
      size: 'Size',
      check: 'Check',
      auditHead: 'Audit trail up to',
      folder: 'Folder',
      actions: 'Actions',
    },
    reasons: {
      daily: 'Daily',
      onDemand: 'On demand',
      beforeSchemaUpgrade: 'Before a schema upgrade',
      beforeRestore: 'Before a restore',
      beforePackUpgrade: 'Before a pack upgrade',
      copiedByHand: 'Copied by hand',
    },
    sizeMb: '{{size}} MB',
    checked: 'Checked',
    checkedDetail_one: '{{count}} audit entry verified',
    checkedDetail_other: '{{count}} audit entries verified',
    checkFailed: 'Failed',
    checkFailedUnexplained: 'The copy did not pass its check.',
    auditHead: '#{{seq}} · {{hash}}',
    auditHeadLabel: 'Entry {{seq}}, hash beginning {{hash}}',
    emptyTrail: 'Empty trail',
    folders: {
      primary: 'This computer',
      primaryAndSecond: 'This computer and second folder',
      second: 'Second folder',
      secondFailed: 'Not copied to the second folder',
    },
    newestGood: 'Newest good backup',
    restore: 'Restore…',
    restoreAction: 'Restore the backup of {{date}}',
    restoreBusy: 'Preparing…',
    dialog: {
      title: 'Restore the backup of {{date}}?',
      lost_one:
        'The {{count}} change recorded since {{date}} will be lost; the data as it is now is kept as a safety copy.',
      lost_other:
        'The {{count}} changes recorded since {{date}} will be lost; the data as it is now is kept as a safety copy.',
      nothingLost:
        'No change has been recorded since {{date}}, so nothing will be lost; the data as it is now is kept as a safety copy.',
      damagedUncounted:
        'No change recorded after {{date}} could be found in the damaged data; whatever it still holds from after that time will be lost. The damaged file is kept aside as a copy.',
      lastChange: 'The last change was recorded on {{date}}.',
      explain:
        'Everyone using this data folder will see the data as it was on {{date}}. The restore itself is recorded in the audit trail.',
      confirm: 'Restore',
      restoring: 'Restoring…',
    },
    restored:
      'Restored the backup of {{date}}. The data as it was before is kept as a safety copy: {{file}}',
    schedule: {
      heading: 'Schedule and second folder',
      help: 'Capstan keeps the newest backup of each of the last days, weeks and months set here, and always the three newest; older ones are deleted. A backup that failed its check never takes the place of a good one.',
      keepDaily: 'Daily backups kept',
      keepWeekly: 'Weekly backups kept',
      keepMonthly: 'Monthly backups kept',
      secondFolder: 'Second backup folder',
      secondFolderHelp:
        'A full folder path on another drive, for example E:\\Capstan backups or /media/usb/capstan. Every new backup is copied there too. Leave empty for none.',
      notFullPath:
        'Second backup folder must be a full folder path (for example E:\\Capstan backups or /media/usb/capstan), or empty.',
      save: 'Save schedule',
      saved: 'Backup schedule saved.',
    },
    inputs: {
      keepDaily: 'Daily backups kept',
      keepWeekly: 'Weekly backups kept',
      keepMonthly: 'Monthly backups kept',
      secondFolder: 'Second backup folder',
      name: 'Backup',
      confirm: 'Confirmation',
    },
  },
}
