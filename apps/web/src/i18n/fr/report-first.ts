/** The report's entry in the account menu (the report itself in report.ts). */
export const report = {
  report: {
    nav: 'Rapport',
  },
};
