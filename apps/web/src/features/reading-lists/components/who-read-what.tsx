import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useItemTitle } from '../hooks/item-title';
import type { ReadingList } from '../hooks/use-reading-list-mutations';

/**
 * « Qui a lu quoi », for the curator and the collaborators: a table with one row per person who marked something
 * read, their progress and the titles they read, in the list's order.
 */
export function WhoReadWhat({ list }: { list: ReadingList }) {
  const { t } = useTranslation();
  const titleOf = useItemTitle();
  const id = useId();
  const headingId = `${id}-title`;
  const captionId = `${id}-caption`;
  const total = list.items.length;

  return (
    <section className="who-read-what" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('readingLists.whoRead.title')}</h2>
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
    </section>
  );
}
