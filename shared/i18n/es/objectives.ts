import type { objectivesText as english } from '../en/objectives'

/** Spanish text of strategic objectives. */
export const objectivesText: typeof english = {
  objectives: {
    title: 'Objetivos estratégicos',
    intro:
      'Los objetivos estratégicos de su plan de fortalecimiento de capacidades. La visión, la misión, el marco lógico y los proyectos se sumarán a ellos en el plan.',
    new: 'Nuevo objetivo',
    newTitle: 'Nuevo objetivo',
    editTitle: 'Editar el objetivo {{code}}',
    caption: 'Objetivos estratégicos',
    empty: 'Todavía no hay objetivos estratégicos. Elija «Nuevo objetivo» para añadir el primero.',
    columns: {
      code: 'Código',
      title: 'Título',
      owner: 'Responsable',
      status: 'Estado',
      actions: 'Acciones',
    },
    fields: {
      id: 'Objetivo',
      version: 'Versión',
      code: 'Código',
      title: 'Título',
      description: 'Descripción',
      owner: 'Responsable',
      status: 'Estado',
    },
    codeHelp: 'Una referencia corta como OE1 o 2.3.',
    ownerHelp: 'La persona o unidad responsable, por ejemplo Director de Procedimientos Aduaneros.',
    statuses: {
      draft: 'Borrador',
      active: 'Activo',
      on_hold: 'En pausa',
      completed: 'Completado',
      cancelled: 'Cancelado',
    },
    editAction: 'Editar {{code}}',
    deleteAction: 'Eliminar {{code}}',
    deleteTitle: '¿Eliminar el objetivo?',
    deleteQuestion: '¿Eliminar el objetivo {{code}} «{{title}}»?',
    deleteExplanation:
      'Desaparece del plan. Su última versión se conserva en el registro de auditoría, que no se puede modificar.',
    created: 'Objetivo {{code}} creado.',
    updated: 'Objetivo {{code}} guardado.',
    deleted: 'Objetivo {{code}} eliminado.',
    inputs: {
      assumptions: 'Supuestos',
    },
  },
}
