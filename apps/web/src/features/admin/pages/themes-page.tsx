import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { ThemeFieldsFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { TextField } from '../../../shared/ui/form-controls';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { CoordinatorsOnly, RequireCoordinator } from '../../../shared/viewer/require-admin';
import { CreateThemeMutation, DeleteThemeMutation, ThemesQuery, UpdateThemeMutation } from '../graphql/admin.documents';

type Theme = ThemeFieldsFragment;

/** The outcome of the last change, shown above the table and announced. */
type Outcome = { kind: 'pending' | 'success' | 'error'; text: string };

const THEME_FIELDS = ['label', 'labelEn', 'description'] as const;

/**
 * After every change: the vocabulary is asked again (the forms reading the root `themes` field share
 * its cache entry), and the cached searches are dropped so that their facets are computed again.
 */
const dropSearches = (cache: ApolloCache) => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'search' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'quickSearch' });
  cache.gc();
};
const afterChange = () => ({
  refetchQueries: [{ query: ThemesQuery }],
  awaitRefetchQueries: true,
  update: dropSearches,
});

const themeInput = (values: { label: string; labelEn: string; description: string }) => ({
  label: values.label.trim(),
  // Empty: no English label, the English interface shows the French one.
  labelEn: values.labelEn.trim() === '' ? null : values.labelEn.trim(),
  description: values.description.trim() === '' ? null : values.description.trim(),
});

/** Buttons whose visible text is short and whose accessible name carries the theme's label. */
function HiddenLabel({
  i18nKey,
  label,
}: {
  i18nKey: 'edit' | 'save' | 'cancelEdit' | 'delete' | 'confirmDelete' | 'cancelDelete';
  label: string;
}) {
  return (
    <Trans
      i18nKey={`admin.themes.${i18nKey}`}
      values={{ label }}
      components={{ hidden: <span className="visually-hidden" /> }}
    />
  );
}

