import { fileTextNumber, fileTextUnit } from './file-text-units';

describe('Where a word was found in a file', () => {
  it.each([
    ['pdf', 'page'],
    ['odp', 'slide'],
    ['pptx', 'slide'],
    ['ods', 'sheet'],
    ['XLSX', 'sheet'],
    ['epub', 'chapter'],
    ['docx', 'document'],
    ['.odt', 'document'],
    ['png', 'document'],
  ])('a .%s file counts its text in %s units', (extension, unit) => {
    expect(fileTextUnit(extension)).toBe(unit);
  });

  it('a page, slide, sheet or chapter has a number; a word-processing document has none', () => {
    expect(fileTextNumber('page', 12)).toBe(12);
    expect(fileTextNumber('slide', 3)).toBe(3);
    expect(fileTextNumber('document', 1)).toBeNull();
  });
});
