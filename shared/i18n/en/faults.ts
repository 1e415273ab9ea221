/** English text of the banner shown when the data’s disk, folder or database fails (the reference every other language follows). */
export const faultsText = {
  faults: {
    title: {
      read_only: 'Capstan cannot save changes',
      disk_full: 'The disk is full',
      permission_denied: 'Access was refused',
      corrupt: 'The data file is damaged',
      locked: 'The data is busy',
      unavailable: 'Capstan cannot reach its data',
    },
    notifications: {
      label: 'Notifications',
      dismiss: 'Dismiss this notice',
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
  },
}