function AddThemeForm({ onCreated }: { onCreated: (theme: Theme) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [createTheme] = useMutation(CreateThemeMutation, afterChange());
  const initialValues = { label: '', labelEn: '', description: '' };
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues,
    fields: THEME_FIELDS,
    label: (field) => t(`admin.themes.fields.${field}`),
    validate: (values) => ({ label: checkRequired(values.label) }),
    onSubmit: async (values) => {
      const { data } = await createTheme({ variables: { input: themeInput(values) } });
      form.reset(initialValues);
      if (data) onCreated(data.createTheme);
    },
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.themes.addTitle')}</h2>
      <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
        <ErrorSummary {...form.summary} failureTitle={t('admin.themes.addFailed')} />
        <TextField {...form.bind('label')} required />
        <TextField {...form.bind('labelEn')} lang="en" hint={t('admin.themes.labelEnHint')} />
        <TextField {...form.bind('description')} multiline rows={3} hint={t('admin.themes.descriptionHint')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {form.submitting ? t('admin.themes.adding') : t('admin.themes.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface EditThemeFormProps {
  theme: Theme;
  onSaved: (theme: Theme) => void;
  onCancel: () => void;
}

/** The inline edit of one theme, in its row. */
function EditThemeForm({ theme, onSaved, onCancel }: EditThemeFormProps) {
  const { t } = useTranslation();
  const [updateTheme] = useMutation(UpdateThemeMutation, afterChange());
  const labelRef = useRef<HTMLFormElement>(null);
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { label: theme.label, labelEn: theme.labelEn ?? '', description: theme.description ?? '' },
    fields: THEME_FIELDS,
    label: (field) => t(`admin.themes.fields.${field}`),
    validate: (values) => ({ label: checkRequired(values.label) }),
    onSubmit: async (values) => {
      const { data } = await updateTheme({ variables: { slug: theme.slug, input: themeInput(values) } });
      if (data) onSaved(data.updateTheme);
    },
  });

  // Editing starts in the label field.
  useEffect(() => {
    labelRef.current?.querySelector('input')?.focus();
  }, []);

  return (
    <form
      className="theme-edit-form"
      noValidate
      ref={labelRef}
      aria-label={t('admin.themes.editForm', { label: theme.label })}
      onSubmit={(event) => void form.submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <ErrorSummary {...form.summary} failureTitle={t('admin.themes.saveFailed')} />
      <TextField {...form.bind('label')} required />
      <TextField {...form.bind('labelEn')} lang="en" hint={t('admin.themes.labelEnHint')} />
      <TextField {...form.bind('description')} multiline rows={3} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={form.submitting}>
          {form.submitting ? t('admin.themes.saving') : <HiddenLabel i18nKey="save" label={theme.label} />}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          <HiddenLabel i18nKey="cancelEdit" label={theme.label} />
        </button>
      </div>
    </form>
  );
}

interface ThemeRowProps {
  theme: Theme;
  editing: boolean;
  busy: boolean;
  onEdit: (theme: Theme | null) => void;
  onSaved: (theme: Theme) => void;
  /** Deletes the theme; resolves to false when the API refused (the message is shown by the page). */
  onDelete: (theme: Theme) => Promise<boolean>;
}

function ThemeRow({ theme, editing, busy, onEdit, onSaved, onDelete }: ThemeRowProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<'edit' | 'delete' | null>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // Back on the button that opened the edit or the confirmation once it is closed.
  useEffect(() => {
    if (editing || confirming || returnFocus.current === null) return;
    (returnFocus.current === 'edit' ? editRef : deleteRef).current?.focus();
    returnFocus.current = null;
  });

  const closeEdit = () => {
    returnFocus.current = 'edit';
    onEdit(null);
  };
  const cancelDelete = () => {
    returnFocus.current = 'delete';
    setConfirming(false);
  };
  const confirmDelete = async () => {
    // Refused (the theme is in use): the row stays, and focus goes back to its delete button.
    if (!(await onDelete(theme))) cancelDelete();
  };

  if (editing) {
    return (
      <tr>
        <th scope="row">{theme.label}</th>
        <td colSpan={3}>
          <EditThemeForm
            theme={theme}
            onCancel={closeEdit}
            onSaved={(saved) => {
              returnFocus.current = 'edit';
              onSaved(saved);
            }}
          />
        </td>
      </tr>
    );
  }

  return (
    <tr>
      <th scope="row">{theme.label}</th>
      <td>
        {theme.labelEn ? (
          <span lang="en">{theme.labelEn}</span>
        ) : (
          <span className="placeholder">{t('admin.themes.noLabelEn')}</span>
        )}
      </td>
      <td className="cell-wrap">
        {theme.description ?? <span className="placeholder">{t('admin.themes.noDescription')}</span>}
      </td>
      <td>
        {confirming ? (
          <div className="theme-confirm" role="group" aria-labelledby={questionId}>
            <p id={questionId}>{t('admin.themes.confirmQuestion', { label: theme.label })}</p>
            <div className="theme-actions">
              <button
                type="button"
                className="button button-danger button-small"
                ref={confirmRef}
                disabled={busy}
                onClick={() => void confirmDelete()}
              >
                <HiddenLabel i18nKey="confirmDelete" label={theme.label} />
              </button>
              <button type="button" className="button button-secondary button-small" onClick={cancelDelete}>
                <HiddenLabel i18nKey="cancelDelete" label={theme.label} />
              </button>
            </div>
          </div>
        ) : (
          <div className="theme-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              ref={editRef}
              onClick={() => onEdit(theme)}
            >
              <HiddenLabel i18nKey="edit" label={theme.label} />
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              ref={deleteRef}
              onClick={() => setConfirming(true)}
            >
              <HiddenLabel i18nKey="delete" label={theme.label} />
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

function Themes() {
  const { t } = useTranslation();
  const captionId = useId();
  const tableRef = useRef<HTMLDivElement>(null);
  const { data, error, refetch } = useQuery(ThemesQuery, { fetchPolicy: 'cache-and-network' });
  const [deleteTheme] = useMutation(DeleteThemeMutation, afterChange());
  const [editingSlug, setEditingSlug] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  // The role may have been taken away since the page was opened.
  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <CoordinatorsOnly />;
  if (error && !data) return <LoadError text={t('admin.themes.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('common.loading')} />;

  const onDelete = async (theme: Theme): Promise<boolean> => {
    if (pending) return true;
    setPending(true);
    setOutcome({ kind: 'pending', text: t('admin.themes.deleting', { label: theme.label }) });
    try {
      await deleteTheme({ variables: { slug: theme.slug } });
      setOutcome({ kind: 'success', text: t('admin.themes.deleted', { label: theme.label }) });
      // The row and its buttons are gone: the table keeps the focus.
      tableRef.current?.focus();
      return true;
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('admin.themes.deleteFailed', { label: theme.label, message: errorMessage(caught) }),
      });
      return false;
    } finally {
      setPending(false);
    }
  };

  const themes = data.themes;
  const status = outcome && outcome.kind !== 'error' ? outcome : null;
  return (
    <>
      <p className="lead">{t('admin.themes.intro')}</p>
      <AdminLinks current="themes" />
      {/* Always in the page, so that what it says next is announced; errors are alerts. */}
      <p
        role="status"
        className={status ? `notice${status.kind === 'success' ? ' notice-success' : ''}` : 'visually-hidden'}
      >
        {status?.text ?? ''}
      </p>
      {outcome?.kind === 'error' && (
        <p className="notice notice-error" role="alert">
          {outcome.text}
        </p>
      )}
      <AddThemeForm
        onCreated={(theme) => {
          setEditingSlug(null);
          setOutcome({ kind: 'success', text: t('admin.themes.created', { label: theme.label }) });
        }}
      />
      {themes.length === 0 ? (
        <p className="notice">{t('admin.themes.empty')}</p>
      ) : (
        // Scrolls sideways on narrow screens: focusable so that the keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} ref={tableRef}>
          <table className="data-table">
            <caption id={captionId}>{t('admin.themes.caption', { count: themes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.themes.columns.label')}</th>
                <th scope="col">{t('admin.themes.columns.labelEn')}</th>
                <th scope="col">{t('admin.themes.columns.description')}</th>
                <th scope="col">{t('admin.themes.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => (
                <ThemeRow
                  key={theme.id}
                  theme={theme}
                  editing={editingSlug === theme.slug}
                  busy={pending}
                  onEdit={(chosen) => {
                    setEditingSlug(chosen?.slug ?? null);
                    if (chosen) setOutcome(null);
                  }}
                  onSaved={(saved) => {
                    setEditingSlug(null);
                    setOutcome({ kind: 'success', text: t('admin.themes.updated', { label: saved.label }) });
                  }}
                  onDelete={onDelete}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Coordinators and admins: the vocabulary of themes, to extend, reword or prune. */
export function ThemesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.themes.title'));
  return (
    <div className="admin-page">
      <h1>{t('admin.themes.title')}</h1>
      <RequireCoordinator>{() => <Themes />}</RequireCoordinator>
    </div>
  );
}
