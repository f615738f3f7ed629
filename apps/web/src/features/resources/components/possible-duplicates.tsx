import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import type { LinkTools, PossibleDuplicate } from '../hooks/link-tools';

const DEBOUNCE_MS = 400;

/** « Cette ressource existe peut-être déjà : … », while the member types a title or an address. */
export function PossibleDuplicates({
  tools,
  url,
  title,
  excludeSlug,
}: {
  tools: LinkTools;
  url: string;
  title: string;
  excludeSlug?: string;
}) {
  const { t } = useTranslation();
  const query = useDebouncedValue(`${url.trim()}\n${title.trim()}`, DEBOUNCE_MS);
  const [debouncedUrl, debouncedTitle] = query.split('\n');
  // A title of a word or two matches too much to mean anything (the API says the same).
  const worthAsking = debouncedUrl !== '' || debouncedTitle.length >= 8;
  const [answer, setAnswer] = useState<{ query: string; rows: PossibleDuplicate[] } | null>(null);

  useEffect(() => {
    if (!worthAsking) return;
    let current = true;
    tools
      .duplicates({ url: debouncedUrl, title: debouncedTitle, excludeSlug })
      .then((rows) => current && setAnswer({ query, rows }))
      .catch(() => current && setAnswer({ query, rows: [] }));
    return () => {
      current = false;
    };
  }, [query, worthAsking, debouncedUrl, debouncedTitle, tools, excludeSlug]);

  // Only the answer to what the fields say now (not to an earlier, longer title).
  const found = worthAsking && answer?.query === query ? answer.rows : [];
  if (found.length === 0) return null;
  return (
    <div className="possible-duplicates" role="status">
      <p>{t('form.link.duplicates')}</p>
      <ul>
        {found.map((row) => (
          <li key={row.slug}>
            <Link to={paths.resource(row.slug)} target="_blank">
              {row.title}
            </Link>{' '}
            <span className="field-hint">{row.sameUrl ? t('form.link.sameUrl') : t('form.link.sameTitle')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
