import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import {
  ImportBatchQuery,
  ImportProgressQuery,
  ImportThemesQuery,
  MapImportColumnsMutation,
  StartImportMutation,
} from '../graphql/imports.documents';
import { ImportPage } from './import-page';

const viewerMock = (role: Role) => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: '2',
        slug: 'camille-durand',
        name: 'Camille Durand',
        email: 'camille.durand@example.org',
        role,
        title: null,
        organisation: null,
        expertise: [],
      },
    },
  },
});

const row = (n: number, title: string, status: string, extra: object = {}) => ({
  __typename: 'ImportPreviewRow',
  n,
  status,
  title,
  authors: [],
  year: null,
  type: 'lecture',
  format: 'livre',
  issues: [],
  duplicateOf: null,
  duplicateOfRow: null,
  ...extra,
});

const batch = (overrides: object = {}) => ({
  __typename: 'ImportBatch',
  id: 'b1',
  fileName: 'zotero.ris',
  format: 'ris',
  state: 'preview',
  total: 3,
  processed: 0,
  createdCount: 0,
  skippedCount: 0,
  reportUrl: null,
  csvHeaders: null,
  csvMapping: null,
  rows: [
    row(1, 'L’éveil culturel du tout-petit', 'new', { authors: ['Élodie Martin'], year: 2019 }),
    row(2, 'COMPTINES DU MONDE !', 'duplicate', {
      duplicateOf: { __typename: 'ImportDuplicate', slug: 'comptines-du-monde', title: 'Comptines du monde' },
    }),
    row(3, 'Un rapport sans résumé', 'invalid', {
      issues: [
        {
          __typename: 'ImportIssue',
          field: 'summary',
          rule: 'required',
          message: 'Résumé : ce champ est obligatoire.',
        },
      ],
    }),
  ],
  ...overrides,
});

const batchMock = (data = batch()) => ({
  request: { query: ImportBatchQuery, variables: { id: 'b1' } },
  result: { data: { importBatch: data } },
});
const themesMock = {
  request: { query: ImportThemesQuery },
  result: { data: { themes: [{ __typename: 'Theme', id: 't1', slug: 'eveil', label: 'Éveil culturel' }] } },
};
const progress = {
  __typename: 'ImportBatch',
  id: 'b1',
  state: 'done',
  total: 3,
  processed: 3,
  createdCount: 2,
  skippedCount: 1,
  reportUrl: '/imports/b1/rapport.csv',
};

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <ImportPage />
    </MockedProvider>,
    { route: '/importer' },
  );
}

const chooseFile = async (name = 'zotero.ris', content = 'TY  - BOOK') => {
  const input = await screen.findByLabelText('Fichier à importer');
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lire le fichier' })));
};

