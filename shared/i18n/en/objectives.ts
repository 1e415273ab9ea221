/** English text of strategic objectives (the reference every other language follows). */
export const objectivesText = {
  objectives: {
    title: 'Strategic objectives',
    intro:
      'The strategic objectives of your capacity-building plan. The vision, mission, logframe and projects will join them in the plan.',
    new: 'New objective',
    newTitle: 'New objective',
    editTitle: 'Edit objective {{code}}',
    caption: 'Strategic objectives',
    empty: 'No strategic objectives yet. Choose “New objective” to add the first one.',
    columns: { code: 'Code', title: 'Title', owner: 'Owner', status: 'Status', actions: 'Actions' },
    fields: {
      id: 'Objective',
      version: 'Version',
      code: 'Code',
      title: 'Title',
      description: 'Description',
      owner: 'Owner',
      status: 'Status',
    },
    codeHelp: 'A short reference such as SO1 or 2.3.',
    ownerHelp: 'The person or unit responsible, for example Director, Customs Procedures.',
    statuses: {
      draft: 'Draft',
      active: 'Active',
      on_hold: 'On hold',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    editAction: 'Edit {{code}}',
    deleteAction: 'Delete {{code}}',
    deleteTitle: 'Delete objective?',
    deleteQuestion: 'Delete objective {{code}} “{{title}}”?',
    deleteExplanation:
      'It disappears from the plan. Its last version stays in the audit log, which cannot be edited.',
    created: 'Objective {{code}} created.',
    updated: 'Objective {{code}} saved.',
    deleted: 'Objective {{code}} deleted.',
    inputs: {
      assumptions: 'Assumptions',
    },
  },
}
