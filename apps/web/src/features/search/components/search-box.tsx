import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { QuickSearchHit } from '../hooks/use-quick-search';
import { HighlightedText } from './highlighted-text';

type Kind = QuickSearchHit['kind'];

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Suggestions for what is typed, best first (empty: no list). */
  suggestions?: readonly QuickSearchHit[];
  /** A suggestion was chosen (Enter on the active one, or a click). */
  onSelect?: (hit: QuickSearchHit) => void;
  /** The query was submitted (Enter without a chosen suggestion): the results must be asked for again. */
  onSubmit?: () => void;
}

interface Item {
  key: string;
  hit: QuickSearchHit;
}

/** The suggestions grouped by kind, the groups in the order of their best hit; the order arrows follow. */
export function groupSuggestions(suggestions: readonly QuickSearchHit[]): { kind: Kind; items: Item[] }[] {
  const groups: { kind: Kind; items: Item[] }[] = [];
  for (const hit of suggestions) {
    const item = { key: `${hit.kind}:${hit.slug}`, hit };
    const group = groups.find((g) => g.kind === hit.kind);
    if (group) group.items.push(item);
    else groups.push({ kind: hit.kind, items: [item] });
  }
  return groups;
}

/**
 * The search box, a combobox (WAI-ARIA 1.2, list autocomplete): typing still searches as before,
 * and suggestions show in a list under the box. Focus stays in the box; ArrowDown/ArrowUp move
 * the active suggestion (aria-activedescendant), Enter chooses it, Escape or a click elsewhere closes.
 */
export function SearchBox({ value, onChange, suggestions = [], onSelect, onSubmit }: SearchBoxProps) {
  const { t } = useTranslation();
  // Resources are described in the interface's language (type and year); other kinds by the API's text.
  const suggestionDetail = (hit: { detail?: string | null; resourceType?: string | null; year?: number | null }) =>
    hit.resourceType
      ? [t(`types.${hit.resourceType}` as 'types.lecture'), hit.year].filter(Boolean).join(' · ')
      : hit.detail;
  const id = useId();
  const listboxId = `${id}-suggestions`;
  const rootRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // The active suggestion by identity, so it stays active when the list is refreshed around it.
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const groups = groupSuggestions(suggestions);
  const items = groups.flatMap((group) => group.items);
  const expanded = open && items.length > 0;
  const activeIndex = expanded ? items.findIndex((item) => item.key === activeKey) : -1;
  const optionId = (index: number) => `${id}-suggestion-${index}`;
  const activeId = activeIndex >= 0 ? optionId(activeIndex) : undefined;

  const close = () => {
    setOpen(false);
    setActiveKey(null);
  };

  const choose = (hit: QuickSearchHit) => {
    close();
    onSelect?.(hit);
  };

  // A click (or touch) anywhere outside the box and its list closes the list.
  useEffect(() => {
    if (!expanded) return undefined;
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) {
        setOpen(false);
        setActiveKey(null);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('mousedown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('mousedown', onPointerDown);
    };
  }, [expanded]);

  // Keep the active suggestion in view (on a small screen the list can reach below the fold).
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (items.length === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        let next: number;
        if (!expanded || activeIndex < 0) next = down ? 0 : items.length - 1;
        else next = (activeIndex + (down ? 1 : -1) + items.length) % items.length;
        setOpen(true);
        setActiveKey(items[next].key);
        return;
      }
      case 'Enter':
        if (expanded && activeIndex >= 0) {
          event.preventDefault();
          choose(items[activeIndex].hit);
        } else {
          // No suggestion chosen: the form is submitted (results asked for again). Close the list even if it is not
          // showing yet, or suggestions answered after Enter would open it over the results.
          close();
        }
        return;
      case 'Escape':
        if (expanded) {
          // Only close the list: without this, the browser would also empty a search field.
          event.preventDefault();
          close();
        }
        return;
      default:
    }
  };

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="combobox" ref={rootRef}>
        <input
          id={id}
          type="search"
          role="combobox"
          name="q"
          value={value}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          onChange={(event) => {
            setOpen(true);
            setActiveKey(null);
            onChange(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            if (!rootRef.current?.contains(event.relatedTarget as Node | null)) close();
          }}
        />
        <div
          id={listboxId}
          role="listbox"
          aria-label={t('search.suggestions.label')}
          className="suggestions"
          hidden={!expanded}
        >
          {expanded &&
            groups.map((group) => {
              const labelId = `${id}-kind-${group.kind}`;
              return (
                <div key={group.kind} role="group" aria-labelledby={labelId} className="suggestion-group">
                  <div id={labelId} role="presentation" className="suggestion-kind">
                    {t(`search.suggestions.kinds.${group.kind}`)}
                  </div>
                  {group.items.map((item) => {
                    const index = items.indexOf(item);
                    return (
                      <div
                        key={item.key}
                        id={optionId(index)}
                        role="option"
                        aria-selected={index === activeIndex}
                        className="suggestion"
                        // Keep the focus in the box, so choosing by mouse works like choosing by keyboard.
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => choose(item.hit)}
                      >
                        <span className="suggestion-title">
                          <HighlightedText segments={item.hit.title} fallback={item.hit.slug} />
                        </span>
                        {suggestionDetail(item.hit) && (
                          <span className="suggestion-detail">{suggestionDetail(item.hit)}</span>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
        </div>
      </div>
    </form>
  );
}
