import { presentVersions } from './present-version';
import type { VersionRow } from './resource-history-rows';
import { changedFields, snapshotToDraft, type ResourceSnapshot } from './resource-snapshot';

const snapshot = (overrides: Partial<ResourceSnapshot> = {}): ResourceSnapshot => ({
  title: 'Les colibris',
  summary: 'Un jeu.',
  body: null,
  url: null,
  authors: ['Réseau EMI'],
  publisher: null,
  year: 2024,
  language: 'fr',
  licence: null,
  durationMinutes: null,
  type: 'outil',
  format: 'jeu',
  visibility: 'network',
  organisation: null,
  themes: [{ slug: 'jeux-video', label: 'Jeux vidéo' }],
  audiences: [],
  tags: ['Rumeurs'],
  ...overrides,
});

const row = (version: number, value: ResourceSnapshot, changed: string[]): VersionRow => ({
  version,
  created_at: new Date(`2026-12-0${version}T10:00:00Z`),
  changed_fields: changed,
  snapshot: value,
  author_id: 'm1',
  author_slug: 'ines',
  author_name: 'Inès',
});

describe('changedFields', () => {
  it('names every field for a first version, and only what differs afterwards', () => {
    expect(changedFields(null, snapshot())).toHaveLength(18);
    expect(changedFields(snapshot(), snapshot({ year: 2025, tags: ['Rumeurs', 'Images'] }))).toEqual(['year', 'tags']);
  });

  it('does not count a renamed theme as a change of the resource (references compare by slug)', () => {
    const renamed = snapshot({ themes: [{ slug: 'jeux-video', label: 'Jeux vidéo et esport' }] });
    expect(changedFields(snapshot(), renamed)).toEqual([]);
  });
});

describe('files in the history', () => {
  const guide = { id: 'f1', name: 'guide.pdf', main: true };
  const plan = { id: 'f2', name: 'plan.pdf', main: false };

  it('reads a version older than files as one without files, and a new main file as a change', () => {
    expect(changedFields(snapshot(), snapshot({ files: [] }))).toEqual([]);
    expect(changedFields(snapshot({ files: [guide] }), snapshot({ files: [guide, plan] }))).toEqual(['files']);
    expect(
      changedFields(
        snapshot({ files: [guide, plan] }),
        snapshot({
          files: [
            { ...plan, main: true },
            { ...guide, main: false },
          ],
        }),
      ),
    ).toEqual(['files']);
  });

  it('shows the files by name, and a restore attaches them again with the same main file', () => {
    const [latest] = presentVersions([
      row(1, snapshot(), ['title']),
      row(2, snapshot({ files: [guide, plan] }), ['files']),
    ]);
    expect(latest.changes).toEqual([{ field: 'files', before: null, after: 'guide.pdf, plan.pdf' }]);
    expect(snapshotToDraft(snapshot({ files: [guide, plan] })).files).toEqual([
      { id: 'f1', main: true },
      { id: 'f2', main: false },
    ]);
    expect(snapshotToDraft(snapshot()).files).toEqual([]);
  });
});

describe('presentVersions', () => {
  it('shows versions newest first, each changed field before and after as text, lists joined by label', () => {
    const rows = [
      row(1, snapshot(), changedFields(null, snapshot())),
      row(2, snapshot({ themes: [], tags: ['Images', 'Rumeurs'], year: null }), ['year', 'themes', 'tags']),
    ];
    const [latest, first] = presentVersions(rows);
    expect(latest.current).toBe(true);
    expect(latest.author).toEqual({ id: 'm1', slug: 'ines', name: 'Inès', title: null, organisation: null });
    expect(latest.changes).toEqual([
      { field: 'year', before: '2024', after: null },
      { field: 'themes', before: 'Jeux vidéo', after: null },
      { field: 'tags', before: 'Rumeurs', after: 'Images, Rumeurs' },
    ]);
    expect(first.current).toBe(false);
    // The first version lists what it was written with, not its empty fields.
    expect(first.changes.map((change) => change.field)).toEqual([
      'title',
      'summary',
      'authors',
      'year',
      'language',
      'type',
      'format',
      'visibility',
      'themes',
      'tags',
    ]);
  });
});

describe('snapshotToDraft', () => {
  it('restores references by slug and tags by label', () => {
    const draft = snapshotToDraft(snapshot({ organisation: { slug: 'sij', label: 'SIJ' } }));
    expect(draft).toMatchObject({
      themeSlugs: ['jeux-video'],
      audienceSlugs: [],
      tags: ['Rumeurs'],
      organisationSlug: 'sij',
    });
  });
});
