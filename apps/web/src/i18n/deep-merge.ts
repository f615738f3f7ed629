/** A tree of texts: each key holds a text or a sub-tree. */
export type TextTree = { readonly [key: string]: string | TextTree };

/** The type of `deepMerge(a, b)`: every key of both, sub-trees present in both merged in turn. */
export type DeepMerge<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? DeepMerge<A[K], B[K]>
      : A[K]
    : K extends keyof B
      ? B[K]
      : never;
};

/**
 * Two parts of a tree of texts as one: a sub-tree present in both is merged in turn; a text present in both is an
 * error (a text is written once). Neither part is changed.
 */
export function deepMerge<A extends TextTree, B extends TextTree>(a: A, b: B, path = ''): DeepMerge<A, B> {
  const merged: Record<string, string | TextTree> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = merged[key];
    if (existing === undefined) merged[key] = value;
    else if (typeof existing === 'object' && typeof value === 'object')
      merged[key] = deepMerge(existing, value, `${path}${key}.`);
    else throw new Error(`${path}${key} is in both parts`);
  }
  return merged as DeepMerge<A, B>;
}
