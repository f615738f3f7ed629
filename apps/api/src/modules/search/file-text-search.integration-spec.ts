import { TestApi, startTestApi } from '../../../test/api-harness';
import { countStatements } from '../../../test/counting-logger';
import { makeResource, makeResourceFile } from '../../../test/factories';
import { ResourceFileEntity } from '../files/resource-file.entity';
import { queueResourcesOfFiles } from '../resources/search/file-text-rows';
import { ResourceIndexDefinition } from '../resources/search/resource-index.definition';
import type { Meilisearch } from 'meilisearch';
import { MEILI_CLIENT } from './meili.provider';
import { SearchIndexRegistry } from './search-index.registry';

const SEARCH = `query Search($input: SearchInput!) {
  search(input: $input) {
    hits {
      resource { slug thumbnailUrl }
      thumbnailUrl
      fileMatch { fileId fileName unit number excerpt }
    }
  }
}`;

interface Hit {
  resource: { slug: string; thumbnailUrl: string | null };
  thumbnailUrl: string | null;
  fileMatch: {
    fileId: string;
    fileName: string;
    unit: string;
    number: number | null;
    excerpt: string;
  } | null;
}

const GUIDE_PAGES = [
  'Guide pratique à l’usage des familles et des professionnels de l’enfance.',
  '',
  'Avant d’installer un logiciel, parlez avec l’enfant de ce qu’il regarde. Le contrôle parental ne remplace pas ' +
    'le dialogue : il complète des règles posées ensemble, réglées selon l’âge, et revues chaque année.',
];

