import type { ReportTableId } from '@culture-commune/shared';

/**
 * Each table's sheet in the ODS export: its page title shortened to the 31 characters a spreadsheet tab may hold (the
 * full title heads the sheet).
 */
export const REPORT_SHEET_NAMES_FR: Record<ReportTableId, string> = {
  fieldWorkByMonth: 'Participant·es par mois',
  fieldWorkByAgeBand: 'Participant·es par âge',
  fieldWorkByOrganisation: 'Ateliers par structure',
  fieldWorkByTheme: 'Ateliers par thème',
  mostUsedTools: 'Outils les plus utilisés',
  bestRatedTools: 'Outils les mieux notés',
  resourcesByType: 'Ressources par type',
  resourcesByTheme: 'Ressources par thème',
  resourcesByAudience: 'Ressources par public',
  contributionsByOrganisation: 'Contributions des structures',
  mostConsulted: 'Ressources les plus consultées',
  mostBookmarked: 'Ressources les plus en favori',
  mostLentKits: 'Malles les plus prêtées',
  loansByOwner: 'Prêts par structure',
};

export const SUMMARY_SHEET = 'Synthèse';
