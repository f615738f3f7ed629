import { useMutation, useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId, useState, type FormEvent } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDateTime } from '../../../shared/format-date';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { MemberAccountFieldsFragment, Role } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { ROLES, type Viewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { AdminOnly, RequireAdmin } from '../../../shared/viewer/require-admin';
import { ChangeRoleMutation, MemberAccountsQuery } from '../graphql/admin.documents';
import { AccountState } from '../components/account-state';
import { PendingInvitations } from '../components/pending-invitations';

type Member = MemberAccountFieldsFragment;

/** The outcome of the last role change, shown above the table and announced. */
type Outcome = { kind: 'pending' | 'success' | 'error'; text: string };

interface MemberRowProps {
  member: Member;
  isViewer: boolean;
  /** Changes the member's role; resolves to false when the API refused (the message is shown by the page). */
  onChangeRole: (member: Member, role: Role) => Promise<boolean>;
  onOutcome: (outcome: Outcome) => void;
}

function MemberRow({ member, isViewer, onChangeRole, onOutcome }: MemberRowProps) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const [role, setRole] = useState<Role>(member.role);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Refused (an admin's own role, for one): the list shows the role the member still has.
    if (!(await onChangeRole(member, role))) setRole(member.role);
  };

  return (
    <tr>
      <th scope="row">
        {member.name}
        {isViewer && <span className="member-you"> {t('admin.members.you')}</span>}
      </th>
      <td className="cell-wrap">{member.email}</td>
      <td>{member.organisation?.name ?? t('admin.members.noOrganisation')}</td>
      <td>
        <form className="role-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={selectId} className="visually-hidden">
            {t('admin.members.roleLabel', { name: member.name })}
          </label>
          <select id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`accounts.roles.${choice}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary button-small">
            <Trans
              i18nKey="admin.members.submit"
              values={{ name: member.name }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          </button>
        </form>
      </td>
      <td>
        {member.lastSignInAt ? (
          <time dateTime={member.lastSignInAt}>{formatDateTime(member.lastSignInAt, currentLanguage(i18n))}</time>
        ) : (
          t('admin.members.neverSignedIn')
        )}
      </td>
      <td>
        <AccountState member={member} isViewer={isViewer} onOutcome={onOutcome} />
      </td>
    </tr>
  );
}

function Members({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MemberAccountsQuery);
  // The result is a MemberAccount with the same id: the cache updates its row by itself.
  const [changeRole] = useMutation(ChangeRoleMutation);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  // The role may have been taken away since the page was opened.
  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <AdminOnly />;
  if (error && !data) return <LoadError text={t('admin.members.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('common.loading')} />;

  const onChangeRole = async (member: Member, role: Role): Promise<boolean> => {
    if (pending) return true;
    const values = { name: member.name, role: t(`accounts.roles.${role}`) };
    if (role === member.role) {
      setOutcome({ kind: 'success', text: t('admin.members.unchanged', values) });
      return true;
    }
    setPending(true);
    setOutcome({ kind: 'pending', text: t('admin.members.submitting', values) });
    try {
      await changeRole({ variables: { memberSlug: member.slug, role } });
      setOutcome({ kind: 'success', text: t('admin.members.changed', values) });
      return true;
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('admin.members.failed', { name: member.name, message: errorMessage(caught) }),
      });
      return false;
    } finally {
      setPending(false);
    }
  };

  const members = data.memberAccounts;
  const status = outcome && outcome.kind !== 'error' ? outcome : null;
  return (
    <>
      <p className="lead">{t('admin.members.intro')}</p>
      <AdminLinks current="members" />
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
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('admin.members.caption', { count: members.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.members.columns.name')}</th>
              <th scope="col">{t('admin.members.columns.email')}</th>
              <th scope="col">{t('admin.members.columns.organisation')}</th>
              <th scope="col">{t('admin.members.columns.role')}</th>
              <th scope="col">{t('admin.members.columns.lastSignIn')}</th>
              <th scope="col">{t('admin.members.columns.account')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                isViewer={member.slug === viewer.slug}
                onChangeRole={onChangeRole}
                onOutcome={setOutcome}
              />
            ))}
          </tbody>
        </table>
      </div>
      <PendingInvitations />
    </>
  );
}

/** Admins only: the members of the network, and their roles to change. */
export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.members.title'));
  return (
    <div className="admin-page">
      <h1>{t('admin.members.title')}</h1>
      <RequireAdmin>{(viewer) => <Members viewer={viewer} />}</RequireAdmin>
    </div>
  );
}
