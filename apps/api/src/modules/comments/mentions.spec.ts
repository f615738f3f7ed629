import { markMentions, mentionedSlugs } from './mentions';
import { renderCommentMarkdown } from './markdown';

describe('mentions', () => {
  it('finds member slugs after @, once each, not in email addresses or paths', () => {
    expect(
      mentionedSlugs(
        'Merci @claire-martin et @paul ! (@claire-martin)\nécrire à contact@mediatheque.fr ou voir https://x.fr/@nope',
      ),
    ).toEqual(['claire-martin', 'paul']);
  });

  it('caps the number of mentions at 20', () => {
    const text = Array.from({ length: 30 }, (_, i) => `@m${i}`).join(' ');
    expect(mentionedSlugs(text)).toHaveLength(20);
  });

  it('renders known mentions as bold names and leaves unknown ones as typed', () => {
    const names = new Map([['claire-martin', 'Claire Martin']]);
    const html = renderCommentMarkdown(markMentions('Bonjour @claire-martin et @inconnu', names));
    expect(html).toBe('<p>Bonjour <strong>@Claire Martin</strong> et @inconnu</p>');
  });

  it('escapes Markdown in a name so that it cannot inject a link', () => {
    const names = new Map([['x', '[piège](javascript:alert(1))']]);
    const html = renderCommentMarkdown(markMentions('@x', names));
    expect(html).not.toContain('<a');
    expect(html).toContain('<strong>@[piège](javascript:alert(1))</strong>');
  });
});
