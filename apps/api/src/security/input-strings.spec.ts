import { INPUT_STRING_MAX, findIllFormedString, stringProblem } from './input-strings.plugin';

describe('findIllFormedString', () => {
  it('names the path of the first string holding U+0000', () => {
    expect(findIllFormedString({ input: { tags: ['ok', 'a\u0000b'] } }, 'variables')?.path).toBe(
      'variables.input.tags[1]',
    );
    expect(findIllFormedString({ input: { title: 'Titre' }, n: 3, none: null }, 'variables')).toBeNull();
  });

  it('refuses lone surrogates but accepts real pairs (emoji) and accents', () => {
    expect(stringProblem('écrans \ud800')).toBe('badUserInput.illFormedText');
    expect(stringProblem('\udc00 jeux')).toBe('badUserInput.illFormedText');
    expect(stringProblem('a\ud83d')).toBe('badUserInput.illFormedText');
    expect(stringProblem('Écrans et 🎮 jeux, « cœur »')).toBeNull();
  });

  it('refuses strings past the global cap', () => {
    expect(stringProblem('a'.repeat(INPUT_STRING_MAX))).toBeNull();
    expect(stringProblem('a'.repeat(INPUT_STRING_MAX + 1))).toBe('badUserInput.tooLong');
    expect(stringProblem('a\u0000b')).toBe('badUserInput.nullCharacter');
  });
});
