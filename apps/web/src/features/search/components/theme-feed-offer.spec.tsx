import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ThemeFeedOffer } from './theme-feed-offer';

const labelOf = (slug: string) => (slug === 'reseaux-sociaux' ? 'Réseaux sociaux' : slug);

describe('ThemeFeedOffer', () => {
  it('offers the Atom feed of the one theme chosen', () => {
    renderWithProviders(<ThemeFeedOffer themes={['reseaux-sociaux']} labelOf={labelOf} />);
    const link = screen.getByRole('link', { name: 'Flux Atom du thème Réseaux sociaux' });
    expect(link.getAttribute('href')).toBe('/flux/themes/reseaux-sociaux.atom');
    expect(link.getAttribute('type')).toBe('application/atom+xml');
  });

  it('offers nothing with no theme or several', () => {
    renderWithProviders(<ThemeFeedOffer themes={[]} labelOf={labelOf} />);
    renderWithProviders(<ThemeFeedOffer themes={['reseaux-sociaux', 'ecrans']} labelOf={labelOf} />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
