import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { emptyFilters } from '../hooks/search-url';
import { FacetFilters } from './facet-filters';

const value = (v: string, label: string, count: number) => ({
  __typename: 'FacetValue' as const,
  value: v,
  label,
  count,
});
const facets = {
  types: [value('outil', 'Outil de médiation', 24)],
  formats: [value('guide', 'Guide', 6)],
  themes: [value('jeux-video', 'Jeux vidéo', 9)],
  audiences: [],
  tags: [],
  organisations: [],
  languages: [],
};

/** A screen as wide as `width` pixels for the panel's media query (56rem = 896px). */
function screenOf(width: number) {
  window.matchMedia = ((query: string) => ({
    matches: query.includes('min-width: 56rem') && width >= 896,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

const render = () =>
  renderWithProviders(
    // French: the theme labels come from the facets, no query is sent.
    <MockedProvider mocks={[]}>
      <FacetFilters
        facets={facets as never}
        selected={emptyFilters()}
        onToggle={() => undefined}
        onTestedInField={() => undefined}
      />
    </MockedProvider>,
  );

describe('The search filters', () => {
  const matchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = matchMedia;
  });

  it('on a wide screen, start open with every facet’s choices', () => {
    screenOf(1280);
    const { container } = render();
    expect(container.querySelector('details')?.open).toBe(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    expect(screen.getByRole('checkbox', { name: /Jeux vidéo/ })).toBeTruthy();
  });

  it('on a phone, start folded with none of their choices rendered, and render them once opened', () => {
    screenOf(412);
    const { container } = render();
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    // Folded, the panel is only its title: the first render of a phone is the results (issue 16).
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(details.querySelectorAll('*')).toHaveLength(2);

    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    expect(screen.getByRole('checkbox', { name: /Outil de médiation/ })).toBeTruthy();

    details.open = false;
    fireEvent(details, new Event('toggle'));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
