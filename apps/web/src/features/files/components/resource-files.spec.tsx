import { screen, within } from '@testing-library/react';
import type { ResourceFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ResourceFiles } from './resource-files';

type File = ResourceFieldsFragment['files'][number];
const file = (overrides: Partial<File>): File => ({
  id: 'f1',
  fileName: 'guide.pdf',
  mediaType: 'application/pdf',
  extension: 'pdf',
  size: 2_621_440,
  isMain: false,
  downloadUrl: '/fichiers/f1/guide.pdf',
  previewUrl: '/fichiers/f1/guide.pdf?apercu=1',
  thumbnailUrl: '/fichiers/f1/vignette.webp',
  textStatus: 'done',
  textError: null,
  pageCount: 12,
  ...overrides,
});

describe('ResourceFiles: the files on a resource’s page', () => {
  it('lists the main file first, each with its thumbnail, type, size and text status in words', () => {
    renderWithProviders(
      <ResourceFiles
        files={[
          file({ id: 'f1', fileName: 'scan.pdf', textStatus: 'image_only', pageCount: 3 }),
          file({ id: 'f2', fileName: 'guide.pdf', isMain: true }),
          file({
            id: 'f3',
            fileName: 'atelier.odp',
            mediaType: 'application/vnd.oasis.opendocument.presentation',
            previewUrl: null,
            textStatus: 'pending',
            thumbnailUrl: null,
          }),
          file({
            id: 'f4',
            fileName: 'note.docx',
            textStatus: 'failed',
            textError: 'Document illisible.',
            previewUrl: null,
          }),
        ]}
      />,
    );
    const items = within(screen.getByRole('region', { name: 'Fichiers' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.resource-file-name')?.firstChild?.textContent)).toEqual([
      'guide.pdf',
      'scan.pdf',
      'atelier.odp',
      'note.docx',
    ]);
    expect(within(items[0]).getByText('Fichier principal')).toBeTruthy();
    expect(within(items[0]).getByRole('img', { name: 'Première page de guide.pdf' }).getAttribute('src')).toBe(
      '/fichiers/f1/vignette.webp',
    );
    expect(within(items[0]).getByText('PDF')).toBeTruthy();
    expect(within(items[0]).getByText('2,5 Mo')).toBeTruthy();
    expect(within(items[0]).getByText('12 pages')).toBeTruthy();
    expect(within(items[1]).getByText('PDF image : texte non extrait')).toBeTruthy();
    expect(within(items[2]).getByText('Présentation OpenDocument')).toBeTruthy();
    expect(within(items[2]).getByText('Texte en cours d’extraction')).toBeTruthy();
    expect(within(items[3]).getByText('Texte non extrait : Document illisible.')).toBeTruthy();
  });

  it('links « Télécharger » to the download and « Ouvrir » a PDF in a new tab, each naming its file', () => {
    renderWithProviders(
      <ResourceFiles files={[file({}), file({ id: 'f3', fileName: 'atelier.odp', previewUrl: null })]} />,
    );
    expect(screen.getByRole('link', { name: 'Télécharger guide.pdf' }).getAttribute('href')).toBe(
      '/fichiers/f1/guide.pdf',
    );
    const open = screen.getByRole('link', { name: 'Ouvrir guide.pdf (nouvel onglet)' });
    expect(open.getAttribute('href')).toBe('/fichiers/f1/guide.pdf?apercu=1');
    expect(open.getAttribute('target')).toBe('_blank');
    expect(screen.queryByRole('link', { name: /Ouvrir atelier/ })).toBeNull();
  });

  it('shows nothing for a resource without files', () => {
    const { container } = renderWithProviders(<ResourceFiles files={[]} />);
    expect(container.textContent).toBe('');
  });
});
