import { useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import type { FollowKind } from '../../../generated/graphql';
import { useFollows, useSetFollow } from '../hooks/use-follows';

interface FollowButtonProps {
  kind: FollowKind;
  slug: string;
  /** The theme's, organisation's or member's name: in the button's accessible name and the messages. */
  label: string;
  /** After the API has answered (the member page counts its followers again). */
  onChanged?: (following: boolean) => void;
}

/**
 * « Suivre » / « Suivi »: a toggle button (aria-pressed) whose accessible name carries what it follows, with a
 * status message after each change. Nothing for visitors, nor until the API has said what is followed.
 */
export function FollowButton({ kind, slug, label, onChanged }: FollowButtonProps) {
  const { t } = useTranslation();
  const { viewer, follows, isFollowing } = useFollows();
  const [setFollow, { loading }] = useSetFollow();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!viewer || !follows) return null;

  const following = isFollowing(kind, slug);
  const toggle = async () => {
    // Not `disabled` while saving: the button would lose the focus.
    if (loading) return;
    setError(null);
    setStatus('');
    try {
      await setFollow({ variables: { kind, slug, following: !following } });
      setStatus(t(following ? 'follows.unfollowed' : 'follows.followed', { label }));
      onChanged?.(!following);
    } catch (caught) {
      setError(t('follows.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <span className="follow">
      <button
        type="button"
        className="button button-secondary button-small follow-button"
        aria-pressed={following}
        aria-busy={loading || undefined}
        onClick={() => void toggle()}
      >
        {following && (
          <span className="follow-check" aria-hidden="true">
            ✓
          </span>
        )}
        <Trans
          i18nKey={following ? 'follows.following' : 'follows.follow'}
          values={{ label }}
          components={{ hidden: <span className="visually-hidden" /> }}
        />
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
