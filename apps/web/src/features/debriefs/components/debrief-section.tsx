import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { formatDay } from '../../../shared/format-date';
import type { DebriefInput, ResourceDebriefsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { DebriefAudiencesQuery } from '../graphql/debrief.documents';
import { emptyDebriefFormValues, formValuesFromDebrief } from '../hooks/debrief-form-values';
import { formatDebriefSummary } from '../hooks/debrief-summary';
import { useCreateDebrief, useUpdateDebrief } from '../hooks/use-debrief-mutations';
import { DebriefForm } from './debrief-form';
import { DebriefItem } from './debrief-item';

interface DebriefSectionProps {
  resourceSlug: string;
  resource: ResourceDebriefsFragment;
}

/** Where focus goes after something changed: the add button, a debrief's « Modifier », the form's heading. */
type FocusTarget = { id: string } | null;

/**
 * « Retours d’atelier » on a tool's page: the aggregate in one sentence, each workshop newest first, and for
 * signed-in members the form to add one. After a save the resource is asked again, aggregate included.
 */
export function DebriefSection({ resourceSlug, resource }: DebriefSectionProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const location = useLocation();
  const { viewer } = useViewer();
  // Members' and authors' names known here are not children's (the API allows every member's name).
  const allowedNames = [
    ...(viewer ? [viewer.name] : []),
    ...resource.authors,
    ...resource.debriefs.flatMap((debrief) => (debrief.author ? [debrief.author.name] : [])),
  ];
  const baseId = useId();
  const headingId = `${baseId}-title`;
  const formHeadingId = `${baseId}-form-title`;
  const addButtonId = `${baseId}-add`;
  const editButtonId = (id: string) => `${baseId}-edit-${id}`;

  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  // A new object each time, so asking twice for the same target still moves focus.
  const focus = (id: string) => setFocusTarget({ id });

  const formOpen = adding || editingId !== null;
  const audiences = useQuery(DebriefAudiencesQuery, { skip: !formOpen });
  const [createDebrief] = useCreateDebrief();
  const [updateDebrief] = useUpdateDebrief();

  const openAdd = () => {
    setNotice('');
    setEditingId(null);
    setAdding(true);
    focus(formHeadingId);
  };
  const closeAdd = () => {
    setAdding(false);
    focus(addButtonId);
  };
  const create = async (input: DebriefInput) => {
    await createDebrief({ variables: { resourceSlug, input } });
    setAdding(false);
    setNotice(t('debriefs.saved'));
    focus(addButtonId);
  };

  const openEdit = (id: string) => {
    setNotice('');
    setAdding(false);
    setEditingId(id);
    focus(`${baseId}-edit-title-${id}`);
  };
  const closeEdit = (id: string) => {
    setEditingId(null);
    focus(editButtonId(id));
  };
  const update = async (id: string, input: DebriefInput) => {
    await updateDebrief({ variables: { id, input } });
    setNotice(t('debriefs.updated'));
    closeEdit(id);
  };
  const deleted = () => {
    setNotice(t('debriefs.deleted'));
    focus(headingId);
  };

  const audienceForm = (render: (list: NonNullable<typeof audiences.data>['audiences']) => ReactNode) => {
    if (audiences.error && !audiences.data) {
      return <LoadError text={t('debriefs.optionsError')} onRetry={() => void audiences.refetch()} />;
    }
    if (!audiences.data) return <LoadingMessage text={t('common.loading')} />;
    return render(audiences.data.audiences);
  };

  return (
    <section className="debriefs" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('debriefs.title')}
      </h2>
      <p className="debrief-summary">{formatDebriefSummary(resource.debriefSummary, t, language)}</p>
      <div role="status" className="debrief-notice">
        {notice && <p className="notice notice-success">{notice}</p>}
      </div>

      {viewer === null && (
        <p className="debrief-sign-in">
          <Trans
            i18nKey="debriefs.signIn"
            components={{ signin: <Link to={signInPath(location.pathname + location.search)} /> }}
          />
        </p>
      )}
      {viewer && !adding && (
        <p>
          <button type="button" id={addButtonId} className="button" onClick={openAdd}>
            {t('debriefs.add')}
          </button>
        </p>
      )}
      {viewer && adding && (
        <section className="debrief-form-panel" aria-labelledby={formHeadingId}>
          <h3 id={formHeadingId} tabIndex={-1}>
            {t('debriefs.addTitle')}
          </h3>
          {audienceForm((list) => (
            <DebriefForm
              initialValues={emptyDebriefFormValues()}
              audiences={list}
              onSubmit={create}
              onCancel={closeAdd}
              labelledBy={formHeadingId}
              allowedNames={allowedNames}
            />
          ))}
        </section>
      )}

      {resource.debriefs.length > 0 && (
        <ol className="debrief-list" aria-label={t('debriefs.listLabel')}>
          {resource.debriefs.map((debrief) => {
            const editTitleId = `${baseId}-edit-title-${debrief.id}`;
            return (
              <li key={debrief.id}>
                {editingId === debrief.id ? (
                  <section className="debrief-form-panel" aria-labelledby={editTitleId}>
                    <h3 id={editTitleId} tabIndex={-1}>
                      {t('debriefs.editTitle', { date: formatDay(debrief.date, language) })}
                    </h3>
                    {audienceForm((list) => (
                      <DebriefForm
                        initialValues={formValuesFromDebrief(debrief)}
                        audiences={list}
                        onSubmit={(input) => update(debrief.id, input)}
                        onCancel={() => closeEdit(debrief.id)}
                        labelledBy={editTitleId}
                        allowedNames={allowedNames}
                      />
                    ))}
                  </section>
                ) : (
                  <DebriefItem
                    debrief={debrief}
                    editButtonId={editButtonId(debrief.id)}
                    onEdit={() => openEdit(debrief.id)}
                    onDeleted={deleted}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
