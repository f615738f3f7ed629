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

  it('announces the feed in the head, in place of the one the server put there, and only while one theme is chosen', () => {
    const stale = document.createElement('link');
    stale.setAttribute('rel', 'alternate');
    stale.setAttribute('data-server-feed', '');
    stale.setAttribute('href', '/flux/themes/ancien.atom');
    document.head.appendChild(stale);
    const view = renderWithProviders(<ThemeFeedOffer themes={['reseaux-sociaux']} labelOf={labelOf} />);
    const announced = () =>
      [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((link) => [
        link.getAttribute('href'),
        link.getAttribute('title'),
      ]);
    expect(announced()).toEqual([['/flux/themes/reseaux-sociaux.atom', 'Culture commune — Réseaux sociaux']]);
    expect(document.head.contains(stale)).toBe(false);
    view.unmount();
    expect(announced()).toEqual([]);
  });
});
