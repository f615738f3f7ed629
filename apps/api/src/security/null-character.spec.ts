import { findNullCharacter } from './null-character.plugin';

describe('findNullCharacter', () => {
  it('names the path of the first string holding U+0000', () => {
    expect(findNullCharacter({ input: { tags: ['ok', 'a\u0000b'] } }, 'variables')).toBe('variables.input.tags[1]');
    expect(findNullCharacter({ input: { title: 'Titre' }, n: 3, none: null }, 'variables')).toBeNull();
  });
});
