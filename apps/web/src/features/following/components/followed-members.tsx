import { useRef, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/graphql-errors';
import type { FollowFieldsFragment } from '../../../generated/graphql';
import { useSetFollow } from '../hooks/use-follows';
import { paths } from '../../../shared/paths';

/** The members one follows, each with « Ne plus suivre »; to follow someone, one goes to their page. */
export function FollowedMembers({
  members,
  headingId,
}: {
  members: readonly FollowFieldsFragment[];
  headingId: string;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [setFollow, { loading }] = useSetFollow();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const unfollow = async (member: FollowFieldsFragment) => {
    if (loading) return;
    setError(null);
    setStatus('');
    try {
      await setFollow({ variables: { kind: 'MEMBER', slug: member.slug, following: false } });
      setStatus(t('follows.unfollowed', { label: member.label }));
      // The member and the button are gone from the list: the section keeps the focus.
      headingRef.current?.focus();
    } catch (caught) {
      setError(t('follows.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <section className="follow-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('follows.members')}
      </h2>
      <p role="status" className={status ? 'notice notice-success' : 'visually-hidden'}>
        {status}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {members.length === 0 ? (
        <p className="empty-state">{t('follows.noMembers')}</p>
      ) : (
        <ul className="follow-list" aria-labelledby={headingId}>
          {members.map((member) => (
            <li key={member.slug} className="follow-item">
              <Link to={paths.member(member.slug)} className="follow-label">
                {member.label}
              </Link>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void unfollow(member)}
              >
                <Trans
                  i18nKey="follows.unfollow"
                  values={{ label: member.label }}
                  components={{ hidden: <span className="visually-hidden" /> }}
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
