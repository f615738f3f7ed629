import { useQuery } from '@apollo/client/react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useParams } from 'react-router';
import type { OrganisationPageQuery } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { formatDateTime, formatDay } from '../../../shared/format-date';
import { isNotFound } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { OrganisationPageQuery as Query } from '../graphql/directory.documents';
import { useKindLabel } from '../hooks/use-kind-label';
import { isAdmin, useViewer } from '../../../shared/viewer/use-viewer';
import { LogoUpload } from '../components/logo-upload';

type Page = OrganisationPageQuery['organisationPage'];

function OrganisationNotFound() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <h1>{t('organisation.notFoundTitle')}</h1>
      <p>{t('organisation.notFoundText')}</p>
      <p>
        <Link to={paths.directory}>{t('organisation.backToDirectory')}</Link>
      </p>
    </div>
  );
}

/** A list section with a heading and a sentence when it is empty. */
function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="empty-state">{empty}</p> : children}
    </section>
  );
}

function OrganisationDetails({ page }: { page: Page }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kindLabel = useKindLabel();
  const { organisation } = page;
  const details: [string, React.ReactNode][] = [
    [t('organisation.kind'), kindLabel(organisation.kind, organisation.kindDetail)],
    [t('organisation.commune'), organisation.city],
    [t('organisation.neighbourhood'), organisation.neighbourhood],
    [
      t('organisation.audiences'),
      organisation.audiences.length
        ? organisation.audiences.map((a) => labels.audience(a.slug, a.label)).join(', ')
        : null,
    ],
    [
      t('organisation.website'),
      organisation.website ? (
        <a href={organisation.website} rel="noopener noreferrer">
          {organisation.website}
        </a>
      ) : null,
    ],
    [t('organisation.contact'), organisation.publicContact],
  ];
  return (
    <>
      <header className="page-header organisation-header">
        {organisation.logoUrl && (
          <img
            className="organisation-logo"
            src={organisation.logoUrl}
            alt={t('organisation.logo.alt', { name: organisation.name })}
            width={96}
            height={96}
          />
        )}
        <h1>{organisation.name}</h1>
        {organisation.description && <p className="lead">{organisation.description}</p>}
        {organisation.priorityNeighbourhood && <p className="badge">{t('organisation.qpv')}</p>}
        {organisation.archivedAt && <p className="notice">{t('organisation.archived')}</p>}
      </header>
      <dl className="details-list">
        {details
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="details-item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}

/** `/structures/<slug>`: who the organisation is, its members, what it shared, tested and organised. */
export function OrganisationPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useLabels();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(Query, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const page = data?.organisationPage;
  const notFound = isNotFound(error);
  useDocumentTitle(page?.organisation.name ?? (notFound ? t('organisation.notFoundTitle') : undefined));

  if (notFound) return <OrganisationNotFound />;
  if (error && !page) return <LoadError text={t('organisation.error')} onRetry={() => void refetch()} />;
  if (!page) return <LoadingMessage text={t('common.loading')} />;
  return (
    <article className="organisation-page">
      <OrganisationDetails page={page} />
      {isAdmin(viewer?.role) && <LogoUpload slug={page.organisation.slug} onUploaded={() => void refetch()} />}
      <Section
        id="organisation-members"
        title={t('organisation.members')}
        empty={page.members.length ? null : t('organisation.noMembers')}
      >
        <ul className="bookmark-list">
          {page.members.map((member) => (
            <li key={member.id} className="bookmark-item">
              <Link to={paths.member(member.slug)}>{member.name}</Link>
              {member.title && <span> · {member.title}</span>}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="organisation-resources"
        title={t('organisation.resources')}
        empty={page.resources.length ? null : t('organisation.noResources')}
      >
        <ul className="bookmark-list">
          {page.resources.map((resource) => (
            <li key={resource.slug} className="bookmark-item">
              <Link to={paths.resource(resource.slug)}>{resource.title}</Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="organisation-debriefs"
        title={t('organisation.debriefs')}
        empty={page.debriefs.length ? null : t('organisation.noDebriefs')}
      >
        <p>{t('organisation.debriefsSummary', { count: page.participantsReached })}</p>
        <ul className="bookmark-list">
          {page.debriefs.map((debrief) => (
            <li key={debrief.id} className="bookmark-item">
              <Link to={paths.resource(debrief.resource.slug)}>{debrief.resource.title}</Link>
              <span>
                {' · '}
                {t('organisation.debriefLine', {
                  date: formatDay(debrief.workshopDate, language),
                  participants: debrief.participants,
                })}
                {debrief.author && (
                  <Trans
                    i18nKey="organisation.debriefBy"
                    values={{ name: debrief.author.name }}
                    components={{ author: <Link to={paths.member(debrief.author.slug)} /> }}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="organisation-events"
        title={t('organisation.events')}
        empty={page.events.length ? null : t('organisation.noEvents')}
      >
        <ul className="bookmark-list">
          {page.events.map((event) => (
            <li key={event.slug} className="bookmark-item">
              <Link to={paths.event(event.slug)}>{event.title}</Link>
              <span> · {formatDateTime(event.startsAt, language)}</span>
            </li>
          ))}
        </ul>
      </Section>
      {viewer && (
        <Section
          id="organisation-kits"
          title={t('organisation.kits')}
          empty={page.kits.length ? null : t('organisation.noKits')}
        >
          <ul className="bookmark-list">
            {page.kits.map((kit) => (
              <li key={kit.slug} className="bookmark-item">
                <Link to={paths.kit(kit.slug)}>{kit.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
