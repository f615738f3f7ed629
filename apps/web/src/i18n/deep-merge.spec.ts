import { deepMerge } from './deep-merge';

describe('deepMerge', () => {
  it('merges the sub-trees present in both parts, at every depth, and keeps the keys of either', () => {
    const first = { accounts: { nav: { signIn: 'Se connecter' } }, app: { siteName: 'Culture commune' } };
    const more = { accounts: { nav: { jobs: 'Tâches' }, roles: { admin: 'Admin' } }, kits: { title: 'Malles' } };
    expect(deepMerge(first, more)).toEqual({
      accounts: { nav: { signIn: 'Se connecter', jobs: 'Tâches' }, roles: { admin: 'Admin' } },
      app: { siteName: 'Culture commune' },
      kits: { title: 'Malles' },
    });
  });

  it('changes neither part', () => {
    const first = { accounts: { nav: { signIn: 'Se connecter' } } };
    const more = { accounts: { roles: { admin: 'Admin' } } };
    deepMerge(first, more);
    expect(first).toEqual({ accounts: { nav: { signIn: 'Se connecter' } } });
    expect(more).toEqual({ accounts: { roles: { admin: 'Admin' } } });
  });

  it('refuses a text written in both parts, naming its key', () => {
    expect(() => deepMerge({ a: { b: { c: 'un' } } }, { a: { b: { c: 'deux' } } })).toThrow('a.b.c is in both parts');
    expect(() => deepMerge({ a: { b: 'un' } }, { a: { b: { c: 'deux' } } })).toThrow('a.b is in both parts');
  });

  it('types the merge as both parts', () => {
    const merged = deepMerge({ a: { b: 'un' } }, { a: { c: 'deux' }, d: 'trois' });
    const texts: [string, string, string] = [merged.a.b, merged.a.c, merged.d];
    expect(texts).toEqual(['un', 'deux', 'trois']);
    // @ts-expect-error a key in neither part
    expect(merged.a.e).toBeUndefined();
  });
});
