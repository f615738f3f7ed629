/** A table as the CSV export writes it: a header row, then one row per line; « < 3 » where a count is hidden. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

const quote = (cell: string) => (/[",\n\r;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** RFC 4180 text with a byte-order mark, so that spreadsheets open the accents right. */
export function toCsv(table: CsvTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Offers `csv` as a download named `fileName` (built in the browser: nothing goes back to the server). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
