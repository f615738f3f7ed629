import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MOCKED_ANSWER_MS, advanceClock, startFakeClock } from '../../../test/clock';
import { renderWithProviders } from '../../../test/render';
import { MENTION_DEBOUNCE_MS } from '../../../shared/use-mention-candidates';
import { MentionCandidatesQuery } from '../../../shared/mention-candidates.documents';
import { CommentForm } from './comment-form';

const member = (id: string, slug: string, name: string) => ({ __typename: 'Member' as const, id, slug, name });

function candidatesMock(query: string, onAsked = jest.fn()) {
  return {
    request: { query: MentionCandidatesQuery, variables: { query } },
    result: () => {
      onAsked(query);
      return {
        data: {
          mentionCandidates: [member('1', 'claire-martin', 'Claire Martin'), member('2', 'clara-petit', 'Clara Petit')],
        },
      };
    },
  };
}

function renderForm(mocks: object[]) {
  const onSubmit = jest.fn().mockResolvedValue(undefined);
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <CommentForm id="nouveau-commentaire" submitLabel="Publier le commentaire" onSubmit={onSubmit} />
    </MockedProvider>,
  );
  const field = screen.getByRole('combobox', { name: 'Votre commentaire (Markdown)' }) as HTMLTextAreaElement;
  return { field, onSubmit };
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
const key = (field: HTMLElement, name: string) => fireEvent.keyDown(field, { key: name });
const activeOption = (field: HTMLElement) => document.getElementById(field.getAttribute('aria-activedescendant') ?? '');

describe('Mentions in the comment form (combobox)', () => {
  it('tells how to mention, and starts collapsed, controlling a hidden list', () => {
    const { field } = renderForm([]);
    const hints = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(hints).toEqual(['**gras**, *italique*, listes, liens', 'Mentionnez un membre avec @']);
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.getAttribute('aria-autocomplete')).toBe('list');
    const listbox = document.getElementById(field.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(listbox?.hidden).toBe(true);
    expect(field.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('suggests members once @ and a letter are typed, the first one active, and says how many', async () => {
    const { field } = renderForm([candidatesMock('cla')]);
    type(field, 'Merci @cla');
    const option = await screen.findByRole('option', { name: 'Claire Martin @claire-martin' });
    expect(screen.getByRole('listbox', { name: 'Membres à mentionner' })).toBeTruthy();
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(activeOption(field)).toBe(option);
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe(
      '2\u00a0membres proposés, flèches haut et bas pour choisir, Entrée pour insérer',
    );
  });

  it('moves with the arrows, wrapping around, and inserts @slug and a space with Enter, caret after it', async () => {
    const { field } = renderForm([candidatesMock('cla')]);
    type(field, 'Merci @cla');
    await screen.findByRole('option', { name: /^Claire Martin/ });
    key(field, 'ArrowDown');
    expect(activeOption(field)?.textContent).toBe('Clara Petit @clara-petit');
    key(field, 'ArrowDown');
    expect(activeOption(field)?.textContent).toBe('Claire Martin @claire-martin');
    key(field, 'ArrowUp');
    expect(activeOption(field)?.textContent).toBe('Clara Petit @clara-petit');
    key(field, 'Enter');

    expect(field.value).toBe('Merci @clara-petit ');
    expect(field.selectionStart).toBe(field.value.length);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Mention de Clara Petit insérée.');
  });

  it('inserts with Tab too, in place of the whole word around the caret', async () => {
    const { field } = renderForm([candidatesMock('cla')]);
    type(field, 'Merci @clai pour tout');
    field.setSelectionRange(10, 10);
    fireEvent.select(field);
    await screen.findByRole('option', { name: /^Claire Martin/ });
    key(field, 'Tab');
    expect(field.value).toBe('Merci @claire-martin pour tout');
  });

  it('inserts the member clicked', async () => {
    const { field } = renderForm([candidatesMock('cla')]);
    type(field, '@cla');
    fireEvent.click(await screen.findByRole('option', { name: /^Clara Petit/ }));
    expect(field.value).toBe('@clara-petit ');
  });

  it('closes with Escape, leaving the text as typed', async () => {
    const { field } = renderForm([candidatesMock('cla')]);
    type(field, 'Merci @cla');
    await screen.findByRole('option', { name: /^Claire Martin/ });
    key(field, 'Escape');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    key(field, 'Enter');
    expect(field.value).toBe('Merci @cla');
  });

  it('asks nothing for an @ without a letter, or in an e-mail address', async () => {
    startFakeClock();
    const asked = jest.fn();
    const { field } = renderForm([candidatesMock('cla', asked)]);
    // Past the pause after which one asks, and the time the answer takes, on the fake clock.
    const wait = MENTION_DEBOUNCE_MS + 2 * MOCKED_ANSWER_MS;
    type(field, 'Merci @');
    await advanceClock(wait);
    type(field, 'Écrire à claire@cla');
    await advanceClock(wait);
    expect(asked).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-expanded')).toBe('false');

    // The same wait is enough for a real mention to be asked about, so the silence above means something.
    type(field, 'Merci @cla');
    await advanceClock(wait);
    expect(asked).toHaveBeenCalledWith('cla');
    expect(field.getAttribute('aria-expanded')).toBe('true');
  });

  it('asks once typing pauses, not for every letter', async () => {
    const asked = jest.fn();
    const { field } = renderForm([candidatesMock('cla', asked)]);
    type(field, '@c');
    type(field, '@cl');
    type(field, '@cla');
    await screen.findByRole('option', { name: /^Claire Martin/ });
    await waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(asked).toHaveBeenCalledWith('cla');
  });
});
