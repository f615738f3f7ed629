import { ItemAvailability } from '../dto/reading-list.objects';
import { ListDocument, RESTRICTED_LINE, deletedLine, meetingLine } from './list-document';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font: 12pt/1.5 Georgia, 'Times New Roman', serif; color: #111; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.8rem; margin-bottom: .25rem; }
  .meta, .byline, .source { color: #333; font-size: .95rem; }
  .intro { white-space: pre-line; border-left: 3px solid #555; padding-left: 1rem; }
  ol { padding-left: 1.5rem; } li { margin: 0 0 1rem; break-inside: avoid; }
  .title { font-weight: bold; } .note { font-style: italic; margin: .25rem 0 0; }
  a { color: #0b4f8a; } .url { word-break: break-all; }
  @media print { body { margin: 0; max-width: none; } a { color: #111; text-decoration: none; } }`;

/** The print-friendly page of a list: plain HTML and a small stylesheet, no script (the PDF is this page printed). */
export function listToPrintHtml({ list, pageUrl, meeting }: ListDocument): string {
  const items = list.items.map((item) => {
    const r = item.availability === ItemAvailability.AVAILABLE ? item.resource : null;
    const head = r
      ? `<span class="title"><a href="${escape(pageUrl(`/ressources/${r.slug}`))}">${escape(r.title)}</a></span>` +
        (r.authors.length || r.year
          ? `<div class="byline">${escape([r.authors.join(', '), r.year ? String(r.year) : ''].filter(Boolean).join(', '))}</div>`
          : '') +
        (r.url ? `<div class="source">Source : <span class="url">${escape(r.url)}</span></div>` : '')
      : `<span class="title">${escape(item.availability === ItemAvailability.DELETED ? deletedLine(item.titleSnapshot) : RESTRICTED_LINE)}</span>`;
    return `<li>${head}${item.note ? `<p class="note">Note : ${escape(item.note)}</p>` : ''}</li>`;
  });
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escape(list.title)} — Culture commune</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<header>
<h1>${escape(list.title)}</h1>
<p class="meta">Liste de lecture${list.curator ? ` préparée par ${escape(list.curator.name)}` : ''} · ${list.items.length} ressource${list.items.length > 1 ? 's' : ''}</p>
${meeting ? `<p class="meta"><strong>Rencontre :</strong> ${escape(meetingLine(meeting))}</p>` : ''}
</header>
<main>
${list.intro ? `<p class="intro">${escape(list.intro)}</p>` : ''}
<ol>
${items.join('\n')}
</ol>
<p class="meta">En ligne : <span class="url">${escape(pageUrl(`/listes/${list.slug}`))}</span></p>
</main>
</body>
</html>`;
}
