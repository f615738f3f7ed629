import { useMutation, useQuery } from '@apollo/client/react';
import { AUDIENCES, VISIBILITIES } from '@culture-commune/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLabels } from '../../../i18n/use-labels';
import { errorMessage } from '../../../shared/graphql-errors';
import { ChoiceGroup } from '../../../shared/ui/form-controls';
import type { Visibility } from '../../../generated/graphql';
import { ImportThemesQuery, StartImportMutation } from '../graphql/imports.documents';

interface Props {
  batchId: string;
  /** Rows that may be imported and are unticked. */
  skippedRows: number[];
  tickedCount: number;
}

/** Step 3: themes, audiences and visibility for the whole batch, then the import starts as a job. */
export function BatchChoices({ batchId, skippedRows, tickedCount }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const themes = useQuery(ImportThemesQuery);
  const [themeSlugs, setThemeSlugs] = useState<string[]>([]);
  const [audienceSlugs, setAudienceSlugs] = useState<string[]>([]);
  const [visibility, setVisibility] = useState<Visibility>('network');
  const [problem, setProblem] = useState<string | null>(null);
  const [startImport, { loading }] = useMutation(StartImportMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tickedCount === 0) return setProblem(t('imports.choices.nothing'));
    if (themeSlugs.length === 0) return setProblem(t('imports.choices.noTheme'));
    setProblem(null);
    try {
      // The rows left ticked are wanted, duplicates included; the unticked ones are skipped.
      await startImport({
        variables: {
          id: batchId,
          input: { themeSlugs, audienceSlugs, visibility, skippedRows, importDuplicates: true },
        },
      });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="import-choices-title">
      <h2 id="import-choices-title">{t('imports.choices.title')}</h2>
      <form className="account-form" noValidate onSubmit={(event) => void submit(event)}>
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        <ChoiceGroup
          id="import-themes"
          kind="checkbox"
          label={t('imports.choices.themes')}
          required
          choices={(themes.data?.themes ?? []).map((theme) => ({ value: theme.slug, label: labels.theme(theme) }))}
          selected={themeSlugs}
          onChange={setThemeSlugs}
          onBlur={() => undefined}
        />
        <ChoiceGroup
          id="import-audiences"
          kind="checkbox"
          label={t('imports.choices.audiences')}
          choices={AUDIENCES.map((audience) => ({
            value: audience.slug,
            label: labels.audience(audience.slug, audience.label),
          }))}
          selected={audienceSlugs}
          onChange={setAudienceSlugs}
          onBlur={() => undefined}
        />
        <ChoiceGroup
          id="import-visibility"
          kind="radio"
          label={t('imports.choices.visibility')}
          choices={VISIBILITIES.map((value) => ({ value, label: labels.visibility(value) }))}
          selected={[visibility]}
          onChange={([value]) => setVisibility(value as Visibility)}
          onBlur={() => undefined}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('imports.choices.starting') : t('imports.choices.submit', { count: tickedCount })}
          </button>
        </div>
      </form>
    </section>
  );
}
