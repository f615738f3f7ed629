import { DomUtils, parseDocument } from 'htmlparser2';
import { announcedTheme, withThemeFeedLink } from './web-app-head';

describe('the feed a page announces', () => {
  it('is the theme of a search narrowed to exactly one theme', () => {
    expect(announcedTheme('/', new URLSearchParams('theme=cyberharcelement'))).toBe('cyberharcelement');
    expect(announcedTheme('/', new URLSearchParams('q=ecrans&theme=jeux-video&type=outil'))).toBe('jeux-video');
    expect(announcedTheme('/', new URLSearchParams('theme=a&theme=b'))).toBeNull();
    expect(announcedTheme('/', new URLSearchParams('q=ecrans'))).toBeNull();
    expect(announcedTheme('/ressources/x', new URLSearchParams('theme=a'))).toBeNull();
    expect(announcedTheme('/', new URLSearchParams('theme="><script>'))).toBeNull();
  });

  it('is linked from the head, its label escaped', () => {
    const html = withThemeFeedLink('<html><head><title>Culture commune</title></head><body></body></html>', {
      slug: 'jeux-video',
      label: 'Jeux "vidéo" & <écrans>',
    });
    const link = DomUtils.findOne((element) => element.name === 'link', parseDocument(html).children);
    expect(link?.parent && 'name' in link.parent ? link.parent.name : null).toBe('head');
    expect(link?.attribs).toMatchObject({
      rel: 'alternate',
      type: 'application/atom+xml',
      href: '/flux/themes/jeux-video.atom',
      title: 'Culture commune — Jeux "vidéo" & <écrans>',
    });
  });
});
