import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { WHO_READ_ANCHOR } from '../../../shared/paths';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { RemindReadingListUnreadMutation } from '../graphql/reading-lists.documents';
import { useItemTitle } from '../hooks/item-title';
import type { ReadingList } from '../hooks/use-reading-list-mutations';

/**
 * « Qui a lu quoi », for the curator and the collaborators: one row per person the list is for (curator,
 * collaborators, attendees who answered « Oui », whoever marked something read), 0 read included, their progress and
 * the titles they read, in the list's order; « Relancer » mails those who read nothing (issue 13, item 13).
 */
export function WhoReadWhat({ list, announce }: { list: ReadingList; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [remind, reminding] = useMutation(RemindReadingListUnreadMutation);
  const unread = list.participants.filter((p) => p.read === 0 && p.member.id !== viewer?.id).length;
  const titleOf = useItemTitle();
  const id = useId();
  const headingId = `${id}-title`;
  const captionId = `${id}-caption`;
  const total = list.items.length;

  return (
    <section className="who-read-what" id={WHO_READ_ANCHOR} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('readingLists.whoRead.title')}</h2>
      <p>{t('readingLists.whoRead.intro')}</p>
      {list.participants.length === 0 ? (
        <p className="empty-state">{t('readingLists.whoRead.empty')}</p>
      ) : (
        // Scrolls sideways on narrow screens: focusable so that the keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table">
            <caption id={captionId}>{t('readingLists.whoRead.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('readingLists.whoRead.columns.member')}</th>
                <th scope="col">{t('readingLists.whoRead.columns.progress')}</th>
                <th scope="col">{t('readingLists.whoRead.columns.titles')}</th>
              </tr>
            </thead>
            <tbody>
              {list.participants.map((participant) => {
                const read = new Set(participant.readItemIds);
                const titles = list.items.filter((item) => read.has(item.id)).map(titleOf);
                return (
                  <tr key={participant.member.id}>
                    <th scope="row">{participant.member.name}</th>
                    <td>{t('readingLists.progress', { count: participant.read, total })}</td>
                    <td className="cell-wrap">
                      <ul className="plain-list">
                        {titles.map((title, index) => (
                          <li key={index}>{title}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {list.viewerCanEdit && list.items.length > 0 && unread > 0 && (
        <ConfirmButton
          label={t('readingLists.whoRead.remind', { count: unread })}
          className="button-secondary"
          title={t('readingLists.whoRead.remindTitle')}
          text={t('readingLists.whoRead.remindText', { count: unread })}
          confirmLabel={t('readingLists.whoRead.remindConfirm')}
          busyLabel={t('readingLists.whoRead.reminding')}
          busy={reminding.loading}
          errorText={reminding.error ? errorMessage(reminding.error) : null}
          onOpen={() => reminding.reset()}
          onConfirm={async () => {
            const { data } = await remind({ variables: { slug: list.slug } });
            announce(t('readingLists.whoRead.reminded', { count: data?.remindReadingListUnread ?? 0 }));
          }}
          onDone={() => undefined}
        />
      )}
    </section>
  );
}
