import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { DirectoryOrganisationFieldsFragment } from '../../../generated/graphql';
import { errorMessage } from '../../../shared/graphql-errors';
import { MergeOrganisationsMutation, OrganisationsAdminQuery } from '../graphql/directory.documents';

interface MergeProps {
  organisations: readonly DirectoryOrganisationFieldsFragment[];
  onDone: (text: string, ok: boolean) => void;
}

/** Two choices, then a confirmation that names both: a merge cannot be undone. */
export function MergeOrganisationsForm({ organisations, onDone }: MergeProps) {
  const { t } = useTranslation();
  const id = useId();
  const [keep, setKeep] = useState('');
  const [merge, setMerge] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [mergeOrganisations, { loading }] = useMutation(MergeOrganisationsMutation, {
    refetchQueries: [{ query: OrganisationsAdminQuery }],
    awaitRefetchQueries: true,
  });
  const nameOf = (slug: string) => organisations.find((organisation) => organisation.slug === slug)?.name ?? slug;
  const ready = keep !== '' && merge !== '' && keep !== merge;

  const onConfirm = async () => {
    try {
      await mergeOrganisations({ variables: { keepSlug: keep, mergeSlug: merge } });
      onDone(t('organisationsAdmin.merged', { keep: nameOf(keep), merge: nameOf(merge) }), true);
      setKeep('');
      setMerge('');
    } catch (caught) {
      onDone(t('organisationsAdmin.mergeFailed', { message: errorMessage(caught) }), false);
    } finally {
      setConfirming(false);
    }
  };

  const select = (value: string, onChange: (value: string) => void, label: string, suffix: string) => (
    <div className="field">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select id={`${id}-${suffix}`} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('organisationsAdmin.choose')}</option>
        {organisations.map((organisation) => (
          <option key={organisation.slug} value={organisation.slug}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('organisationsAdmin.mergeTitle')}</h2>
      <p>{t('organisationsAdmin.mergeIntro')}</p>
      <form className="account-form" onSubmit={(event) => event.preventDefault()}>
        {select(keep, setKeep, t('organisationsAdmin.keep'), 'keep')}
        {select(merge, setMerge, t('organisationsAdmin.merge'), 'merge')}
        <div className="form-actions">
          {confirming ? (
            <>
              <button
                type="button"
                className="button button-danger"
                disabled={loading}
                onClick={() => void onConfirm()}
              >
                {loading
                  ? t('organisationsAdmin.merging')
                  : t('organisationsAdmin.mergeConfirm', { keep: nameOf(keep), merge: nameOf(merge) })}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                {t('organisationsAdmin.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={!ready} onClick={() => setConfirming(true)}>
              {t('organisationsAdmin.mergeButton')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
