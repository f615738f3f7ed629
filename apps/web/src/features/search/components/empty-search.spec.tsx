import { fireEvent, screen } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../test/render';
import { EmptySearch } from './empty-search';

function setup(props: Partial<Parameters<typeof EmptySearch>[0]> = {}) {
  const onRemoveFilterField = jest.fn();
  const onClearFilters = jest.fn();
  renderWithProviders(
    <EmptySearch
      hasFilters={false}
      onRemoveFilterField={onRemoveFilterField}
      onClearFilters={onClearFilters}
      {...props}
    />,
  );
  return { onRemoveFilterField, onClearFilters };
}

describe('EmptySearch', () => {
  it('says that nothing matches, with nothing else to offer when the API found no way out', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Aucun résultat' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the respelled query as a link, in French typography', () => {
    setup({ suggestion: { text: 'cyberharcèlement', to: { search: '?q=cyberharc%C3%A8lement' } } });
    const link = screen.getByRole('link', { name: 'Vouliez-vous dire «\u00a0cyberharcèlement\u00a0»\u202f?' });
    expect(link.getAttribute('href')).toBe('/?q=cyberharc%C3%A8lement');
  });

  it('offers to remove each filter field that would give results, with its count', () => {
    const { onRemoveFilterField, onClearFilters } = setup({
      hasFilters: true,
      relaxations: [
        { field: 'audiences', total: 12 },
        { field: 'types', total: 1 },
        { field: 'themes', total: 0 }, // would still find nothing: not offered
        { field: 'unknown', total: 3 }, // not a filter this page knows
      ],
    });
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual([
      'Retirer le filtre Public (12\u00a0résultats)',
      'Retirer le filtre Type (1\u00a0résultat)',
      'Effacer les filtres',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Retirer le filtre Public/ }));
    expect(onRemoveFilterField).toHaveBeenCalledWith('audiences');
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  it('keeps "Effacer les filtres" when filters are set even without relaxations', () => {
    setup({ hasFilters: true, relaxations: [] });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Effacer les filtres']);
  });

  it('speaks English too', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    setup({
      hasFilters: true,
      suggestion: { text: 'cyberharcèlement', to: '/?q=cyberharc%C3%A8lement' },
      relaxations: [{ field: 'audiences', total: 2 }],
    });
    expect(screen.getByRole('link', { name: 'Did you mean “cyberharcèlement”?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the filter Audience (2 results)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });
});
