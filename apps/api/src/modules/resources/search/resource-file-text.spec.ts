import { pageOfElement, toFileText } from './resource-file-text';

const row = (file_id: string, page: number, text: string) => ({ resource_id: 'r', file_id, page, text });

describe('A resource’s file text in its search document', () => {
  it('keeps one element per page, main file first, missing pages empty so that an element gives its page back', () => {
    const { fileText, fileSpans } = toFileText([
      row('main', 1, 'un'),
      row('main', 3, 'trois'),
      row('other', 2, 'deux'),
    ]);
    expect(fileText).toEqual(['un', '', 'trois', '', 'deux']);
    expect(fileSpans).toEqual([
      { fileId: 'main', first: 0, count: 3 },
      { fileId: 'other', first: 3, count: 2 },
    ]);
    expect(pageOfElement(fileSpans, 2)).toEqual({ fileId: 'main', page: 3 });
    expect(pageOfElement(fileSpans, 4)).toEqual({ fileId: 'other', page: 2 });
    expect(pageOfElement(fileSpans, 5)).toBeNull();
  });

  it('stops at the word cap, cutting the page that crosses it and dropping the pages after', () => {
    const { fileText, fileSpans } = toFileText(
      [row('a', 1, 'un deux trois'), row('a', 2, 'quatre  cinq six'), row('b', 1, 'sept')],
      5,
    );
    expect(fileText).toEqual(['un deux trois', 'quatre  cinq']);
    expect(fileSpans).toEqual([{ fileId: 'a', first: 0, count: 2 }]);
  });

  it('a resource without extracted pages has no file text', () => {
    expect(toFileText([])).toEqual({ fileText: [], fileSpans: [] });
  });
});
