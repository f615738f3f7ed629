import { useId, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../../shared/graphql-errors';
import type { RsvpAnswer } from '../../../generated/graphql';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { RSVP_ANSWERS } from '../hooks/event-options';
import { useSetRsvp, type EventOnPage } from '../hooks/use-event-mutations';
import { paths } from '../../../shared/paths';

/** The groups of « Qui a répondu », in the order of the counts. */
const GROUP_ORDER: readonly RsvpAnswer[] = ['YES', 'MAYBE', 'NO'];

function Participants({ event }: { event: EventOnPage }) {
  const { t } = useTranslation();
  const id = useId();
  if (event.participants.length === 0) return <p className="empty-state">{t('events.rsvp.nobody')}</p>;
  return (
    <div className="rsvp-participants">
      <h3>{t('events.rsvp.whoTitle')}</h3>
      {GROUP_ORDER.map((answer) => {
        const members = event.participants
          .filter((participant) => participant.answer === answer)
          .map((participant) => participant.member);
        if (members.length === 0) return null;
        return (
          <div key={answer} className="rsvp-group">
            <h4 id={`${id}-${answer}`}>
              {t('events.rsvp.group', { answer: t(`events.rsvp.answers.${answer}`), count: members.length })}
            </h4>
            <ul className="inline-list" aria-labelledby={`${id}-${answer}`}>
              {members.map((member) => (
                <li key={member.id}>
                  <Link to={paths.member(member.slug)}>{member.name}</Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/**
 * « Participation »: the counts for everyone; for signed-in members « Participerez-vous ? » (oui / non / peut-être,
 * saved as soon as chosen, and said in a status message), « Retirer ma réponse », and who answered what.
 */
export function RsvpSection({ event }: { event: EventOnPage }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  const id = useId();
  const setRsvp = useSetRsvp();
  // A new key for each message: the same words twice are announced twice.
  const [status, setStatus] = useState({ text: '', key: 0 });
  const [error, setError] = useState<string | null>(null);
  const inputId = (index: number) => `${id}-answer-${index}`;

  const answer = async (value: RsvpAnswer | null) => {
    setError(null);
    setStatus((previous) => ({ text: '', key: previous.key }));
    try {
      await setRsvp(event, value);
      setStatus((previous) => ({
        text: value ? t(`events.rsvp.saved.${value}`) : t('events.rsvp.withdrawn'),
        key: previous.key + 1,
      }));
      // « Retirer ma réponse » goes with the answer: the focus goes back to the choices.
      if (value === null) document.getElementById(inputId(0))?.focus();
    } catch (caught) {
      setError(t('events.rsvp.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <section className="rsvp-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('events.rsvp.title')}</h2>
      <p className="rsvp-counts">
        {t('events.rsvp.counts', { yes: event.rsvpCounts.yes, maybe: event.rsvpCounts.maybe, no: event.rsvpCounts.no })}
      </p>
      {viewer && (
        <div className="rsvp-form">
          <fieldset className="field choice-group rsvp-choices">
            <legend>{t('events.rsvp.question')}</legend>
            <ul className="choices">
              {RSVP_ANSWERS.map((value, index) => (
                <li key={value}>
                  <input
                    id={inputId(index)}
                    type="radio"
                    name={`${id}-answer`}
                    value={value}
                    checked={event.viewerRsvp === value}
                    onChange={() => void answer(value)}
                  />
                  <label htmlFor={inputId(index)}>{t(`events.rsvp.answers.${value}`)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          {event.viewerRsvp && (
            <button type="button" className="button button-secondary" onClick={() => void answer(null)}>
              {t('events.rsvp.withdraw')}
            </button>
          )}
        </div>
      )}
      {viewer === null && (
        <p>
          <Trans i18nKey="events.rsvp.signIn" components={{ signin: <Link to={signInPath(location.pathname)} /> }} />
        </p>
      )}
      {/* Always in the page, so that what it says next is announced. */}
      <div role="status" className="rsvp-status">
        {status.text && (
          <p key={status.key} className="notice notice-success">
            {status.text}
          </p>
        )}
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {viewer && <Participants event={event} />}
    </section>
  );
}
