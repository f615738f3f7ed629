import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { LANGUAGE_STORAGE_KEY } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../test/render';
import type { QuickSearchHit } from '../hooks/use-quick-search';
import { SearchBox } from './search-box';

const hit = (
  kind: QuickSearchHit['kind'],
  slug: string,
  title: string,
  detail: string | null = null,
): QuickSearchHit => ({
  kind,
  slug,
  title: [{ text: title, match: false }],
  detail,
  resourceType: null,
  year: null,
});

const TIKTOK: QuickSearchHit = {
  kind: 'resource',
  slug: 'tiktok-algorithme-atelier',
  title: [
    { text: 'Atelier : comment l’algorithme de ', match: false },
    { text: 'TikTok', match: true },
    { text: ' choisit tes vidéos', match: false },
  ],
  detail: 'Outil de médiation · 2024',
  resourceType: 'outil',
  year: 2024,
};

// Best first, kinds mixed: the list groups them, each group where its best hit was.
const SUGGESTIONS: QuickSearchHit[] = [
  TIKTOK,
  hit('theme', 'reseaux-sociaux', 'Réseaux sociaux'),
  hit('resource', 'reseaux-sociaux-ados-etude', 'Les adolescents et les réseaux sociaux', 'Lecture · 2023'),
  hit('organisation', 'sij-chambery', 'Service Info Jeunesse (SIJ)', 'Chambéry'),
];

function Harness({
  suggestions = SUGGESTIONS,
  onSelect = jest.fn(),
}: {
  suggestions?: QuickSearchHit[];
  onSelect?: jest.Mock;
}) {
  const [value, setValue] = useState('');
  return (
    <>
      <SearchBox
        value={value}
        onChange={setValue}
        suggestions={value.length >= 2 ? suggestions : []}
        onSelect={onSelect}
      />
      <p>Ailleurs</p>
    </>
  );
}

function setup(props: { suggestions?: QuickSearchHit[] } = {}) {
  const onSelect = jest.fn();
  renderWithProviders(<Harness {...props} onSelect={onSelect} />);
  const box = screen.getByRole('combobox', { name: 'Rechercher une ressource' });
  return { box, onSelect };
}

