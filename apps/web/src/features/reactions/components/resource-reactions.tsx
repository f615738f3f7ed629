import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../../shared/graphql-errors';
import type { ReactionCountFieldsFragment, ReactionKind, ResourceReactionsFragment } from '../../../generated/graphql';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { useSetBookmark, useToggleReaction } from '../hooks/use-reaction-mutations';

interface ReactionButtonProps {
  reaction: ReactionCountFieldsFragment;
  /** False for visitors (and until the API says who is there): the count is shown, not a button. */
  interactive: boolean;
  disabled: boolean;
  onToggle: (kind: ReactionKind) => void;
}

/** « Utile (3) »: a toggle button (aria-pressed) described by the names of those who reacted. */
export function ReactionButton({ reaction, interactive, disabled, onToggle }: ReactionButtonProps) {
  const { t } = useTranslation();
  const descriptionId = useId();
  const text = t('reactions.button', { label: t(`reactions.kinds.${reaction.kind}`), count: reaction.count });
  const names = reaction.members.map((member) => member.name).join(t('common.listSeparator'));
  const description = names ? (
    <span id={descriptionId} className="visually-hidden">
      {names}
    </span>
  ) : null;
  if (!interactive) {
    return (
      <span className="reaction reaction-count" title={names || undefined}>
        {text}
        {description && <span className="visually-hidden">{` (${names})`}</span>}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="reaction reaction-button"
        aria-pressed={reaction.viewerReacted}
        aria-describedby={description ? descriptionId : undefined}
        title={names || undefined}
        disabled={disabled}
        onClick={() => onToggle(reaction.kind)}
      >
        {text}
      </button>
      {description}
    </>
  );
}

interface ResourceReactionsProps {
  resourceSlug: string;
  resource: ResourceReactionsFragment;
}

/**
 * Under a resource's title: « Utile », « Testé sur le terrain », « À lire » with their counts, and
 * « Ajouter aux favoris ». Visitors see the counts and the way to sign in.
 */
export function ResourceReactions({ resourceSlug, resource }: ResourceReactionsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  const [toggleReaction, { loading: toggling }] = useToggleReaction(resource.id);
  const [setBookmark, { loading: bookmarking }] = useSetBookmark(resource.id);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (kind: ReactionKind) => {
    setError(null);
    try {
      await toggleReaction({ variables: { resourceSlug, kind } });
    } catch (caught) {
      setError(t('reactions.error', { message: errorMessage(caught) }));
    }
  };
  const toggleBookmark = async () => {
    setError(null);
    try {
      await setBookmark({ variables: { resourceSlug, bookmarked: !resource.bookmarked } });
    } catch (caught) {
      setError(t('reactions.bookmarkError', { message: errorMessage(caught) }));
    }
  };

  return (
    <div className="reactions">
      <ul className="reaction-list" aria-label={t('reactions.label')}>
        {resource.reactions.map((reaction) => (
          <li key={reaction.kind}>
            <ReactionButton
              reaction={reaction}
              interactive={Boolean(viewer)}
              disabled={toggling}
              onToggle={(kind) => void toggle(kind)}
            />
          </li>
        ))}
      </ul>
      {viewer && (
        <button
          type="button"
          className="button button-secondary bookmark-button"
          aria-pressed={resource.bookmarked}
          disabled={bookmarking}
          onClick={() => void toggleBookmark()}
        >
          {resource.bookmarked ? t('reactions.removeBookmark') : t('reactions.addBookmark')}
        </button>
      )}
      {viewer === null && (
        <p className="reactions-sign-in">
          <Link to={signInPath(location.pathname + location.search)}>{t('reactions.signIn')}</Link>
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