describe('ImportPage', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });
  const answerUpload = (status: number, body: string) => {
    // jsdom has no Response: the little the upload reads.
    const fetchMock = jest.fn(async () => ({
      ok: status < 400,
      status,
      text: async () => body,
      json: async () => JSON.parse(body) as unknown,
    }));
    global.fetch = fetchMock as never;
    return fetchMock;
  };

  it('tells members the page is for coordinators', async () => {
    renderPage([viewerMock('member')]);
    expect(await screen.findByText(/coordinateur·rices/)).toBeTruthy();
    expect(screen.queryByLabelText('Fichier à importer')).toBeNull();
  });

  it('asks for a file before sending anything', async () => {
    const fetchMock = answerUpload(201, '{"id":"b1"}');
    renderPage([viewerMock('coordinator')]);
    await screen.findByLabelText('Fichier à importer');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lire le fichier' })));
    expect(screen.getByRole('alert').textContent).toBe('Choisissez un fichier.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal of a file', async () => {
    answerUpload(400, 'Format de fichier non reconnu : RIS, BibTeX, CSL-JSON ou CSV.\n');
    renderPage([viewerMock('coordinator')]);
    await chooseFile('image.png');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Format de fichier non reconnu : RIS, BibTeX, CSL-JSON ou CSV.',
    );
  });

  it('previews each row with its status, imports the ticked ones with the batch’s choices, follows the job and links the report', async () => {
    const fetchMock = answerUpload(201, '{"id":"b1"}');
    const started = jest.fn(() => ({
      data: {
        startImport: { ...progress, state: 'queued', processed: 0, createdCount: 0, skippedCount: 0, reportUrl: null },
      },
    }));
    renderPage([
      viewerMock('coordinator'),
      batchMock(),
      themesMock,
      {
        request: {
          query: StartImportMutation,
          variables: {
            id: 'b1',
            input: {
              themeSlugs: ['eveil'],
              audienceSlugs: ['parents'],
              visibility: 'public',
              skippedRows: [],
              importDuplicates: true,
            },
          },
        },
        result: started,
      },
      { request: { query: ImportProgressQuery, variables: { id: 'b1' } }, result: { data: { importBatch: progress } } },
    ]);
    await chooseFile();
    expect(fetchMock).toHaveBeenCalledWith(
      '/imports/fichiers?nom=zotero.ris',
      expect.objectContaining({ method: 'POST' }),
    );

    const table = await screen.findByRole('table', { name: 'Notices du fichier (3)' });
    expect(
      screen.getByText(/3 notice\(s\) — 1 nouvelle\(s\), 1 doublon\(s\) probable\(s\), 1 invalide\(s\)\.$/),
    ).toBeTruthy();
    const first = within(table).getByRole('checkbox', {
      name: 'Importer la ligne 1\u00a0: L’éveil culturel du tout-petit',
    }) as HTMLInputElement;
    const second = within(table).getByRole('checkbox', {
      name: 'Importer la ligne 2\u00a0: COMPTINES DU MONDE !',
    }) as HTMLInputElement;
    const third = within(table).getByRole('checkbox', {
      name: 'Importer la ligne 3\u00a0: Un rapport sans résumé',
    }) as HTMLInputElement;
    expect([first.checked, second.checked, third.checked, third.disabled]).toEqual([true, false, false, true]);
    expect(
      within(table)
        .getByRole('link', { name: 'Doublon probable de «\u00a0Comptines du monde\u00a0»' })
        .getAttribute('href'),
    ).toBe('/ressources/comptines-du-monde');
    expect(within(table).getByText('Résumé : ce champ est obligatoire.')).toBeTruthy();

    // Without a theme, nothing is sent.
    fireEvent.click(second);
    fireEvent.click(await screen.findByRole('button', { name: 'Importer 2 notices' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choisissez au moins un thème.');

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Éveil culturel' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Parents' }));
    fireEvent.click(screen.getByRole('radio', { name: /Public/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Importer 2 notices' })));
    await waitFor(() => expect(started).toHaveBeenCalled());
    // The batch is no longer a preview: the page follows the job.
    expect(await screen.findByRole('progressbar', { name: 'Progression de l’import' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Télécharger le rapport (CSV)' })).toBeTruthy();
  });

  it('shows the progress and the report once the job is done', async () => {
    answerUpload(201, '{"id":"b1"}');
    renderPage([
      viewerMock('coordinator'),
      batchMock(batch({ state: 'running' })),
      { request: { query: ImportProgressQuery, variables: { id: 'b1' } }, result: { data: { importBatch: progress } } },
    ]);
    await chooseFile();
    expect((await screen.findByText(/Import terminé/)).textContent).toBe(
      'Import terminé\u00a0: 2 ressource(s) créée(s), 1 notice(s) ignorée(s).',
    );
    const bar = screen.getByRole('progressbar', { name: 'Progression de l’import' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([3, 3]);
    expect(screen.getByRole('link', { name: 'Télécharger le rapport (CSV)' }).getAttribute('href')).toBe(
      '/imports/b1/rapport.csv',
    );
  });

  it('CSV: the guessed columns are shown and another mapping reads the file again', async () => {
    answerUpload(201, '{"id":"b1"}');
    const fields = ['title', 'summary', 'authors', 'publisher', 'year', 'url', 'language', 'type', 'format', 'tags'];
    const csv = batch({
      format: 'csv',
      csvHeaders: ['Titre', 'Résumé', 'Notes'],
      csvMapping: fields.map((field) => ({
        __typename: 'ImportColumn',
        field,
        header: field === 'title' ? 'Titre' : field === 'summary' ? 'Résumé' : null,
      })),
    });
    const mapped = jest.fn(() => ({ data: { mapImportColumns: csv } }));
    renderPage([
      viewerMock('coordinator'),
      batchMock(csv),
      themesMock,
      {
        request: {
          query: MapImportColumnsMutation,
          variables: {
            id: 'b1',
            columns: fields.map((field) => ({
              field,
              header: field === 'title' ? 'Titre' : field === 'summary' ? 'Notes' : null,
            })),
          },
        },
        result: mapped,
      },
    ]);
    await chooseFile('tableur.csv', 'Titre;Résumé;Notes');
    const summary = (await screen.findByLabelText('Résumé')) as HTMLSelectElement;
    expect(summary.value).toBe('Résumé');
    expect((screen.getByLabelText('Titre') as HTMLSelectElement).value).toBe('Titre');
    fireEvent.change(summary, { target: { value: 'Notes' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Relire avec ces colonnes' })));
    await waitFor(() => expect(mapped).toHaveBeenCalled());
  });
});
