import { useMutation, useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { DirectoryOrganisationFieldsFragment } from '../../../generated/graphql';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { AdminOnly, RequireAdmin } from '../../../shared/viewer/require-admin';
import { MergeOrganisationsForm } from '../components/merge-organisations-form';
import { emptyOrganisation, OrganisationForm, organisationValues } from '../components/organisation-form';
import {
  CreateOrganisationMutation,
  OrganisationsAdminQuery,
  SetOrganisationArchivedMutation,
  UpdateOrganisationMutation,
} from '../graphql/directory.documents';
import { useKindLabel } from '../hooks/use-kind-label';

type Organisation = DirectoryOrganisationFieldsFragment;
type Outcome = { ok: boolean; text: string };

const refetch = { refetchQueries: [{ query: OrganisationsAdminQuery }], awaitRefetchQueries: true };

const Hidden = ({
  i18nKey,
  name,
}: {
  i18nKey: 'organisationsAdmin.edit' | 'organisationsAdmin.archive' | 'organisationsAdmin.restore';
  name: string;
}) => <Trans i18nKey={i18nKey} values={{ name }} components={{ hidden: <span className="visually-hidden" /> }} />;

function Organisations() {
  const { t } = useTranslation();
  const captionId = useId();
  const kindLabel = useKindLabel();
  const { data, error, refetch: retry } = useQuery(OrganisationsAdminQuery, { fetchPolicy: 'cache-and-network' });
  const [createOrganisation] = useMutation(CreateOrganisationMutation, refetch);
  const [updateOrganisation] = useMutation(UpdateOrganisationMutation, refetch);
  const [setArchived] = useMutation(SetOrganisationArchivedMutation, refetch);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [formKey, setFormKey] = useState(0);

  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <AdminOnly />;
  if (error && !data) return <LoadError text={t('organisationsAdmin.loadError')} onRetry={() => void retry()} />;
  if (!data) return <LoadingMessage text={t('common.loading')} />;
  const organisations = data.directoryOrganisations;

  const toggleArchived = async (organisation: Organisation) => {
    const archived = !organisation.archivedAt;
    try {
      await setArchived({ variables: { slug: organisation.slug, archived } });
      const key = archived ? 'organisationsAdmin.archivedDone' : 'organisationsAdmin.restoredDone';
      setOutcome({ ok: true, text: t(key, { name: organisation.name }) });
    } catch (caught) {
      setOutcome({ ok: false, text: t('organisationsAdmin.actionFailed', { message: errorMessage(caught) }) });
    }
  };

  return (
    <>
      <p className="lead">{t('organisationsAdmin.intro')}</p>
      <AdminLinks current="organisations" />
      <p role="status" className={outcome?.ok ? 'notice notice-success' : 'visually-hidden'}>
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome && !outcome.ok && (
        <p className="notice notice-error" role="alert">
          {outcome.text}
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table">
          <caption id={captionId}>{t('organisationsAdmin.caption', { count: organisations.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisationsAdmin.columns.name')}</th>
              <th scope="col">{t('organisationsAdmin.columns.kind')}</th>
              <th scope="col">{t('organisationsAdmin.columns.city')}</th>
              <th scope="col">{t('organisationsAdmin.columns.members')}</th>
              <th scope="col">{t('organisationsAdmin.columns.status')}</th>
              <th scope="col">{t('organisationsAdmin.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.slug}>
                <th scope="row">
                  <Link to={paths.organisation(organisation.slug)}>{organisation.name}</Link>
                </th>
                <td>{kindLabel(organisation.kind, organisation.kindDetail)}</td>
                <td>{organisation.city ?? ''}</td>
                <td>{organisation.memberCount}</td>
                <td>{organisation.archivedAt ? t('organisationsAdmin.archived') : t('organisationsAdmin.active')}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => setEditing(organisation)}
                  >
                    <Hidden i18nKey="organisationsAdmin.edit" name={organisation.name} />
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    onClick={() => void toggleArchived(organisation)}
                  >
                    <Hidden
                      i18nKey={organisation.archivedAt ? 'organisationsAdmin.restore' : 'organisationsAdmin.archive'}
                      name={organisation.name}
                    />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <section aria-label={t('organisationsAdmin.editTitle', { name: editing.name })}>
          <h2>{t('organisationsAdmin.editTitle', { name: editing.name })}</h2>
          <OrganisationForm
            key={editing.slug}
            ariaLabel={t('organisationsAdmin.editTitle', { name: editing.name })}
            initialValues={organisationValues(editing)}
            submitLabel={t('organisationsAdmin.save')}
            submittingLabel={t('organisationsAdmin.saving')}
            failureTitle={t('organisationsAdmin.saveFailed')}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              const { data: saved } = await updateOrganisation({ variables: { slug: editing.slug, input } });
              setEditing(null);
              if (saved)
                setOutcome({ ok: true, text: t('organisationsAdmin.saved', { name: saved.updateOrganisation.name }) });
            }}
          />
        </section>
      )}
      <section aria-labelledby={`${captionId}-add`}>
        <h2 id={`${captionId}-add`}>{t('organisationsAdmin.addTitle')}</h2>
        <OrganisationForm
          key={formKey}
          ariaLabel={t('organisationsAdmin.addTitle')}
          initialValues={emptyOrganisation}
          submitLabel={t('organisationsAdmin.add')}
          submittingLabel={t('organisationsAdmin.adding')}
          failureTitle={t('organisationsAdmin.addFailed')}
          onSubmit={async (input) => {
            const { data: created } = await createOrganisation({ variables: { input } });
            setFormKey((key) => key + 1);
            if (created)
              setOutcome({ ok: true, text: t('organisationsAdmin.added', { name: created.createOrganisation.name }) });
          }}
        />
      </section>
      <MergeOrganisationsForm organisations={organisations} onDone={(text, ok) => setOutcome({ ok, text })} />
    </>
  );
}

/** `/administration/structures`: admins create, edit, archive and merge organisations. */
export function OrganisationsAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisationsAdmin.title'));
  return (
    <div className="admin-page">
      <h1>{t('organisationsAdmin.title')}</h1>
      <RequireAdmin>{() => <Organisations />}</RequireAdmin>
    </div>
  );
}
