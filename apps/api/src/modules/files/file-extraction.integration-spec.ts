import { startTestApi, type TestApi } from '../../../test/api-harness';
import { makeMember, signInAs } from '../../../test/factories';
import { rest, settleQueue, uploadedFileId } from '../../../test/file-uploads';
import { makePdf, truncate } from '../../../test/files/fixtures';
import { FileExtraction } from './file-extraction';
import { FILES_EXTRACT_QUEUE } from './uploads.service';

const CREATE = `mutation($input: ResourceInput!) {
  createResource(input: $input) { slug thumbnailUrl files { id textStatus textError pageCount thumbnailUrl } }
}`;
const RESOURCE = `query($slug: String!) {
  resource(slug: $slug) { thumbnailUrl files { id textStatus textError pageCount thumbnailUrl } }
}`;
const SEARCH = `query($input: SearchInput!) {
  search(input: $input) { hits { resource { slug } thumbnailUrl fileMatch { fileId fileName unit number excerpt } } }
}`;

interface FileState {
  id: string;
  textStatus: string;
  textError: string | null;
  pageCount: number | null;
  thumbnailUrl: string | null;
}

const draft = (title: string, files: { id: string; main?: boolean }[]) => ({
  type: 'outil',
  format: 'quiz',
  title,
  summary: 'Un support d’atelier avec son fichier.',
  authors: [],
  language: 'fr',
  visibility: 'public',
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [],
  files,
});

describe('Text extraction job: from upload to search', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await api.seedDemo();
    await signInAs(api, await makeMember(api));
  });
  afterAll(() => api.close());

  async function share(title: string, fileName: string, bytes: Buffer) {
    const id = await uploadedFileId(api, fileName, bytes);
    const created = await api.gql<{ createResource: { slug: string; files: FileState[] } }>(CREATE, {
      input: draft(title, [{ id, main: true }]),
    });
    if (created.errors) throw new Error(created.errors[0].message);
    return { id, slug: created.data!.createResource.slug };
  }

  async function stateOf(slug: string) {
    const result = await api.gql<{ resource: { thumbnailUrl: string | null; files: FileState[] } }>(RESOURCE, { slug });
    return result.data!.resource;
  }

  it('a word only on page 2 of an uploaded PDF finds the resource, « p. 2 » with the word marked and a thumbnail', async () => {
    const pdf = makePdf([
      'Fiche atelier : fabriquer un jouet optique avec les enfants.',
      'Le zoopraxiscope de Muybridge anime une suite de dessins quand on le fait tourner.',
    ]);
    const { id, slug } = await share('Fiche atelier jouets optiques', 'fiche-atelier.pdf', pdf);
    expect((await stateOf(slug)).files[0]).toMatchObject({ textStatus: 'pending', thumbnailUrl: null });

    await settleQueue(api, FILES_EXTRACT_QUEUE);
    await api.drain();

    const resource = await stateOf(slug);
    expect(resource.files[0]).toMatchObject({ id, textStatus: 'done', textError: null, pageCount: 2 });
    expect(resource.files[0].thumbnailUrl).toBe(`/fichiers/${id}/vignette.webp`);
    expect(resource.thumbnailUrl).toBe(`/fichiers/${id}/vignette.webp`);
    const thumbnail = await rest(api, 'GET', `/fichiers/${id}/vignette.webp`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.body.subarray(8, 12).toString('latin1')).toBe('WEBP');

    const found = await api.gql<{
      search: {
        hits: { resource: { slug: string }; thumbnailUrl: string | null; fileMatch: Record<string, unknown> }[];
      };
    }>(SEARCH, { input: { q: 'zoopraxiscope' } });
    const hit = found.data!.search.hits.find((candidate) => candidate.resource.slug === slug);
    expect(hit?.fileMatch).toMatchObject({ fileId: id, fileName: 'fiche-atelier.pdf', unit: 'page', number: 2 });
    expect(hit?.fileMatch.excerpt).toContain('<mark>zoopraxiscope</mark>');
    expect(hit?.thumbnailUrl).toBe(`/fichiers/${id}/vignette.webp`);
  });

  it('a scanned PDF is flagged « PDF image : texte non extrait », a truncated one fails with its reason, and neither job is retried', async () => {
    const scanned = await share('Livret scanné', 'livret.pdf', makePdf(['', ''], { imageOnlyPages: [1, 2] }));
    const broken = await share(
      'Guide abîmé',
      'guide.pdf',
      truncate(makePdf(['Une page de texte qui ne sera jamais lue en entier.'.repeat(40)]), 0.5),
    );
    await settleQueue(api, FILES_EXTRACT_QUEUE);

    expect((await stateOf(scanned.slug)).files[0]).toMatchObject({
      textStatus: 'image_only',
      textError: 'PDF image : texte non extrait',
    });
    const brokenFile = (await stateOf(broken.slug)).files[0];
    expect(brokenFile.textStatus).toBe('failed');
    expect(brokenFile.textError).toMatch(/^Fichier illisible/);
    const jobs = await api.dataSource.query(
      `SELECT state, attempts FROM jobs WHERE queue = $1 AND payload->>'fileId' = ANY($2)`,
      [FILES_EXTRACT_QUEUE, [scanned.id, broken.id]],
    );
    expect(jobs).toEqual([
      { state: 'done', attempts: 1 },
      { state: 'done', attempts: 1 },
    ]);
  });

  it('running it again replaces the pages instead of adding to them; a file deleted meanwhile is skipped', async () => {
    const { id } = await share('Fiche deux fois', 'deux-fois.pdf', makePdf(['Première page.', 'Seconde page.']));
    await settleQueue(api, FILES_EXTRACT_QUEUE);
    const extraction = api.app.get(FileExtraction);
    await extraction.extract(id);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM resource_file_pages WHERE file_id = $1`,
      [id],
    );
    expect(n).toBe(2);

    await api.dataSource.query(`DELETE FROM resource_files WHERE id = $1`, [id]);
    await expect(extraction.extract(id)).resolves.toBeUndefined();
  });
});
