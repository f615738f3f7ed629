import { presetPeriod, type ReportPeriod, type ReportPreset } from '@culture-commune/shared';

/** The report's question as the page's address keeps it (`/rapport?periode=annee&theme=…`), so it can be bookmarked. */
export interface ReportChoice {
  preset: ReportPreset;
  period: ReportPeriod;
  themeSlug: string;
  organisationSlug: string;
  audienceSlug: string;
  priorityNeighbourhood: boolean;
}

const PRESET_PARAMS: Record<ReportPreset, string> = {
  last12Months: '12-mois',
  thisYear: 'cette-annee',
  lastYear: 'an-dernier',
  custom: 'personnalisee',
};

/** Today in Paris (YYYY-MM-DD): the network's day, whatever the browser's time zone. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

export function choiceFromSearch(search: URLSearchParams, today: string): ReportChoice {
  const preset =
    (Object.entries(PRESET_PARAMS).find(([, param]) => param === search.get('periode'))?.[0] as ReportPreset) ??
    'last12Months';
  const period =
    preset === 'custom' ? { from: search.get('du') ?? '', to: search.get('au') ?? '' } : presetPeriod(preset, today);
  return {
    preset,
    period,
    themeSlug: search.get('theme') ?? '',
    organisationSlug: search.get('structure') ?? '',
    audienceSlug: search.get('public') ?? '',
    priorityNeighbourhood: search.get('qpv') === '1',
  };
}

export function searchFromChoice(choice: ReportChoice): URLSearchParams {
  const search = new URLSearchParams();
  if (choice.preset !== 'last12Months') search.set('periode', PRESET_PARAMS[choice.preset]);
  if (choice.preset === 'custom') {
    search.set('du', choice.period.from);
    search.set('au', choice.period.to);
  }
  if (choice.themeSlug) search.set('theme', choice.themeSlug);
  if (choice.organisationSlug) search.set('structure', choice.organisationSlug);
  if (choice.audienceSlug) search.set('public', choice.audienceSlug);
  if (choice.priorityNeighbourhood) search.set('qpv', '1');
  return search;
}

/** The API's input for a choice. */
export function reportInput(choice: ReportChoice) {
  return {
    from: choice.period.from,
    to: choice.period.to,
    filters: {
      themeSlug: choice.themeSlug || null,
      organisationSlug: choice.organisationSlug || null,
      audienceSlug: choice.audienceSlug || null,
      priorityNeighbourhood: choice.priorityNeighbourhood,
    },
  };
}

/** Which report an export asks for: the page's own question, or a share link's. */
export type ReportSource = { choice: ReportChoice } | { token: string };

/** The whole report's exports the API makes: printed (PDF) or as a spreadsheet (ODS, one sheet per table). */
export type ReportExportFormat = 'pdf' | 'ods';

/** The API's address of the report's export: the page's own parameters, or the share link's token. */
export function reportExportPath(source: ReportSource, format: ReportExportFormat): string {
  const path = `/rapport/export.${format}`;
  if ('token' in source) return `${path}?${new URLSearchParams({ partage: source.token }).toString()}`;
  const search = searchFromChoice({ ...source.choice, preset: 'custom' });
  return `${path}?${search.toString()}`;
}
