import { useQuery } from '@apollo/client/react';
import type { ReportPreset } from '@culture-commune/shared';
import { presetPeriod } from '@culture-commune/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { SelectField, TextField } from '../../../shared/ui/form-controls';
import { useLabels } from '../../../i18n/use-labels';
import { ReportFilterOptionsQuery } from '../graphql/report.documents';
import type { ReportChoice } from '../hooks/report-url';

const PRESETS: ReportPreset[] = ['last12Months', 'thisYear', 'lastYear', 'custom'];

/** The period (presets or custom dates) and the filters; « Afficher » asks for the report. */
export function ReportControls({
  choice,
  today,
  onChange,
}: {
  choice: ReportChoice;
  today: string;
  onChange: (choice: ReportChoice) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const options = useQuery(ReportFilterOptionsQuery).data;
  const [draft, setDraft] = useState(choice);
  const set = (change: Partial<ReportChoice>) => setDraft((current) => ({ ...current, ...change }));
  const choosePreset = (preset: ReportPreset) =>
    set({ preset, period: preset === 'custom' ? draft.period : presetPeriod(preset, today) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  const none = () => undefined;
  return (
    <form className="report-controls" onSubmit={submit} aria-label={t('report.controls')}>
      <fieldset>
        <legend>{t('report.period.legend')}</legend>
        <SelectField
          id="rapport-periode"
          label={t('report.period.preset')}
          value={draft.preset}
          onChange={(value) => choosePreset(value as ReportPreset)}
          onBlur={none}
          choices={PRESETS.map((preset) => ({ value: preset, label: t(`report.period.presets.${preset}`) }))}
        />
        {draft.preset === 'custom' && (
          <>
            <TextField
              id="rapport-du"
              type="date"
              label={t('report.period.from')}
              value={draft.period.from}
              onChange={(from) => set({ period: { ...draft.period, from } })}
              onBlur={none}
            />
            <TextField
              id="rapport-au"
              type="date"
              label={t('report.period.to')}
              value={draft.period.to}
              onChange={(to) => set({ period: { ...draft.period, to } })}
              onBlur={none}
            />
          </>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('report.filters.legend')}</legend>
        <SelectField
          id="rapport-theme"
          label={t('report.filters.theme')}
          value={draft.themeSlug}
          onChange={(themeSlug) => set({ themeSlug })}
          onBlur={none}
          placeholder={t('report.filters.all')}
          choices={(options?.themes ?? []).map((theme) => ({ value: theme.slug, label: labels.theme(theme) }))}
        />
        <SelectField
          id="rapport-structure"
          label={t('report.filters.organisation')}
          value={draft.organisationSlug}
          onChange={(organisationSlug) => set({ organisationSlug })}
          onBlur={none}
          placeholder={t('report.filters.allOrganisations')}
          choices={(options?.organisations ?? []).map((o) => ({ value: o.slug, label: o.name }))}
        />
        <SelectField
          id="rapport-public"
          label={t('report.filters.audience')}
          value={draft.audienceSlug}
          onChange={(audienceSlug) => set({ audienceSlug })}
          onBlur={none}
          placeholder={t('report.filters.all')}
          choices={(options?.audiences ?? []).map((audience) => ({
            value: audience.slug,
            label: labels.audience(audience.slug, audience.label),
          }))}
        />
        <div className="field field-checkbox">
          <input
            id="rapport-qpv"
            type="checkbox"
            checked={draft.priorityNeighbourhood}
            onChange={(event) => set({ priorityNeighbourhood: event.target.checked })}
          />
          <label htmlFor="rapport-qpv">{t('report.filters.priorityNeighbourhood')}</label>
        </div>
        <p className="field-hint">{t('report.filters.eventsNote')}</p>
        <p className="field-hint">{t('report.filters.equipmentNote')}</p>
      </fieldset>
      <button type="submit" className="button">
        {t('report.period.apply')}
      </button>
    </form>
  );
}
