/** English text of the shell: common buttons, navigation, placeholders, errors and field problems (the reference every other language follows). */
export const appText = {
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    retry: 'Try again',
    remove: 'Remove',
    up: 'Up',
    down: 'Down',
    loading: 'Loading…',
    notSet: 'Not set',
    chooseFile: 'Choose a file',
    noFileChosen: 'No file chosen',
    counter: '{{count}} of {{max}} characters',
    counterOver: '{{count}} of {{max}} characters: {{over}} too many',
    unsavedWarning:
      'You have changes that are not saved. Press Escape again to discard them, or Save to keep them.',
    discardQuestion: 'Discard the changes you have not saved?',
    filterRows: 'Filter rows',
    noMatches: 'No rows match the filter.',
  },
  languageNames: { en: 'English', fr: 'Français', es: 'Español' },
  app: {
    name: 'Capstan',
    tagline: 'Capacity-building programme',
    skipToContent: 'Skip to main content',
    signedInAs: 'Signed in as {{actor}}',
    browserMode: 'Browser mode',
    opening: 'Opening Capstan…',
    startFailedTitle: 'Capstan could not start',
    startFailedHelp:
      'The interface could not load your administration’s data. Try again; if the problem stays, tell your IT support and quote the message above.',
  },
  nav: {
    label: 'Main navigation',
    dashboard: 'Dashboard',
    assessments: 'Assessments',
    plan: 'Plan',
    indicators: 'Indicators',
    risks: 'Risks',
    integrity: 'Integrity',
    partners: 'Partners',
    documents: 'Documents',
    packs: 'Template packs',
    audit: 'Audit log',
    settings: 'Settings',
  },
  placeholder: {
    notYet: 'This view is not available yet in this version of Capstan.',
    willHold: 'When it is ready, it will hold:',
    assessments: [
      'Diagnostics against a framework from a template pack, with current and target maturity per item',
      'Evidence, findings and recommendations with priority and horizon',
      'Gap analysis, a radar chart and comparison between assessment cycles',
    ],
    indicators: [
      'Indicators with definition, unit, direction, baseline, milestones and target',
      'Actual values per period, with a status computed as red, amber or green',
      'Trend charts, and an explanation whenever an indicator is off track',
    ],
    risks: [
      'Risks linked to objectives and projects, rated on the risk matrix of your template pack',
      'Inherent and residual ratings, responses and treatment actions with owners and due dates',
      'A heat map and the history of each risk’s ratings',
    ],
    integrity: [
      'A self-assessment against the ten factors of the Revised Arusha Declaration, with evidence',
      'An integrity action plan per factor, with owners and indicators',
      'Perception-survey waves per factor, compared over time',
    ],
    partners: [
      'Donors, development partners and other stakeholders',
      'Each project’s funders, commitments, disbursements and spending',
      'The funding gap per objective and an export in the IATI activity standard',
    ],
    documents: [
      'Word documents for leadership: status report, strategic plan, risk register, integrity plan, assessment report and ministerial submission',
      'The classification marking on every page and a document control table',
      'Decisions recorded against a signed snapshot, and a report of what changed since signature',
    ],
    packs: [
      'Import of versioned packs of standard content, with clear errors and a preview of changes',
      'Diagnostic frameworks, the Arusha integrity factors, a KPI library, a risk catalogue and report templates',
      'Upgrades that keep your local edits, and an export of your administration’s own pack',
    ],
  },
  errors: {
    summaryTitle: 'There is a problem',
    validation: 'Some entries need correcting.',
    conflict:
      'Someone changed this record after you opened it. Close this form to see their version, then make your change again.',
    not_found: 'This record no longer exists. Someone may have deleted it.',
    unauthorized:
      'This page has lost its access key. Open Capstan again using the link that was printed when browser mode started.',
    forbidden: 'Capstan refused this request.',
    too_large: 'This is larger than Capstan accepts.',
    unknown_channel: 'This version of Capstan cannot do that yet.',
    internal:
      'Capstan could not complete this and changed nothing. Try again; if it keeps happening, tell your IT support.',
    loadFailed: 'This information could not be loaded.',
    read_only:
      'Capstan cannot save changes at the moment: the data is open read-only. Nothing was changed.',
    disk_full:
      'The disk holding Capstan’s data is full. Free some space and try again; nothing was changed.',
    permission_denied:
      'Your account is not allowed to use a file Capstan needs. Ask IT for access; nothing was changed.',
    corrupt:
      'Capstan’s data file is damaged. Restore the newest good backup in Settings → Data safety; nothing was changed.',
    locked:
      'Capstan’s data is busy with another window or command. Try again in a moment; nothing was changed.',
    unavailable: 'Capstan cannot reach its data. Check the drive or the network, then try again.',
  },
  problems: {
    required: '{{field}} is required.',
    too_short: '{{field}} needs at least {{min}} entries.',
    too_long: '{{field}} is too long: at most {{max}} characters.',
    too_small: '{{field}} must be {{min}} or more.',
    too_big: '{{field}} must be {{max}} or less.',
    not_allowed: '{{field}} must be one of the offered choices.',
    wrong_type: '{{field}} has the wrong kind of value.',
    unknown_field: 'Capstan does not know the field “{{field}}”.',
    duplicate: '{{field}} lists the same entry twice.',
    byField: {
      code: {
        duplicate: 'This code is already used by another objective. Choose a different code.',
        invalid:
          'Code may only contain letters, digits, dots, dashes and underscores, starting with a letter or digit.',
      },
      currency: {
        invalid: 'Currency must be a three-letter code such as EUR, USD or XOF.',
        required: 'Currency must be a three-letter code such as EUR, USD or XOF.',
      },
      classifications: {
        too_short: 'Add at least one classification marking.',
        too_long: 'Use at most {{max}} classification markings.',
        duplicate: 'The same classification marking is listed twice.',
      },
      workingLanguages: { too_short: 'Choose at least one working language.' },
      signatories: { too_long: 'Add at most {{max}} signatories.' },
    },
  },
}
