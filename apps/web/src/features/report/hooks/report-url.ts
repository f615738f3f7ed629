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

/** The API's address of the report's PDF: the page's own parameters, or the share link's token. */
export function reportPdfPath(source: { choice: ReportChoice } | { token: string }): string {
  if ('token' in source) return `/rapport/export.pdf?${new URLSearchParams({ partage: source.token }).toString()}`;
  const search = searchFromChoice({ ...source.choice, preset: 'custom' });
  return `/rapport/export.pdf?${search.toString()}`;
}
