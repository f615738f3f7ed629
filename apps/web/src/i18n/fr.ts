// French is the reference language: en.ts must have the same keys (its type is `Translation`).
// French typography: U+00A0 (no-break space) before « : » and inside « », U+202F (narrow) before ; ? !
// The texts live in fr/, one file per part of the app, the sub-trees the first download shows in `-first` files; the
// app downloads them in two parts (fr-first.ts at once, fr-more.ts on demand, decision 0051), the unit tests take them
// all from here.
import { deepMerge } from './deep-merge';
import { frFirst } from './fr-first';
import { frMoreTexts } from './fr-more';

export const fr = deepMerge(frFirst, frMoreTexts);

export type Translation = typeof fr;
