import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
import { useLabels } from '../../../i18n/use-labels';
import type { ReadingListItem } from '../hooks/item-title';
import { useRemoveItem } from '../hooks/use-reading-list-mutations';
import { HiddenLabel } from './hidden-label';
import { ItemNoteForm } from './item-note-form';
import { paths } from '../../../shared/paths';

/** The ids of an item's controls, so that focus can come back to them after a change. */
export const itemControlId = (baseId: string, control: 'handle' | 'up' | 'down' | 'edit' | 'read', itemId: string) =>
  `${baseId}-${control}-${itemId}`;

interface ReadingListItemViewProps {
  item: ReadingListItem;
  /** The item's name in labels and messages (see useItemTitle). */
  title: string;
  baseId: string;
  /** Signed-in, not through a share link: the « J’ai lu » box. */
  canTrack: boolean;
  /** The curator, the collaborators (and coordinators on shared lists): note, removal, reordering. */
  canEdit: boolean;
  /** The drag handle and « Monter » / « Descendre », when the list may be reordered. */
  reorderControls?: ReactNode;
  onToggleRead: (item: ReadingListItem, read: boolean) => void;
  onNoteSaved: (title: string) => void;
  onRemoved: (title: string) => void;
}

function ItemTitle({ item, title }: { item: ReadingListItem; title: string }) {
  const { t } = useTranslation();
  if (item.resource) {
    return (
      <h3 className="reading-item-title">
        <Link to={paths.resource(item.resource.slug)}>{title}</Link>
      </h3>
    );
  }
  // Shown plainly: a restricted resource's title would leak, a deleted one has no page any more.
  return (
    <p className="reading-item-title reading-item-unavailable">
      {item.availability === 'DELETED'
        ? item.titleSnapshot
          ? t('readingLists.items.deleted', { title: item.titleSnapshot })
          : t('readingLists.items.deletedUntitled')
        : t('readingLists.items.restricted')}
    </p>
  );
}

/** One resource of a list: title, authors, year and type, the curator's note, one's « J’ai lu » and the editing tools. */
export function ReadingListItemView(props: ReadingListItemViewProps) {
  const { item, title, baseId, canTrack, canEdit, reorderControls, onToggleRead, onNoteSaved, onRemoved } = props;
  const { t } = useTranslation();
  const labels = useLabels();
  const [editing, setEditing] = useState(false);
  const [removeItem, removal] = useRemoveItem();
  const resource = item.resource;
  const editId = itemControlId(baseId, 'edit', item.id);
  const readId = itemControlId(baseId, 'read', item.id);
  const focusEdit = () => setTimeout(() => document.getElementById(editId)?.focus(), 0);

  const details = resource
    ? [
        resource.authors.join(t('common.listSeparator')),
        resource.year === null ? '' : String(resource.year),
        labels.type(resource.type),
      ].filter((part) => part !== '')
    : [];

  return (
    <div className={item.resource ? 'reading-item' : 'reading-item is-unavailable'}>
      <div className="reading-item-body">
        <ItemTitle item={item} title={title} />
        {details.length > 0 && (
          <p className="meta-parts reading-item-meta">
            {details.map((part, index) => (
              <span key={index}>{part}</span>
            ))}
          </p>
        )}
        {editing ? (
          <ItemNoteForm
            itemId={item.id}
            title={title}
            note={item.note ?? ''}
            onCancel={() => {
              setEditing(false);
              focusEdit();
            }}
            onSaved={() => {
              setEditing(false);
              onNoteSaved(title);
              focusEdit();
            }}
          />
        ) : (
          item.note && (
            <p className="reading-item-note">
              <span className="reading-item-note-label">{t('readingLists.items.noteLabel')}</span> {item.note}
            </p>
          )
        )}
        {canEdit && item.addedBy && (
          <p className="reading-item-added">{t('readingLists.items.addedBy', { name: item.addedBy.name })}</p>
        )}
      </div>
      {(canTrack || canEdit) && (
        <div className="reading-item-tools">
          {canTrack && (
            <div className="reading-item-read">
              <input
                id={readId}
                type="checkbox"
                checked={item.viewerRead}
                onChange={(event) => onToggleRead(item, event.target.checked)}
              />
              <label htmlFor={readId}>
                <HiddenLabel i18nKey="items.read" values={{ title }} />
              </label>
            </div>
          )}
          {canEdit && (
            <div className="reading-item-actions">
              {reorderControls}
              {/* A restricted item's note is withheld (null): there is nothing to edit. */}
              {!editing && item.note !== null && (
                <button
                  type="button"
                  id={editId}
                  className="button button-secondary button-small"
                  onClick={() => setEditing(true)}
                >
                  <HiddenLabel i18nKey="items.editNote" values={{ title }} />
                </button>
              )}
              <ConfirmDeleteButton
                label={<HiddenLabel i18nKey="items.remove" values={{ title }} />}
                className="button-small"
                title={t('readingLists.items.removeTitle')}
                text={t('readingLists.items.removeText', { title })}
                confirmLabel={t('readingLists.items.removeConfirm')}
                busyLabel={t('readingLists.items.removing')}
                busy={removal.loading}
                errorText={
                  removal.error ? t('readingLists.items.removeError', { message: errorMessage(removal.error) }) : null
                }
                onOpen={removal.reset}
                onConfirm={() => removeItem({ variables: { itemId: item.id } })}
                onDeleted={() => onRemoved(title)}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
