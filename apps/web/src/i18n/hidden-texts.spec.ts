import { en } from './en';
import { fr } from './fr';

/** Every text of a translation with its key, e.g. ['readingLists.items.remove', 'Retirer<hidden> …</hidden> de la liste']. */
function texts(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : texts(value as object, `${prefix}${key}.`),
  );
}

const withHidden = (tree: object) => texts(tree).filter(([, text]) => text.includes('<hidden>'));

// « Retirer<hidden> « Titre »</hidden> de la liste »: on screen « Retirer de la liste », for a screen reader « Retirer
// « Titre » de la liste ». A space on both sides of the hidden part doubles on screen (« Retirer  de la liste »); none
// glues the words together for the screen reader (issue 13, item 20).
describe.each([
  ['fr', fr],
  ['en', en],
])('texts with a part only screen readers hear (%s)', (_language, tree) => {
  it.each(withHidden(tree))('%s reads with single spaces on screen and aloud', (_key, text) => {
    const shown = text.replace(/<hidden>.*?<\/hidden>/g, '');
    const heard = text.replace(/<\/?hidden>/g, '');
    expect(shown).not.toMatch(/\s{2}|^\s|\s$/);
    expect(heard).not.toMatch(/\s{2}|^\s|\s$/);
    // A letter on each side of a boundary would run two words together aloud (« Retirer«Titre» »).
    expect(text).not.toMatch(/[\p{L}\p{N}]<\/?hidden>[\p{L}\p{N}«“]/u);
  });
});
