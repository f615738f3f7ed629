import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { SearchResourcesQuery } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { HighlightedText } from './highlighted-text';
import { FileMatchExcerpt } from './file-match-excerpt';
import { paths } from '../../../shared/paths';

export type Hit = SearchResourcesQuery['search']['hits'][number];

interface SearchHitProps {
  hit: Hit;
  /** For signed-in members: « Ajouter à une liste » under this result (see SearchSlots). */
  addToList?: ReactNode;
}

/**
 * One result: highlighted title (a link to the resource), what kind of resource it is, highlighted summary, where the
 * words were found inside a file when they were; the main file's thumbnail beside it; for members, « Ajouter à une
 * liste » below.
 */
export function SearchHit({ hit, addToList }: SearchHitProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { resource } = hit;
  const meta = [labels.type(resource.type), labels.format(resource.format), resource.year?.toString()].filter(Boolean);
  return (
    <article className={hit.thumbnailUrl ? 'hit has-thumbnail' : 'hit'}>
      {hit.thumbnailUrl && (
        // Decorative: the title next to it says what the resource is.
        <img className="hit-thumbnail" src={hit.thumbnailUrl} alt="" width={72} height={96} loading="lazy" />
      )}
      <h3 className="hit-title">
        <Link to={paths.resource(resource.slug)}>
          <HighlightedText segments={hit.title} fallback={resource.title} />
        </Link>
      </h3>
      <p className="hit-meta">
        <span className={`type-badge type-${resource.type}`}>{meta[0]}</span>
        {meta.slice(1).map((part) => (
          <span key={part} className="hit-meta-part">
            {part}
          </span>
        ))}
      </p>
      <p className="hit-summary">
        <HighlightedText segments={hit.summary} fallback={resource.summary} />
      </p>
      {hit.fileMatch && <FileMatchExcerpt match={hit.fileMatch} />}
      {resource.themes.length > 0 && (
        <ul className="tag-list" aria-label={t('resource.fields.themes')}>
          {resource.themes.map((theme) => (
            <li key={theme.id}>{labels.theme(theme)}</li>
          ))}
        </ul>
      )}
      {addToList}
    </article>
  );
}
