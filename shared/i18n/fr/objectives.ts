import type { objectivesText as english } from '../en/objectives'

/** French text of strategic objectives. */
export const objectivesText: typeof english = {
  objectives: {
    title: 'Objectifs stratégiques',
    intro:
      'Les objectifs stratégiques de votre plan de renforcement des capacités. La vision, la mission, le cadre logique et les projets les rejoindront dans le plan.',
    new: 'Nouvel objectif',
    newTitle: 'Nouvel objectif',
    editTitle: 'Modifier l’objectif {{code}}',
    caption: 'Objectifs stratégiques',
    empty:
      'Aucun objectif stratégique pour l’instant. Choisissez « Nouvel objectif » pour ajouter le premier.',
    columns: {
      code: 'Code',
      title: 'Intitulé',
      owner: 'Responsable',
      status: 'Statut',
      actions: 'Actions',
    },
    fields: {
      id: 'Objectif',
      version: 'Version',
      code: 'Code',
      title: 'Intitulé',
      description: 'Description',
      owner: 'Responsable',
      status: 'Statut',
    },
    codeHelp: 'Une référence courte comme OS1 ou 2.3.',
    ownerHelp:
      'La personne ou l’unité responsable, par exemple Directeur des procédures douanières.',
    statuses: {
      draft: 'Brouillon',
      active: 'Actif',
      on_hold: 'Suspendu',
      completed: 'Achevé',
      cancelled: 'Annulé',
    },
    editAction: 'Modifier {{code}}',
    deleteAction: 'Supprimer {{code}}',
    deleteTitle: 'Supprimer l’objectif ?',
    deleteQuestion: 'Supprimer l’objectif {{code}} « {{title}} » ?',
    deleteExplanation:
      'Il disparaît du plan. Sa dernière version reste dans le journal d’audit, qui ne peut pas être modifié.',
    created: 'Objectif {{code}} créé.',
    updated: 'Objectif {{code}} enregistré.',
    deleted: 'Objectif {{code}} supprimé.',
    inputs: {
      assumptions: 'Hypothèses',
    },
  },
}
