import { EXTRACTION_MESSAGES, MEDIA_TYPES, textUnitOf } from './extraction-result';
import { TextBudget, chunkText, tidyText } from './text-pages';

describe('what a page of extracted text is', () => {
  it('names the unit of each format for display: page, slide, sheet, chapter, none for DOCX/ODT and media', () => {
    expect(textUnitOf('application/pdf')).toBe('page');
    expect(textUnitOf('APPLICATION/PDF; charset=binary')).toBe('page');
    expect(textUnitOf(MEDIA_TYPES.pptx)).toBe('slide');
    expect(textUnitOf(MEDIA_TYPES.odp)).toBe('slide');
    expect(textUnitOf(MEDIA_TYPES.xlsx)).toBe('sheet');
    expect(textUnitOf(MEDIA_TYPES.ods)).toBe('sheet');
    expect(textUnitOf(MEDIA_TYPES.epub)).toBe('chapter');
    expect(textUnitOf(MEDIA_TYPES.docx)).toBeNull();
    expect(textUnitOf(MEDIA_TYPES.odt)).toBeNull();
    expect(textUnitOf('image/png')).toBeNull();
    expect(textUnitOf('video/mp4')).toBeNull();
  });

  it('says limits in French with French numbers', () => {
    expect(EXTRACTION_MESSAGES.tooLong(120_000)).toBe('Extraction interrompue : plus de 120 s');
    expect(EXTRACTION_MESSAGES.tooLong(1500)).toBe('Extraction interrompue : plus de 1,5 s');
    expect(EXTRACTION_MESSAGES.tooMuchMemory(256)).toBe('Extraction interrompue : plus de 256 Mo de mémoire');
  });

  it('tidies spaces and blank lines but keeps paragraphs and tabs', () => {
    expect(tidyText('  Un   deux \r\n\r\n\r\n trois\t\tquatre \n')).toBe('Un deux\n\ntrois\tquatre');
  });

  it('cuts a document without pages into chunks of about 3,000 characters at paragraph ends, losing nothing', () => {
    const paragraphs = Array.from({ length: 30 }, (_, index) => `${index} ${'mot '.repeat(60)}`.trim());
    const chunks = chunkText(paragraphs.join('\n'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= 3000)).toBe(true);
    expect(chunks.join('\n')).toBe(paragraphs.join('\n'));
    expect(chunkText('x'.repeat(7000)).map((chunk) => chunk.length)).toEqual([3000, 3000, 1000]);
  });

  it('hands out at most the budget of characters, across pages', () => {
    const budget = new TextBudget(10);
    expect([budget.take('abcdef'), budget.take('ghijkl'), budget.take('mn')]).toEqual(['abcdef', 'ghij', '']);
    expect(budget.exhausted).toBe(true);
  });
});