const type = (box: HTMLElement, value: string) => fireEvent.change(box, { target: { value } });
const key = (box: HTMLElement, name: string) => fireEvent.keyDown(box, { key: name });
const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('SearchBox suggestions (combobox)', () => {
  it('is a search field with a combobox role, collapsed until something is typed', () => {
    const { box } = setup();
    expect(box.getAttribute('type')).toBe('search');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    const listbox = document.getElementById(box.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(listbox?.hidden).toBe(true);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('opens on typing and groups the suggestions under a visible kind label', () => {
    const { box } = setup();
    type(box, 'tiktok');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((group) => group.textContent?.match(/^(Ressource|Thème|Structure)/)?.[0])).toEqual([
      'Ressource',
      'Thème',
      'Structure',
    ]);
    expect(within(screen.getByRole('group', { name: 'Ressource' })).getAllByRole('option')).toHaveLength(2);
    expect(within(screen.getByRole('group', { name: 'Thème' })).getByRole('option').textContent).toBe(
      'Réseaux sociaux',
    );
    expect(within(screen.getByRole('group', { name: 'Structure' })).getByRole('option').textContent).toContain(
      'Chambéry',
    );
    // Matches are marked as in the results.
    expect([...listbox.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['TikTok']);
  });

  it('moves the active suggestion with ArrowDown/ArrowUp in the order shown, wrapping around', () => {
    const { box } = setup();
    type(box, 'tiktok');
    key(box, 'ArrowDown');
    expect(activeOption(box)?.textContent).toContain('TikTok');
    expect(activeOption(box)?.getAttribute('aria-selected')).toBe('true');
    key(box, 'ArrowDown');
    // The second resource comes before the theme: resources are grouped together.
    expect(activeOption(box)?.textContent).toContain('Les adolescents et les réseaux sociaux');
    key(box, 'ArrowDown');
    expect(activeOption(box)?.textContent).toBe('Réseaux sociaux');
    key(box, 'ArrowDown');
    expect(activeOption(box)?.textContent).toContain('Service Info Jeunesse');
    key(box, 'ArrowDown');
    expect(activeOption(box)?.textContent).toContain('TikTok');
    key(box, 'ArrowUp');
    expect(activeOption(box)?.textContent).toContain('Service Info Jeunesse');
    key(box, 'ArrowUp');
    expect(activeOption(box)?.textContent).toBe('Réseaux sociaux');
    expect(
      screen.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true'),
    ).toHaveLength(1);
  });

  it('chooses the active suggestion with Enter and closes the list', () => {
    const { box, onSelect } = setup();
    type(box, 'tiktok');
    key(box, 'ArrowDown');
    key(box, 'Enter');
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(TIKTOK);
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('only closes the list on Enter when no suggestion is active', () => {
    const { box, onSelect } = setup();
    type(box, 'tiktok');
    key(box, 'Enter');
    expect(onSelect).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('tiktok');
  });

  it('stays closed after Enter when the suggestions arrive late (they would cover the results)', () => {
    const onSubmit = jest.fn();
    function Late() {
      const [value, setValue] = useState('');
      const [arrived, setArrived] = useState(false);
      return (
        <>
          <SearchBox value={value} onChange={setValue} suggestions={arrived ? SUGGESTIONS : []} onSubmit={onSubmit} />
          <button type="button" onClick={() => setArrived(true)}>
            Réponse tardive
          </button>
        </>
      );
    }
    renderWithProviders(<Late />);
    const box = screen.getByRole('combobox', { name: 'Rechercher une ressource' });
    type(box, 'ecrans');
    key(box, 'Enter');
    fireEvent.submit(box.closest('form')!);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Réponse tardive' }));
    expect(box.getAttribute('aria-expanded')).toBe('false');
    // Typing again opens the list again.
    type(box, 'ecrans e');
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  it('closes on Escape, keeping the text; ArrowDown opens it again on the first suggestion', () => {
    const { box, onSelect } = setup();
    type(box, 'tiktok');
    key(box, 'ArrowDown');
    key(box, 'ArrowDown');
    const escape = fireEvent.keyDown(box, { key: 'Escape' });
    expect(escape).toBe(false); // default prevented: the browser does not empty the field
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    expect((box as HTMLInputElement).value).toBe('tiktok');
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(activeOption(box)?.textContent).toContain('TikTok');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('forgets the active suggestion when typing goes on', () => {
    const { box } = setup();
    type(box, 'tiktok');
    key(box, 'ArrowDown');
    type(box, 'tiktok a');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('chooses a suggestion by click, and closes when clicking elsewhere', () => {
    const { box, onSelect } = setup();
    type(box, 'tiktok');
    fireEvent.click(screen.getByRole('option', { name: 'Réseaux sociaux' }));
    expect(onSelect).toHaveBeenCalledWith(SUGGESTIONS[1]);
    type(box, 'tiktok ');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.mouseDown(screen.getByText('Ailleurs'));
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('stays collapsed when there is nothing to suggest', () => {
    const { box } = setup({ suggestions: [] });
    type(box, 'zzqxjwv');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('groups the people of the directory under their own label, with function and organisation', () => {
    const { box } = setup({
      suggestions: [
        hit('person', 'claire-mounier', 'Claire Mounier', 'Médiatrice numérique · Médiathèque de Chambéry'),
      ],
    });
    type(box, 'claire');
    const group = screen.getByRole('group', { name: 'Personne de l’annuaire' });
    expect(within(group).getByRole('option').textContent).toBe(
      'Claire MounierMédiatrice numérique · Médiathèque de Chambéry',
    );
  });

  it('labels the kinds in English too', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderWithProviders(<Harness />);
    type(screen.getByRole('combobox', { name: 'Search for a resource' }), 'tiktok');
    expect(screen.getByRole('group', { name: 'Resource' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Theme' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Organisation' })).toBeTruthy();
    // A resource's second line is in the interface's language, not the API's French text.
    expect(screen.getByRole('option', { name: /TikTok/ }).textContent).toContain('Mediation tool · 2024');
  });
});
