import type { ReportColumnId, ReportFigureId, ReportSectionId, ReportTableId } from './report-period';

/**
 * The activity report's names in French: the web's interface text (i18n `report.*`) and the PDF the API prints
 * (decision 0044) read them from here, so that the page and the PDF name each figure and table alike.
 */
export const REPORT_LABELS_FR: {
  sections: Record<ReportSectionId, string>;
  figures: Record<ReportFigureId, string>;
  tables: Record<ReportTableId, string>;
  columns: Record<ReportColumnId, string>;
} = {
  sections: {
    fieldWork: 'Ateliers sur le terrain',
    library: 'Bibliothèque',
    meetings: 'Rencontres',
    network: 'Réseau',
    equipment: 'Équipement',
  },
  figures: {
    debriefs: 'Ateliers débriefés',
    participants: 'Participant·es touché·es',
    parentsPresentShare: 'Ateliers avec des parents présents',
    averageRating: 'Note moyenne',
    resourcesShared: 'Ressources partagées',
    contributors: 'Contributeur·rices',
    comments: 'Commentaires',
    reactions: 'Réactions',
    bookmarks: 'Ressources mises en favori',
    views: 'Consultations de ressources',
    eventsHeld: 'Rencontres tenues',
    attendance: 'Participations annoncées (« oui »)',
    readingLists: 'Listes de lecture préparées',
    itemsReadShare: 'Part des lectures faites par les participant·es',
    membersAtStart: 'Membres en début de période',
    membersAtEnd: 'Membres en fin de période',
    newMembers: 'Nouveaux membres',
    activeMembers: 'Membres actifs',
    organisationsAtStart: 'Structures en début de période',
    organisationsAtEnd: 'Structures en fin de période',
    newOrganisations: 'Nouvelles structures',
    activeOrganisations: 'Structures actives',
    priorityOrganisationsReached: 'Structures en quartier prioritaire touchées',
    loans: 'Prêts de malles',
    daysLent: 'Jours de prêt',
  },
  tables: {
    fieldWorkByMonth: 'Participant·es par mois',
    fieldWorkByAgeBand: 'Participant·es par tranche d’âge',
    fieldWorkByOrganisation: 'Ateliers par structure',
    fieldWorkByTheme: 'Ateliers par thème',
    mostUsedTools: 'Les dix outils les plus utilisés',
    bestRatedTools: 'Les dix outils les mieux notés (au moins 3 débriefs)',
    resourcesByType: 'Ressources partagées par type',
    resourcesByTheme: 'Ressources partagées par thème',
    resourcesByAudience: 'Ressources partagées par public',
    contributionsByOrganisation: 'Contributions des structures',
    mostConsulted: 'Les ressources les plus consultées',
    mostBookmarked: 'Les ressources les plus mises en favori',
    mostLentKits: 'Malles les plus prêtées',
    loansByOwner: 'Prêts par structure propriétaire',
  },
  columns: {
    debriefs: 'Ateliers',
    participants: 'Participant·es',
    averageRating: 'Note moyenne',
    resources: 'Ressources',
    contributors: 'Contributeur·rices',
    views: 'Consultations',
    bookmarks: 'Favoris',
    loans: 'Prêts',
    daysLent: 'Jours de prêt',
  },
};
