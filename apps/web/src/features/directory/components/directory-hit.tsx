import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { DirectoryQuery } from '../../../generated/graphql';
import { paths } from '../../../shared/paths';
import { useKindLabel } from '../hooks/use-kind-label';
import { KnowledgeEvidence } from '../../../shared/ui/knowledge-evidence';

export type DirectoryHit = DirectoryQuery['directory']['hits'][number];

/** One organisation or person in the directory's list: name as a link, then what helps tell them apart. */
export function DirectoryHitItem({ hit }: { hit: DirectoryHit }) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const isPerson = hit.type === 'PERSON';
  const details = isPerson ? [hit.function, hit.organisationName] : [hit.kind ? kindLabel(hit.kind) : null, hit.city];
  return (
    <li className={hit.logoUrl ? 'directory-hit directory-hit-with-logo' : 'directory-hit'}>
      {hit.logoUrl && (
        <img
          className="directory-hit-logo"
          src={hit.logoUrl}
          alt={t('organisation.logo.alt', { name: hit.name })}
          width={48}
          height={48}
          loading="lazy"
        />
      )}
      <p className="directory-hit-type">{isPerson ? t('directory.person') : t('directory.organisation')}</p>
      <h3>
        <Link to={isPerson ? paths.member(hit.slug) : paths.organisation(hit.slug)}>{hit.name}</Link>
      </h3>
      <p className="directory-hit-details">
        {details.filter(Boolean).join(' · ')}
        {hit.priorityNeighbourhood && <span className="badge">{t('directory.qpv')}</span>}
        {hit.archived && <span className="badge">{t('directory.archived')}</span>}
      </p>
      {hit.evidence && (
        <KnowledgeEvidence evidence={hit.evidence} label={t('directory.evidence.why', { name: hit.name })} />
      )}
      {hit.themeLabels.length > 0 && (
        <p className="directory-hit-themes">{t('directory.expertise', { themes: hit.themeLabels.join(', ') })}</p>
      )}
    </li>
  );
}