describe('Text inside attached files is searchable', () => {
  let api: TestApi;
  const search = async (q: string) => {
    const result = await api.gql<{ search: { hits: Hit[] } }>(SEARCH, { input: { q } });
    expect(result.errors).toBeUndefined();
    return result.data!.search.hits;
  };

  beforeAll(async () => {
    api = await startTestApi();
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('a word only on page 3 of a PDF finds its resource, saying « p. 3 » with the words marked and the thumbnail', async () => {
    const resource = await makeResource(api, { title: 'Accompagner les familles', visibility: 'public' });
    const file = await makeResourceFile(api, {
      resourceId: resource.id,
      fileName: 'guide-familles.pdf',
      pages: GUIDE_PAGES,
      isMain: true,
      thumbnail: true,
    });
    await api.drain();

    // Typed without its accent: the page is found and its words marked all the same.
    const [hit] = (await search('controle parental')).filter((candidate) => candidate.resource.slug === resource.slug);
    expect(hit.fileMatch).toMatchObject({ fileId: file.id, fileName: 'guide-familles.pdf', unit: 'page', number: 3 });
    expect(hit.fileMatch!.excerpt).toContain('Le <mark>contrôle</mark> <mark>parental</mark> ne remplace');
    expect(hit.fileMatch!.excerpt.startsWith('… un logiciel, parlez')).toBe(true);
    expect(hit.thumbnailUrl).toBe(`/fichiers/${file.id}/vignette.webp`);
    expect(hit.resource.thumbnailUrl).toBe(`/fichiers/${file.id}/vignette.webp`);
  });

  it('slides say which slide; a word-processing document gives no number', async () => {
    const slides = await makeResource(api, { title: 'Atelier rumeurs', visibility: 'public' });
    await makeResourceFile(api, {
      resourceId: slides.id,
      fileName: 'atelier.pptx',
      pages: ['Introduction', 'Qui a publié cette image ? Remonter à la source avec la recherche inversée.'],
    });
    const memo = await makeResource(api, { title: 'Note de séance', visibility: 'public' });
    await makeResourceFile(api, {
      resourceId: memo.id,
      fileName: 'compte-rendu.docx',
      pages: ['Les élèves ont comparé trois rumeurs sur une messagerie chiffrée.'],
    });
    await api.drain();

    const slideHit = (await search('recherche inversée')).find((hit) => hit.resource.slug === slides.slug)!;
    expect(slideHit.fileMatch).toMatchObject({ fileName: 'atelier.pptx', unit: 'slide', number: 2 });
    const memoHit = (await search('messagerie chiffrée')).find((hit) => hit.resource.slug === memo.slug)!;
    expect(memoHit.fileMatch).toMatchObject({ fileName: 'compte-rendu.docx', unit: 'document', number: null });
    expect(memoHit.thumbnailUrl).toBeNull();
  });

  it('names the page holding most of the query words, the main file before the others', async () => {
    const resource = await makeResource(api, { title: 'Dossier complet', visibility: 'public' });
    await makeResourceFile(api, {
      resourceId: resource.id,
      fileName: 'annexe.pdf',
      position: 1,
      pages: ['La cartographie sonore du quartier, relevés des élèves.'],
    });
    const main = await makeResourceFile(api, {
      resourceId: resource.id,
      fileName: 'dossier.pdf',
      isMain: true,
      pages: ['Introduction.', 'Une cartographie des lieux.', 'La cartographie sonore, étape par étape.'],
    });
    await api.drain();

    const hit = (await search('cartographie sonore')).find((candidate) => candidate.resource.slug === resource.slug)!;
    expect(hit.fileMatch).toMatchObject({ fileId: main.id, fileName: 'dossier.pdf', number: 3 });
    expect(hit.fileMatch!.excerpt).toBe('La <mark>cartographie</mark> <mark>sonore</mark>, étape par étape.');
  });

  it('the file text is searched, never sent back with a hit, even when a search asks for every field', async () => {
    const resource = await makeResource(api, { title: 'Document discret', visibility: 'public' });
    await makeResourceFile(api, { resourceId: resource.id, pages: ['Une page de texte pachydermique.'] });
    await api.drain();
    const meili = api.app.get<Meilisearch>(MEILI_CLIENT);
    const { hits } = await meili.index(api.app.get(SearchIndexRegistry).uid('resources')).search('pachydermique');
    expect(hits.map((hit) => hit.title)).toEqual(['Document discret']);
    expect(hits[0]).not.toHaveProperty('fileText');
  });

  it('a word only inside a file ranks below the same word in another resource’s title', async () => {
    const inFile = await makeResource(api, { title: 'Ressources diverses', visibility: 'public' });
    await makeResourceFile(api, {
      resourceId: inFile.id,
      fileName: 'annexe.pdf',
      pages: ['La sérendipité documentaire consiste à trouver ce que l’on ne cherchait pas.'],
    });
    const inTitle = await makeResource(api, { title: 'La sérendipité en bibliothèque', visibility: 'public' });
    await api.drain();

    const hits = await search('sérendipité');
    expect(hits.map((hit) => hit.resource.slug)).toEqual([inTitle.slug, inFile.slug]);
    expect(hits[0].fileMatch).toBeNull();
    expect(hits[1].fileMatch?.fileName).toBe('annexe.pdf');
  });

  it('the text of a file taken off its resource is no longer found once the resource is queued again', async () => {
    const resource = await makeResource(api, { title: 'Fiche retirée', visibility: 'public' });
    const file = await makeResourceFile(api, {
      resourceId: resource.id,
      fileName: 'ancienne.pdf',
      pages: ['Le palimpseste numérique efface et réécrit.'],
    });
    await api.drain();
    expect((await search('palimpseste')).map((hit) => hit.resource.slug)).toEqual([resource.slug]);

    await api.dataSource.transaction(async (manager) => {
      await manager.update(ResourceFileEntity, file.id, { removedAt: new Date() });
      await queueResourcesOfFiles(manager, [file.id]);
    });
    await api.drain();
    expect(await search('palimpseste')).toEqual([]);
  });

  it('a full rebuild of the index keeps the file text searchable', async () => {
    const resource = await makeResource(api, { title: 'Après reconstruction', visibility: 'public' });
    await makeResourceFile(api, { resourceId: resource.id, fileName: 'notes.odt', pages: ['Un mot rare : zeugme.'] });
    await api.drain();
    await api.reindex('resources');
    const [hit] = await search('zeugme');
    expect(hit.resource.slug).toBe(resource.slug);
    expect(hit.fileMatch).toMatchObject({ fileName: 'notes.odt', unit: 'document', number: null });
  });

  it('counting statements leaves out the background indexer and job worker, which poll every second', async () => {
    // Work that sends nothing, over more than one poll of each: nothing is counted.
    const idle = await countStatements(api, () => new Promise((resolve) => setTimeout(resolve, 1500)));
    expect(idle).toBe(0);
  });

  it('building the documents of 3 or 12 resources with files costs the same SQL statements', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const resource = await makeResource(api, { title: `Lot ${i}`, visibility: 'public' });
      await makeResourceFile(api, { resourceId: resource.id, pages: [`page un ${i}`, `page deux ${i}`] });
      await makeResourceFile(api, { resourceId: resource.id, pages: [`annexe ${i}`], position: 1 });
      ids.push(resource.id);
    }
    await api.drain();
    const definition = api.app.get(ResourceIndexDefinition);
    let documents: Awaited<ReturnType<ResourceIndexDefinition['loadDocuments']>> = [];
    const few = await countStatements(api, async () => {
      documents = await definition.loadDocuments(api.dataSource.manager, ids.slice(0, 3));
    });
    const many = await countStatements(api, async () => {
      documents = await definition.loadDocuments(api.dataSource.manager, ids);
    });
    expect(many).toBe(few);
    expect(documents[0].fileText).toEqual(['page un 0', 'page deux 0', 'annexe 0']);
  });
});
