import { groupPagesByResource, toFileText } from './resource-file-text';

const row = (file_id: string, page: number, text: string, resource_id = 'r') => ({
  resource_id,
  file_id,
  file_name: `${file_id}.pdf`,
  extension: 'pdf',
  page,
  text,
});

describe('A resource’s file text in its search document', () => {
  it('keeps one element per page, in the order the pages come (main file first)', () => {
    expect(toFileText([row('main', 1, 'un'), row('main', 2, 'deux'), row('other', 1, 'annexe')])).toEqual({
      fileText: ['un', 'deux', 'annexe'],
    });
  });

  it('stops at the word cap, cutting the page that crosses it and dropping the pages after', () => {
    const { fileText } = toFileText(
      [row('a', 1, 'un deux trois'), row('a', 2, 'quatre  cinq six'), row('b', 1, 'sept')],
      5,
    );
    expect(fileText).toEqual(['un deux trois', 'quatre  cinq']);
  });

  it('a resource without extracted pages has no file text', () => {
    expect(toFileText([])).toEqual({ fileText: [] });
  });

  it('groups a batch’s pages by resource', () => {
    const grouped = groupPagesByResource([row('a', 1, 'x', 'r1'), row('a', 2, 'y', 'r1'), row('b', 1, 'z', 'r2')]);
    expect([...grouped.keys()]).toEqual(['r1', 'r2']);
    expect(grouped.get('r1')!.map((page) => page.text)).toEqual(['x', 'y']);
  });
});
