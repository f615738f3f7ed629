import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { useAddCollaborator, useRemoveCollaborator, type ReadingList } from '../hooks/use-reading-list-mutations';
import { HiddenLabel } from './hidden-label';
import { MemberPicker, type PickedMember } from './member-picker';

interface CollaboratorsSectionProps {
  list: ReadingList;
  announce: (text: string) => void;
}

/** « Collaborateur·rices », for the curator: who else edits the items, a member picker to add one, « Retirer X ». */
export function CollaboratorsSection({ list, announce }: CollaboratorsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-title`;
  const pickerId = `${id}-picker`;
  const [addCollaborator, adding] = useAddCollaborator();
  const [removeCollaborator] = useRemoveCollaborator();
  const [chosen, setChosen] = useState<PickedMember | null>(null);
  // Each new picker starts empty (after an addition).
  const [pickerKey, setPickerKey] = useState(0);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);

  const exclude = [list.curator?.slug ?? '', ...list.collaborators.map((member) => member.slug)];

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (adding.loading) return;
    setError(null);
    if (!chosen) {
      setFieldError(t('readingLists.collaborators.chooseFirst'));
      document.getElementById(pickerId)?.focus();
      return;
    }
    setFieldError(undefined);
    try {
      await addCollaborator({ variables: { slug: list.slug, memberSlug: chosen.slug } });
      announce(t('readingLists.collaborators.added', { name: chosen.name }));
      setChosen(null);
      setPickerKey((key) => key + 1);
      // A fresh, empty picker for the next person.
      setTimeout(() => document.getElementById(pickerId)?.focus(), 0);
    } catch (caught) {
      setError(t('readingLists.collaborators.error', { message: errorMessage(caught) }));
    }
  };

  const remove = async (member: { slug: string; name: string }) => {
    setError(null);
    try {
      await removeCollaborator({ variables: { slug: list.slug, memberSlug: member.slug } });
      announce(t('readingLists.collaborators.removed', { name: member.name }));
      // The button is gone with the person: focus goes to the picker.
      document.getElementById(pickerId)?.focus();
    } catch (caught) {
      setError(t('readingLists.collaborators.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <section className="collaborators-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('readingLists.collaborators.title')}</h2>
      <p>{t('readingLists.collaborators.intro')}</p>
      {list.collaborators.length === 0 ? (
        <p className="empty-state">{t('readingLists.collaborators.empty')}</p>
      ) : (
        <ul className="follow-list" aria-label={t('readingLists.collaborators.listLabel')}>
          {list.collaborators.map((member) => (
            <li key={member.id} className="follow-item">
              <span className="follow-label">{member.name}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void remove(member)}
              >
                <HiddenLabel i18nKey="collaborators.remove" values={{ name: member.name }} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <form className="collaborator-form" noValidate onSubmit={(event) => void add(event)}>
        <MemberPicker
          key={pickerKey}
          id={pickerId}
          label={t('readingLists.collaborators.picker')}
          hint={t('readingLists.collaborators.pickerHint')}
          error={fieldError}
          exclude={exclude}
          chosen={chosen}
          onChoose={(member) => {
            setChosen(member);
            if (member) setFieldError(undefined);
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-busy={adding.loading || undefined}>
            {adding.loading ? t('readingLists.collaborators.adding') : t('readingLists.collaborators.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
