import { markMentions, mentionedSlugs, nameMentions } from './mentions';
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

  it('renders known mentions as links to the member, with their name, and leaves unknown ones as typed', () => {
    const names = new Map([['claire-martin', 'Claire Martin']]);
    const html = renderCommentMarkdown(markMentions('Bonjour @claire-martin et @inconnu', names));
    expect(html).toBe('<p>Bonjour <a href="/membres/claire-martin">@Claire Martin</a> et @inconnu</p>');
  });

  it('escapes Markdown in a name so that it cannot inject a link', () => {
    const names = new Map([['x', '[piège](javascript:alert(1))']]);
    const html = renderCommentMarkdown(markMentions('@x', names));
    expect(html).toBe('<p><a href="/membres/x">@[piège](javascript:alert(1))</a></p>');
  });

  it('keeps no other relative link than a member’s page', () => {
    expect(renderCommentMarkdown('[a](/administration/taches) [b](/membres/x/../../admin) [c](/membres/claire)')).toBe(
      '<p><a>a</a> <a>b</a> <a href="/membres/claire">c</a></p>',
    );
  });

  it('names the members an excerpt mentions, and leaves the others as typed', () => {
    expect(nameMentions('Merci @claire-martin et @inconnu', { 'claire-martin': 'Claire Martin' })).toBe(
      'Merci @Claire Martin et @inconnu',
    );
    expect(nameMentions('Merci @claire-martin', null)).toBe('Merci @claire-martin');
  });
});
