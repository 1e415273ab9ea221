import type { appText as english } from '../en/app'

/** French text of the shell: common buttons, navigation, placeholders, errors and field problems. */
export const appText: typeof english = {
  common: {
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    delete: 'Supprimer',
    edit: 'Modifier',
    retry: 'Réessayer',
    remove: 'Retirer',
    up: 'Monter',
    down: 'Descendre',
    loading: 'Chargement…',
    notSet: 'Non renseigné',
    chooseFile: 'Choisir un fichier',
    noFileChosen: 'Aucun fichier choisi',
    counter: '{{count}} caractères sur {{max}}',
    counterOver: '{{count}} caractères sur {{max}} : {{over}} de trop',
    unsavedWarning:
      'Certaines modifications ne sont pas enregistrées. Appuyez de nouveau sur Échap pour les abandonner, ou sur Enregistrer pour les garder.',
    discardQuestion: 'Abandonner les modifications non enregistrées ?',
    filterRows: 'Filtrer les lignes',
    noMatches: 'Aucune ligne ne correspond au filtre.',
  },
  languageNames: { en: 'English', fr: 'Français', es: 'Español' },
  app: {
    name: 'Capstan',
    tagline: 'Programme de renforcement des capacités',
    skipToContent: 'Aller au contenu principal',
    signedInAs: 'Connecté en tant que {{actor}}',
    browserMode: 'Mode navigateur',
    opening: 'Ouverture de Capstan…',
    startFailedTitle: 'Capstan n’a pas pu démarrer',
    startFailedHelp:
      'L’interface n’a pas pu charger les données de votre administration. Réessayez ; si le problème persiste, prévenez votre support informatique en citant le message ci-dessus.',
  },
  nav: {
    label: 'Navigation principale',
    dashboard: 'Tableau de bord',
    assessments: 'Évaluations',
    plan: 'Plan',
    indicators: 'Indicateurs',
    risks: 'Risques',
    integrity: 'Intégrité',
    partners: 'Partenaires',
    documents: 'Documents',
    packs: 'Modèles de contenu',
    audit: 'Journal d’audit',
    settings: 'Paramètres',
  },
  placeholder: {
    notYet: 'Cette vue n’est pas encore disponible dans cette version de Capstan.',
    willHold: 'Quand elle sera prête, elle contiendra :',
    assessments: [
      'Des diagnostics selon un référentiel issu d’un modèle de contenu, avec la maturité actuelle et visée pour chaque élément',
      'Les preuves, constats et recommandations, avec leur priorité et leur horizon',
      'L’analyse des écarts, un graphique radar et la comparaison entre cycles d’évaluation',
    ],
    indicators: [
      'Des indicateurs avec définition, unité, sens d’évolution, valeur de référence, jalons et cible',
      'Les valeurs réelles par période, avec un statut calculé en rouge, orange ou vert',
      'Des courbes de tendance, et une explication chaque fois qu’un indicateur dévie',
    ],
    risks: [
      'Les risques liés aux objectifs et aux projets, cotés sur la matrice des risques de votre modèle de contenu',
      'Les cotations brute et résiduelle, les réponses et les actions de traitement avec responsables et échéances',
      'Une carte de chaleur et l’historique des cotations de chaque risque',
    ],
    integrity: [
      'Une auto-évaluation selon les dix facteurs de la Déclaration d’Arusha révisée, avec preuves',
      'Un plan d’action pour l’intégrité par facteur, avec responsables et indicateurs',
      'Les vagues d’enquêtes de perception par facteur, comparées dans le temps',
    ],
    partners: [
      'Les bailleurs, partenaires de développement et autres parties prenantes',
      'Les bailleurs de chaque projet, les engagements, décaissements et dépenses',
      'Le besoin de financement par objectif et un export au standard d’activité IATI',
    ],
    documents: [
      'Des documents Word pour la direction : rapport d’avancement, plan stratégique, registre des risques, plan pour l’intégrité, rapport d’évaluation et note ministérielle',
      'La mention de classification sur chaque page et un tableau de suivi du document',
      'Les décisions enregistrées sur une version figée et signée, et un rapport des changements depuis la signature',
    ],
    packs: [
      'L’import de modèles de contenu versionnés, avec des erreurs claires et un aperçu des changements',
      'Des référentiels de diagnostic, les facteurs d’intégrité d’Arusha, une bibliothèque d’indicateurs, un catalogue de risques et des modèles de rapports',
      'Des mises à jour qui conservent vos modifications locales, et l’export du modèle propre à votre administration',
    ],
  },
  errors: {
    summaryTitle: 'Il y a un problème',
    validation: 'Certaines saisies doivent être corrigées.',
    conflict:
      'Quelqu’un a modifié cet enregistrement après que vous l’avez ouvert. Fermez ce formulaire pour voir sa version, puis refaites votre modification.',
    not_found: 'Cet enregistrement n’existe plus. Quelqu’un l’a peut-être supprimé.',
    unauthorized:
      'Cette page a perdu sa clé d’accès. Rouvrez Capstan avec le lien affiché au démarrage du mode navigateur.',
    forbidden: 'Capstan a refusé cette demande.',
    too_large: 'C’est plus volumineux que ce que Capstan accepte.',
    unknown_channel: 'Cette version de Capstan ne sait pas encore faire cela.',
    internal:
      'Capstan n’a pas pu terminer et n’a rien modifié. Réessayez ; si cela se reproduit, prévenez votre support informatique.',
    loadFailed: 'Ces informations n’ont pas pu être chargées.',
    read_only:
      'Capstan ne peut pas enregistrer de modification pour l’instant : les données sont ouvertes en lecture seule. Rien n’a été modifié.',
    disk_full:
      'Le disque qui contient les données de Capstan est plein. Libérez de l’espace et réessayez ; rien n’a été modifié.',
    permission_denied:
      'Votre compte n’a pas le droit d’utiliser un fichier dont Capstan a besoin. Demandez l’accès à votre support informatique ; rien n’a été modifié.',
    corrupt:
      'Le fichier de données de Capstan est endommagé. Restaurez la sauvegarde saine la plus récente dans Paramètres → Sécurité des données ; rien n’a été modifié.',
    locked:
      'Les données de Capstan sont occupées par une autre fenêtre ou commande. Réessayez dans un instant ; rien n’a été modifié.',
    unavailable:
      'Capstan ne parvient pas à atteindre ses données. Vérifiez le disque ou le réseau, puis réessayez.',
  },
  problems: {
    required: '{{field}} : ce champ est obligatoire.',
    too_short: '{{field}} : au moins {{min}} entrées sont nécessaires.',
    too_long: '{{field}} : ce texte est trop long, {{max}} caractères au maximum.',
    too_small: '{{field}} : la valeur doit être d’au moins {{min}}.',
    too_big: '{{field}} : la valeur doit être d’au plus {{max}}.',
    not_allowed: '{{field}} : choisissez l’une des options proposées.',
    wrong_type: '{{field}} : le type de valeur est incorrect.',
    unknown_field: 'Capstan ne connaît pas le champ « {{field}} ».',
    duplicate: '{{field}} : la même entrée figure deux fois.',
    byField: {
      code: {
        duplicate: 'Ce code est déjà utilisé par un autre objectif. Choisissez un autre code.',
        invalid:
          'Le code ne peut contenir que des lettres, des chiffres, des points, des tirets et des tirets bas, et doit commencer par une lettre ou un chiffre.',
      },
      currency: {
        invalid: 'La monnaie doit être un code à trois lettres comme EUR, USD ou XOF.',
        required: 'La monnaie doit être un code à trois lettres comme EUR, USD ou XOF.',
      },
      classifications: {
        too_short: 'Ajoutez au moins une mention de classification.',
        too_long: 'Utilisez au plus {{max}} mentions de classification.',
        duplicate: 'La même mention de classification figure deux fois.',
      },
      workingLanguages: { too_short: 'Choisissez au moins une langue de travail.' },
      signatories: { too_long: 'Ajoutez au plus {{max}} signataires.' },
    },
  },
}
