import { editDistance, nearestSpelling } from './spelling';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('chat', 'chat')).toBe(0);
    expect(editDistance('chat', 'chats')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('nearestSpelling', () => {
  const vocabulary = ['cyberharcèlement', 'écrans', 'petite', 'enfance', 'algorithme'];

  it('respells words too far for typo tolerance, keeping the vocabulary spelling', () => {
    expect(nearestSpelling('cybrharcelemant', vocabulary)).toBe('cyberharcèlement');
    expect(nearestSpelling('algoritmmes', vocabulary)).toBe('algorithme');
  });

  it('leaves known and short words alone, and says so when nothing changes', () => {
    expect(nearestSpelling('ecrans petite enfance', vocabulary)).toBeNull();
    expect(nearestSpelling('zzqxjwv', vocabulary)).toBeNull();
    expect(nearestSpelling('ia', vocabulary)).toBeNull();
  });
});
