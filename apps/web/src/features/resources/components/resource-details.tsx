import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import type { ResourceQuery } from '../../../generated/graphql';
import type { Translation } from '../../../i18n/fr';
import { useLabels } from '../../../i18n/use-labels';
import { DiscussedAt } from '../../../shared/ui/event-links';
import { DeleteResourceButton } from './delete-resource-button';
import { paths } from '../../../shared/paths';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Themes, audiences and tags as links to the search they filter (issue 13, item 15), each with what follows it. */
function LinkList({ items }: { items: readonly { key: string; label: string; to: string; after?: ReactNode }[] }) {
  return (
    <ul className="tag-list tag-links">
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to}>{item.label}</Link>
          {item.after}
        </li>
      ))}
    </ul>
  );
}

export type ResourceOnPage = NonNullable<ResourceQuery['resource']>;

/**
 * What other features show on a resource's page (reactions, following its organisation, reading lists, debriefs,
 * comments). The app composes them (app/composition/): a feature never imports another one.
 */
export interface ResourceSlots {
  reactions: (resource: ResourceOnPage) => ReactNode;
  followOrganisation: (organisation: NonNullable<ResourceOnPage['organisation']>) => ReactNode;
  followTheme: (theme: ResourceOnPage['themes'][number]) => ReactNode;
  addToReadingList: (resource: ResourceOnPage) => ReactNode;
  debriefs: (resource: ResourceOnPage) => ReactNode;
  comments: (resource: ResourceOnPage) => ReactNode;
  /** « Ce lien semble cassé depuis le … », under the link. */
  linkStatus: (resource: ResourceOnPage) => ReactNode;
  /** The files it carries: download, open, text status. */
  files: (resource: ResourceOnPage) => ReactNode;
}

/**
 * A resource as a page: what it is, what it says, and everything known about it. « Modifier » and
 * « Supprimer » only for those the API lets edit it (the API checks again on save and delete).
 */
export function ResourceDetails({ resource, slots }: { resource: ResourceOnPage; slots: ResourceSlots }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const f = (key: keyof Translation['resource']['fields']) => t(`resource.fields.${key}`);

  return (
    <article className="resource">
      <header className={resource.thumbnailUrl ? 'page-header has-thumbnail' : 'page-header'}>
        {resource.thumbnailUrl && (
          // Decorative: the first page of the main file, whose name and link are listed with the files.
          <img className="resource-thumbnail" src={resource.thumbnailUrl} alt="" width={144} height={192} />
        )}
        <p className="resource-kind">
          <span className={`type-badge type-${resource.type}`}>{labels.type(resource.type)}</span>
          <span className="hit-meta-part">{labels.format(resource.format)}</span>
        </p>
        <h1>{resource.title}</h1>
        {slots.reactions(resource)}
        <p className="lead">{resource.summary}</p>
        {resource.viewerCanEdit && (
          <div className="resource-actions">
            <Link to={paths.editResource(resource.slug)} className="button button-secondary">
              {t('resource.edit')}
            </Link>
            <DeleteResourceButton id={resource.id} slug={resource.slug} title={resource.title} />
          </div>
        )}
        <p className="resource-history-link">
          <Link to={paths.resourceHistory(resource.slug)}>{t('history.link')}</Link>
        </p>
      </header>

      {resource.url && (
        <p className="resource-link">
          <a href={resource.url} rel="noopener noreferrer">
            {t('resource.openUrl')}
          </a>
          <span className="resource-url">{resource.url}</span>
        </p>
      )}
      {resource.url && slots.linkStatus(resource)}
      {slots.files(resource)}

      {resource.body && (
        <section aria-labelledby="resource-notes">
          <h2 id="resource-notes">{t('resource.notes')}</h2>
          {/* Plain text: line breaks are kept by CSS (white-space: pre-line), nothing is parsed as HTML. */}
          <div className="resource-notes">{resource.body}</div>
        </section>
      )}

      <section aria-labelledby="resource-details">
        <h2 id="resource-details">{t('resource.details')}</h2>
        <dl className="details-list">
          {resource.authors.length > 0 && (
            <Detail term={f('authors')}>{resource.authors.join(t('common.listSeparator'))}</Detail>
          )}
          {resource.publisher && <Detail term={f('publisher')}>{resource.publisher}</Detail>}
          {resource.year !== null && <Detail term={f('year')}>{resource.year}</Detail>}
          <Detail term={f('language')}>{labels.resourceLanguage(resource.language)}</Detail>
          {resource.licence && <Detail term={f('licence')}>{resource.licence}</Detail>}
          {resource.durationMinutes !== null && (
            <Detail term={f('duration')}>{t('resource.minutes', { count: resource.durationMinutes })}</Detail>
          )}
          {resource.themes.length > 0 && (
            <Detail term={f('themes')}>
              <LinkList
                items={resource.themes.map((theme) => ({
                  key: theme.slug,
                  label: labels.theme(theme),
                  to: paths.search({ theme: theme.slug }),
                  after: slots.followTheme({ ...theme, label: labels.theme(theme) }),
                }))}
              />
            </Detail>
          )}
          {resource.audiences.length > 0 && (
            <Detail term={f('audiences')}>
              <LinkList
                items={resource.audiences.map((a) => ({
                  key: a.slug,
                  label: labels.audience(a.slug, a.label),
                  to: paths.search({ audience: a.slug }),
                }))}
              />
            </Detail>
          )}
          {resource.tags.length > 0 && (
            <Detail term={f('tags')}>
              <LinkList
                items={resource.tags.map((tag) => ({
                  key: tag.slug,
                  label: tag.label,
                  to: paths.search({ tag: tag.slug }),
                }))}
              />
            </Detail>
          )}
          {resource.organisation && (
            <Detail term={f('organisation')}>
              <span className="detail-with-action">
                {resource.organisation.name}
                {slots.followOrganisation(resource.organisation)}
              </span>
            </Detail>
          )}
          {resource.contributor && (
            <Detail term={f('contributor')}>
              <Link to={paths.member(resource.contributor.slug)}>{resource.contributor.name}</Link>
            </Detail>
          )}
          <Detail term={f('visibility')}>{labels.visibility(resource.visibility)}</Detail>
          <Detail term={f('createdAt')}>
            <time dateTime={resource.createdAt}>{formatDate(resource.createdAt, labels.language)}</time>
          </Detail>
          <Detail term={f('updatedAt')}>
            <time dateTime={resource.updatedAt}>{formatDate(resource.updatedAt, labels.language)}</time>
          </Detail>
        </dl>
      </section>

      <DiscussedAt events={resource.discussedAt} />
      {slots.addToReadingList(resource)}
      {resource.type === 'outil' && slots.debriefs(resource)}
      {slots.comments(resource)}
    </article>
  );
}
