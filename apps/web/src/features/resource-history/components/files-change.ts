/** One line of a change to a resource's files, in the order they read best: added, removed, main, order. */
export type FilesChangeLine = { kind: 'added' | 'removed' | 'main'; name: string } | { kind: 'reordered' };

/** The API lists a version's files by name, the main one first (`guide.pdf, plan.pdf`); empty is null. */
const names = (value: string | null | undefined): string[] => (value ? value.split(', ').filter(Boolean) : []);

/**
 * What changed between two lists of files: « + guide.pdf », « − ancien.pdf », « fichier principal : … », or only
 * their order. A lone first file is not called the main one: there is no other.
 */
export function filesChange(before: string | null | undefined, after: string | null | undefined): FilesChangeLine[] {
  const old = names(before);
  const next = names(after);
  const lines: FilesChangeLine[] = [
    ...next.filter((name) => !old.includes(name)).map((name) => ({ kind: 'added' as const, name })),
    ...old.filter((name) => !next.includes(name)).map((name) => ({ kind: 'removed' as const, name })),
  ];
  const [oldMain] = old;
  const [newMain] = next;
  if (newMain && newMain !== oldMain && !(old.length === 0 && next.length === 1))
    lines.push({ kind: 'main', name: newMain });
  if (lines.length === 0 && old.join('\n') !== next.join('\n')) lines.push({ kind: 'reordered' });
  return lines;
}
