import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { SearchHit, type Hit } from './search-hit';

const hit = (overrides: Partial<Hit> = {}): Hit => ({
  resource: {
    id: 'r-1',
    slug: 'guide-familles',
    type: 'lecture',
    format: 'guide',
    title: 'Accompagner les familles',
    summary: 'Un guide pour les professionnels.',
    year: 2024,
    themes: [],
  },
  title: [],
  summary: [],
  thumbnailUrl: null,
  fileMatch: null,
  ...overrides,
});

const guideMatch: NonNullable<Hit['fileMatch']> = {
  fileId: 'f-1',
  fileName: 'guide.pdf',
  unit: 'page',
  number: 12,
  excerpt: '… parlez avec l’enfant. Le <mark>contrôle parental</mark> ne remplace pas le dialogue &lt;b&gt;',
};

describe('A search result', () => {
  it('says in which file and page the words were found, with the excerpt’s matches marked', () => {
    const { container } = renderWithProviders(<SearchHit hit={hit({ fileMatch: guideMatch })} />);
    const line = container.querySelector('.hit-file-match')!;
    expect(line.textContent).toBe(
      'Dans le document «\u00a0guide.pdf\u00a0», p.\u00a012\u00a0: … parlez avec l’enfant. Le contrôle parental ne remplace pas le dialogue <b>',
    );
    expect([...line.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['contrôle parental']);
    // The excerpt is text: markup in a file's text is shown, never interpreted.
    expect(line.querySelector('b')).toBeNull();
  });

  it('names slides, sheets and chapters, and gives no number for a word-processing document', () => {
    const { container, unmount } = renderWithProviders(
      <SearchHit hit={hit({ fileMatch: { ...guideMatch, fileName: 'atelier.odp', unit: 'slide', number: 3 } })} />,
    );
    expect(container.querySelector('.hit-file-match-where')!.textContent).toBe(
      'Dans le document «\u00a0atelier.odp\u00a0», diapositive\u00a03\u00a0:',
    );
    unmount();
    const doc = renderWithProviders(
      <SearchHit hit={hit({ fileMatch: { ...guideMatch, fileName: 'note.docx', unit: 'document', number: null } })} />,
    );
    expect(doc.container.querySelector('.hit-file-match-where')!.textContent).toBe(
      'Dans le document «\u00a0note.docx\u00a0»\u00a0:',
    );
  });

  it('says it in English too', async () => {
    const { container, i18n } = renderWithProviders(
      <SearchHit hit={hit({ fileMatch: { ...guideMatch, unit: 'sheet', number: 2 } })} />,
    );
    await i18n.changeLanguage('en');
    await waitFor(() =>
      expect(container.querySelector('.hit-file-match-where')!.textContent).toBe(
        'In the document “guide.pdf”, sheet\u00a02:',
      ),
    );
    expect(container.querySelector('mark')!.textContent).toBe('contrôle parental');
  });

  it('shows the main file’s thumbnail as a decorative, lazily loaded image of fixed size', () => {
    const { container } = renderWithProviders(<SearchHit hit={hit({ thumbnailUrl: '/fichiers/f-1/vignette.webp' })} />);
    const image = container.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('/fichiers/f-1/vignette.webp');
    expect(image.getAttribute('alt')).toBe('');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['72', '96']);
    // Decorative: not announced as an image.
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('has no thumbnail nor file line when the resource has no file and the words were not in one', () => {
    const { container } = renderWithProviders(<SearchHit hit={hit()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.hit-file-match')).toBeNull();
  });
});
