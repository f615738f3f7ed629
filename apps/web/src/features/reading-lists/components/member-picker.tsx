import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useMentionCandidates, type MentionCandidate } from '../../../shared/use-mention-candidates';
import { MemberSuggestions } from '../../../shared/ui/member-suggestions';

export type PickedMember = MentionCandidate;

interface MemberPickerProps {
  id: string;
  label: string;
  hint: string;
  error?: string;
  /** Slugs not to offer (the curator, the collaborators already there). */
  exclude: readonly string[];
  chosen: PickedMember | null;
  onChoose: (member: PickedMember | null) => void;
}

/**
 * A member by name: a combobox (WAI-ARIA 1.2, list autocomplete) asking the API's mention candidates as one types.
 * ArrowDown/ArrowUp move the active member, Enter or a click chooses it, Escape closes the list. Once someone is
 * chosen, Enter submits the surrounding form.
 */
export function MemberPicker({ id, label, hint, error, exclude, chosen, onChoose }: MemberPickerProps) {
  const { t } = useTranslation();
  const listboxId = `${id}-options`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeSlug, setActiveSlug] = useState<string | null>(null);

  const query = chosen ? '' : text.trim();
  const candidates = useMentionCandidates(query).filter((candidate) => !exclude.includes(candidate.slug));
  const expanded = open && query !== '' && candidates.length > 0;
  const activeIndex = expanded
    ? Math.max(
        candidates.findIndex((candidate) => candidate.slug === activeSlug),
        0,
      )
    : -1;

  const choose = (candidate: PickedMember) => {
    setText(candidate.name);
    setOpen(false);
    setActiveSlug(null);
    onChoose(candidate);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!expanded || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveSlug(candidates[(activeIndex + step + candidates.length) % candidates.length].slug);
        return;
      }
      case 'Enter':
        // Choosing, not submitting the form.
        event.preventDefault();
        choose(candidates[activeIndex]);
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        return;
      default:
    }
  };

  const status = expanded
    ? t('readingLists.collaborators.count', { count: candidates.length })
    : chosen
      ? t('readingLists.collaborators.chosen', { name: chosen.name })
      : '';

  return (
    <div className={`field ${error ? 'has-error' : ''}`.trim()}>
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="combobox">
        <input
          id={id}
          type="text"
          autoComplete="off"
          value={text}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActiveSlug(null);
            if (chosen) onChoose(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <MemberSuggestions
          id={listboxId}
          label={t('readingLists.collaborators.candidates')}
          expanded={expanded}
          candidates={candidates}
          activeIndex={activeIndex}
          optionId={optionId}
          onChoose={choose}
        />
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </div>
    </div>
  );
}
