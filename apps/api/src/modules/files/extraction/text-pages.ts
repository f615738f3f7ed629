// Text kept per file: whitespace tidied, capped at maxTextChars for all pages together.

/**
 * Collapses runs of spaces and blank lines; keeps single line breaks, which separate paragraphs. Control characters go
 * (PostgreSQL refuses NUL in text, and PDFs do carry them).
 */
export function tidyText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\t\f\v \u00a0]+/g, (run) => (run.includes('\t') ? '\t' : ' '))
      .replace(/[ \t]*\n[ \t\n]*/g, (run) => (run.split('\n').length > 2 ? '\n\n' : '\n'))
      .trim()
  );
}

/** Hands out the characters a file may keep; once spent, later pages come back empty (their numbering stays). */
export class TextBudget {
  private left: number;

  constructor(maxChars: number) {
    this.left = maxChars;
  }

  get exhausted(): boolean {
    return this.left <= 0;
  }

  take(text: string): string {
    const tidy = tidyText(text);
    const kept = tidy.length <= this.left ? tidy : tidy.slice(0, Math.max(0, this.left));
    this.left -= kept.length;
    return kept;
  }
}

/** Cuts a document without pages (DOCX, ODT) into chunks of about `size` characters, at paragraph ends when it can. */
export function chunkText(text: string, size = 3000): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of text.split('\n')) {
    if (current && current.length + paragraph.length + 1 > size) {
      chunks.push(current);
      current = '';
    }
    let rest = paragraph;
    while (rest.length > size) {
      const cut = rest.lastIndexOf(' ', size) > size / 2 ? rest.lastIndexOf(' ', size) : size;
      if (current) chunks.push(current);
      current = '';
      chunks.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    current = current ? `${current}\n${rest}` : rest;
  }
  if (current.trim()) chunks.push(current);
  return chunks;
}
