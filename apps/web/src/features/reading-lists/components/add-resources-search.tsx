import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { AddReadingListItemMutation, ListResourceSuggestionsQuery } from '../graphql/reading-lists.documents';
import type { ReadingList } from '../hooks/use-reading-list-mutations';
import { HiddenLabel } from './hidden-label';

/** The API is asked once typing pauses this long, and from two characters on. */
export const SUGGESTIONS_DEBOUNCE_MS = 250;
const MIN_LENGTH = 2;

interface AddResourcesSearchProps {
  list: Pick<ReadingList, 'slug' | 'items'>;
  /** Says what was added in the page's status (announced). */
  announce: (text: string) => void;
  /** The section's heading: « Ajouter des ressources » (h2) on the list's page; the event page names the list (h3). */
  heading?: string;
  headingLevel?: 2 | 3;
  /** After each addition (the event page counts the list's items again). */
  onAdded?: () => void;
}

/**
 * « Ajouter des ressources », on the list's page for its team: a search field whose matching resources are added at the
 * end of the list in place, each with its own button; those already in the list say so (issue 13, item 14).
 */
export function AddResourcesSearch({ list, announce, heading, headingLevel = 2, onAdded }: AddResourcesSearchProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const debounced = useDebouncedValue(query.trim(), SUGGESTIONS_DEBOUNCE_MS);
  const enabled = debounced.length >= MIN_LENGTH && query.trim() !== '';
  const { data, previousData, loading } = useQuery(
    ListResourceSuggestionsQuery,
    enabled ? { variables: { q: debounced } } : skipToken,
  );
  const [addItem] = useMutation(AddReadingListItemMutation);
  const inList = new Set(list.items.flatMap((item) => (item.resource ? [item.resource.slug] : [])));
  const hits = enabled ? ((data ?? previousData)?.quickSearch.hits ?? []).filter((hit) => hit.kind === 'resource') : [];

  const add = async (resourceSlug: string, title: string) => {
    setAdding(resourceSlug);
    setFailure(null);
    try {
      // The answer is the whole list: Apollo writes it over the page's, which shows the new item at the end.
      await addItem({ variables: { slug: list.slug, resourceSlug, note: '' } });
      announce(t('readingLists.addResources.added', { title }));
      onAdded?.();
    } catch (caught) {
      setFailure(t('readingLists.addResources.failed', { title, message: errorMessage(caught) }));
    } finally {
      setAdding(null);
    }
  };

  return (
    <section className="add-resources" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading ?? t('readingLists.addResources.title')}</Heading>
      <div className="field">
        <label htmlFor={inputId}>{t('readingLists.addResources.label')}</label>
        <p id={hintId} className="field-hint">
          {t('readingLists.addResources.hint')}
        </p>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          aria-describedby={hintId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {failure && (
        <p role="alert" className="notice notice-error">
          {failure}
        </p>
      )}
      {enabled && hits.length === 0 && !loading && <p>{t('readingLists.addResources.none', { query: debounced })}</p>}
      {hits.length > 0 && (
        <ul className="add-resources-hits" aria-label={t('readingLists.addResources.results')}>
          {hits.map((hit) => {
            const title = hit.title.map((segment) => segment.text).join('');
            return (
              <li key={hit.slug}>
                <span className="add-resources-title">{title}</span>
                {hit.detail && <span className="add-resources-detail">{hit.detail}</span>}
                {inList.has(hit.slug) ? (
                  <span className="add-resources-already">{t('readingLists.addResources.already')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={adding !== null}
                    onClick={() => void add(hit.slug, title)}
                  >
                    <HiddenLabel i18nKey="addResources.add" values={{ title }} />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
