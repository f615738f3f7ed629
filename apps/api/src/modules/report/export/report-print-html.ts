import { REPORT_LABELS_FR, REPORT_SECTIONS, type ReportTableId } from '@culture-commune/shared';
import type { ReportTableObject } from '../dto/report.objects';
import type { ReportDocument } from './report-document.service';
import { changeText, figureValue, formatDateTime, formatDay, tableText } from './report-print-labels';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font: 10pt/1.4 'DejaVu Sans', Arial, sans-serif; color: #111; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; } h2 { font-size: 13pt; margin: 1.2rem 0 .4rem; border-bottom: 1px solid #555; }
  .meta { margin: .1rem 0; color: #333; } .network { font-size: 12pt; font-weight: bold; margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; break-inside: auto; }
  caption { text-align: left; font-weight: bold; padding: .2rem 0; }
  th, td { border: 1px solid #999; padding: .15rem .35rem; text-align: left; vertical-align: top; }
  td.n { text-align: right; white-space: nowrap; } thead th { background: #eee; }
  tr { break-inside: avoid; } .empty { font-style: italic; color: #333; }`;

function table(id: ReportTableId, data: ReportTableObject): string {
  const title = escape(REPORT_LABELS_FR.tables[id]);
  if (data.rows.length === 0)
    return `<p class="meta"><strong>${title}</strong>\u00a0: <span class="empty">aucune donnée pour cette période.</span></p>`;
  const text = tableText(data);
  const head = text.header.map((cell) => `<th scope="col">${escape(cell)}</th>`).join('');
  const rows = text.rows.map(
    ([label, ...cells]) =>
      `<tr><th scope="row">${escape(label)}</th>${cells.map((cell) => `<td class="n">${escape(cell)}</td>`).join('')}</tr>`,
  );
  return `<table data-table="${id}"><caption>${title}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The whole report as one printable page (decision 0044): the network, the period and filters, when it was computed,
 * then per section its figures (with the previous period and the change) and its tables — charts as their data tables.
 * Plain HTML and a small stylesheet, no script: the PDF is this page printed by the pooled Chromium.
 */
export function reportToPrintHtml({ report, networkName, filters }: ReportDocument): string {
  const { period, previousPeriod } = report;
  const sections = REPORT_SECTIONS.map((section) => {
    const figures = report.figures
      .filter((figure) => figure.section === section)
      .map(
        (figure) =>
          `<tr data-figure="${figure.id}"><th scope="row">${escape(REPORT_LABELS_FR.figures[figure.id as keyof typeof REPORT_LABELS_FR.figures])}</th>` +
          `<td class="n">${escape(figureValue(figure.id, figure.value))}</td>` +
          `<td class="n">${escape(figureValue(figure.id, figure.previous))}</td>` +
          `<td>${escape(changeText(figure))}</td></tr>`,
      );
    const tables = report.tables
      .filter((data) => data.section === section)
      .map((data) => table(data.id as ReportTableId, data));
    return `<section>
<h2>${escape(REPORT_LABELS_FR.sections[section])}</h2>
<table><caption>Chiffres clés</caption><thead><tr><th scope="col">Indicateur</th><th scope="col">Période</th><th scope="col">Période précédente</th><th scope="col">Évolution</th></tr></thead>
<tbody>${figures.join('')}</tbody></table>
${tables.join('\n')}
</section>`;
  });
  const title = `Rapport d’activité — ${networkName}`;
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body>
<header>
<p class="network">${escape(networkName)}</p>
<h1>Rapport d’activité</h1>
<p class="meta">Du ${escape(formatDay(period.from))} au ${escape(formatDay(period.to))}, comparé au ${escape(formatDay(previousPeriod.from))} – ${escape(formatDay(previousPeriod.to))}.</p>
<p class="meta">${filters.length ? `Filtres\u00a0: ${escape(filters.join(' ; '))}.` : 'Sans filtre\u00a0: tout le réseau.'}</p>
<p class="meta">Calculé le ${escape(formatDateTime(report.generatedAt))}.${report.shared ? ' Rapport partagé en lecture seule.' : ''}</p>
<p class="meta">Les brouillons, les ressources à la corbeille et les listes privées ne sont jamais comptés. Les filtres thème et public ne s’appliquent pas aux rencontres ni au réseau.</p>
</header>
<main>
${sections.join('\n')}
${report.shared ? '<p class="meta">«\u00a0&lt; 3\u00a0»\u00a0: moins de 3, masqué pour que personne ne soit reconnaissable.</p>' : ''}
</main>
</body>
</html>`;
}
