import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { MemberProfileQuery } from '../../../generated/graphql';
import { paths } from '../../../shared/paths';
import { formatDate } from '../../../shared/format-date';
import { currentLanguage } from '../../../i18n/i18n';
import { directory as fr } from '../../../i18n/fr/directory';
import { useLabels } from '../../../i18n/use-labels';
import { useEvidencePhrases } from '../../../shared/ui/knowledge-evidence';
import { ContactForm } from './contact-form';

type Profile = MemberProfileQuery['memberProfile'];

/** What other features show on a member's page (« Suivre »), composed by the app (app/composition/). */
export interface MemberSlots {
  /** `onChanged` after following or unfollowing. */
  follow: (member: Profile['member'], onChanged: () => void) => ReactNode;
}

interface MemberProfileProps {
  profile: Profile;
  /** After following or unfollowing: the follower count is asked again. */
  onFollowChanged: () => void;
  slots: MemberSlots;
  /** Visitors see a public person's page without « Suivre ». */
  signedIn: boolean;
}

/** A member's page: who, where, on what themes, how many follow them, what they shared lately. */
export function MemberProfile({ profile, onFollowChanged, slots, signedIn }: MemberProfileProps) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const themeLabel = labels.theme;
  const { member, directory } = profile;
  const evidencePhrases = useEvidencePhrases();
  const languages = directory.languages.map((code) =>
    Object.prototype.hasOwnProperty.call(fr.directory.languages, code)
      ? t(`directory.languages.${code as keyof typeof fr.directory.languages}`)
      : code,
  );
  return (
    <article className="member-profile">
      <header className="page-header">
        <h1>{member.name}</h1>
        {member.title && <p className="lead">{member.title}</p>}
        {profile.deactivatedAt && (
          <p className="notice">
            {t('members.deactivated', { date: formatDate(profile.deactivatedAt, currentLanguage(i18n)) })}
          </p>
        )}
        <div className="member-follow">
          <p className="member-followers">{t('members.followers', { count: profile.followerCount })}</p>
          {profile.isViewer ? (
            <p>
              {t('members.itsYou')} <Link to="/profil">{t('members.editProfile')}</Link>
            </p>
          ) : (
            signedIn && slots.follow(member, onFollowChanged)
          )}
        </div>
      </header>
      <dl className="details-list">
        {member.organisation && (
          <div className="details-item">
            <dt>{t('members.organisation')}</dt>
            <dd>
              <Link to={paths.organisation(member.organisation.slug)}>{member.organisation.name}</Link>
            </dd>
          </div>
        )}
        {profile.expertise.length > 0 && (
          <div className="details-item">
            <dt>{t('members.expertise')}</dt>
            <dd>
              <ul className="tag-list">
                {profile.expertise.map((theme) => (
                  <li key={theme.id}>{themeLabel(theme)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {directory.contactThemes.length > 0 && (
          <div className="details-item">
            <dt>{t('person.contactThemes')}</dt>
            <dd>
              <ul className="tag-list">
                {directory.contactThemes.map((theme) => (
                  <li key={theme.id}>{themeLabel(theme)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {directory.audiences.length > 0 && (
          <div className="details-item">
            <dt>{t('person.audiences')}</dt>
            <dd>{directory.audiences.map((audience) => labels.audience(audience.slug, audience.label)).join(', ')}</dd>
          </div>
        )}
        {languages.length > 0 && (
          <div className="details-item">
            <dt>{t('person.languages')}</dt>
            <dd>{languages.join(', ')}</dd>
          </div>
        )}
      </dl>
      {profile.isViewer && (
        <p className="field-hint">
          {directory.directoryVisibility === 'public' ? t('person.visibilityPublic') : t('person.visibilityMembers')}
        </p>
      )}
      {directory.themeKnowledge.length > 0 && (
        <section aria-labelledby="member-knowledge">
          <h2 id="member-knowledge">{t('person.knowledge')}</h2>
          <p className="field-hint">{t('person.knowledgeHint')}</p>
          <ul className="knowledge-list">
            {directory.themeKnowledge.map(({ theme, evidence }) => (
              <li key={theme.id}>
                <span className="knowledge-theme">{themeLabel(theme)}</span>{' '}
                <span className="knowledge-evidence">{evidencePhrases(evidence).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {signedIn && !profile.isViewer && (
        <section aria-labelledby="member-contact">
          <h2 id="member-contact">{t('person.contact.title')}</h2>
          {directory.viewerCanContact ? (
            <ContactForm memberSlug={member.slug} name={member.name} />
          ) : (
            <p className="empty-state">{t('person.contact.refuses')}</p>
          )}
        </section>
      )}
      <section aria-labelledby="member-recent">
        <h2 id="member-recent">{t('members.recent')}</h2>
        {profile.recentResources.length === 0 ? (
          <p className="empty-state">{t('members.noResources')}</p>
        ) : (
          <ul className="bookmark-list">
            {profile.recentResources.map((resource) => (
              <li key={resource.slug} className="bookmark-item">
                <Link to={paths.resource(resource.slug)}>{resource.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
