import { useLayoutEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { findMentionToken, insertMention, type MentionToken } from '../hooks/mention-token';
import { useMentionCandidates, type MentionCandidate } from '../../../shared/use-mention-candidates';
import { MemberSuggestions } from '../../../shared/ui/member-suggestions';

interface MentionTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  describedBy?: string;
  invalid?: boolean;
}

const tokenKey = (token: MentionToken | null) => (token ? `${token.start}:${token.query}` : null);

/**
 * The comment's textarea with `@` mentions, a combobox (WAI-ARIA 1.2, list autocomplete): when the caret
 * follows `@` and a letter, the members it may mention show in a list under the field, the first one active.
 * Focus stays in the field; ArrowDown/ArrowUp move the active member (aria-activedescendant), Enter or Tab
 * insert `@slug `, Escape closes the list until something else is typed.
 */
export function MentionTextarea({ id, value, onChange, rows = 4, describedBy, invalid }: MentionTextareaProps) {
  const { t } = useTranslation();
  const listboxId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const [token, setToken] = useState<MentionToken | null>(null);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  // The active member by identity, so it stays active when the list is refreshed around it.
  const [activeSlug, setActiveSlug] = useState<string | null>(null);
  const [inserted, setInserted] = useState<string | null>(null);

  const candidates = useMentionCandidates(token?.query ?? '');
  const expanded = token !== null && tokenKey(token) !== closedFor && candidates.length > 0;
  const found = candidates.findIndex((candidate) => candidate.slug === activeSlug);
  const activeIndex = expanded ? Math.max(found, 0) : -1;

  // After an insertion, the caret goes right after the mention (the value has been replaced by then).
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    fieldRef.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const follow = (element: HTMLTextAreaElement) => {
    const caret = element.selectionStart === element.selectionEnd ? element.selectionStart : -1;
    const next = findMentionToken(element.value, caret);
    if (tokenKey(next) !== tokenKey(token)) setActiveSlug(null);
    setToken(next);
  };

  const choose = (candidate: MentionCandidate) => {
    if (!token) return;
    const next = insertMention(value, token, candidate.slug);
    pendingCaret.current = next.caret;
    setToken(null);
    setActiveSlug(null);
    setInserted(candidate.name);
    onChange(next.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!expanded || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = (activeIndex + step + candidates.length) % candidates.length;
        setActiveSlug(candidates[next].slug);
        return;
      }
      case 'Enter':
      case 'Tab':
        if (event.shiftKey) return;
        event.preventDefault();
        choose(candidates[activeIndex]);
        return;
      case 'Escape':
        // Only the list closes: not a dialog or a form around the field.
        event.preventDefault();
        event.stopPropagation();
        setClosedFor(tokenKey(token));
        return;
      default:
    }
  };

  const status = expanded
    ? t('comments.mentions.count', { count: candidates.length })
    : inserted
      ? t('comments.mentions.inserted', { name: inserted })
      : '';

  return (
    <div className="combobox mention-combobox">
      <textarea
        id={id}
        ref={fieldRef}
        rows={rows}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-required
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setInserted(null);
          onChange(event.target.value);
          follow(event.target);
        }}
        onSelect={(event: SyntheticEvent<HTMLTextAreaElement>) => follow(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setToken(null)}
      />
      <MemberSuggestions
        id={listboxId}
        label={t('comments.mentions.listLabel')}
        expanded={expanded}
        candidates={candidates}
        activeIndex={activeIndex}
        optionId={optionId}
        onChoose={choose}
        withSlug
      />
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}
