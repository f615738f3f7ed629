import { ItemAvailability } from '../dto/reading-list.objects';
import { ListDocument, RESTRICTED_LINE, deletedLine, meetingLine } from './list-document';

const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

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
      if (r.url) lines.push(`   Source : <${r.url}>`);
    } else {
      lines.push(
        `${number} ${escape(item.availability === ItemAvailability.DELETED ? deletedLine(item.titleSnapshot) : RESTRICTED_LINE)}`,
      );
    }
    if (item.note) lines.push(`   > ${escape(item.note)}`);
  });
  lines.push('', `Liste en ligne : ${pageUrl(`/listes/${list.slug}`)}`, '');
  return lines.join('\n');
}
