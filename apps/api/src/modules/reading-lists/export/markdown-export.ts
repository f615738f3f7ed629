import { ItemAvailability } from '../dto/reading-list.objects';
import { ListDocument, RESTRICTED_LINE, deletedLine, meetingLine } from './list-document';

const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * An address as an autolink can carry it: the URL parser's form, in which spaces, `<`, `>`, quotes and backticks are
 * percent-encoded, so nothing in it closes the `<…>` (issue 13, item 7). Null for what is not an http(s) URL.
 */
export function autolinkHref(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/[<>\s"`]/g, (char) => encodeURIComponent(char));
  } catch {
    return null;
  }
}

/** A note as a quote: every line of it, so that its second line does not escape the quote. */
const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `   > ${escape(line)}`.trimEnd())
    .join('\n');

/** The list as Markdown: title, meeting, introduction, then a numbered list with links and notes. */
export function listToMarkdown({ list, pageUrl, meeting }: ListDocument): string {
  const lines = [`# ${escape(list.title)}`, ''];
  if (meeting) lines.push(`**Rencontre :** ${escape(meetingLine(meeting))}`, '');
  if (list.intro) lines.push(escape(list.intro), '');
  list.items.forEach((item, index) => {
    const number = `${index + 1}.`;
    if (item.availability === ItemAvailability.AVAILABLE && item.resource) {
      const r = item.resource;
      const byline = [r.authors.join(', '), r.year ? String(r.year) : ''].filter(Boolean).join(', ');
      lines.push(
        `${number} [${escape(r.title)}](${pageUrl(`/ressources/${r.slug}`)})${byline ? ` — ${escape(byline)}` : ''}`,
      );
      const href = r.url ? autolinkHref(r.url) : null;
      if (href) lines.push(`   Source : <${href}>`);
    } else {
      lines.push(
        `${number} ${escape(item.availability === ItemAvailability.DELETED ? deletedLine(item.titleSnapshot) : RESTRICTED_LINE)}`,
      );
    }
    if (item.note) lines.push(quote(item.note));
  });
  lines.push('', `Liste en ligne : ${pageUrl(`/listes/${list.slug}`)}`, '');
  return lines.join('\n');
}
