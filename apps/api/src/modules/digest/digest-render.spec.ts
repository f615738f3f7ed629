import { NewsKind } from '../following/dto/following.objects';
import { renderDigest } from './digest-render';

const base = {
  recipientName: 'Sophie',
  from: new Date('2026-11-23T08:00:00Z'),
  to: new Date('2026-11-30T08:00:00Z'),
  publicUrl: 'https://cc.example',
};
const item = (kind: NewsKind, title: string) => ({
  id: `${kind}:1`,
  kind,
  at: new Date('2026-11-25T10:00:00Z'),
  actor: { id: 'm', slug: 'marc', name: 'Marc <b>', title: null, organisation: null },
  resource: { slug: 'une-fiche', title },
  excerpt: 'Un extrait',
  because: [{ kind: 'theme' as never, slug: 'jeux-video', label: 'Jeux vidéo' }],
});

describe('renderDigest', () => {
  it('groups news by kind with links, then unread notifications, in text and in escaped HTML', () => {
    const mail = renderDigest({
      ...base,
      items: [item(NewsKind.RESOURCE, 'Fiche <script>alert(1)</script>'), item(NewsKind.COMMENT, 'Autre')],
      unread: [
        {
          kind: 'mention',
          actorName: 'Yanis',
          subjectTitle: 'Decodex',
          subjectPath: '/ressources/decodex',
          onList: false,
          themeLabel: null,
        },
        {
          kind: 'comment_on_list',
          actorName: 'Léa',
          subjectTitle: 'Lectures',
          subjectPath: '/listes/lectures',
          onList: true,
          themeLabel: null,
        },
      ],
      unreadCount: 2,
    });
    expect(mail.subject).toBe('Culture commune : 2 nouveautés cette semaine');
    expect(mail.text).toContain(
      'Nouvelles ressources (1)\n- Fiche <script>alert(1)</script> — Marc <b> (suivi : Jeux vidéo)\n  https://cc.example/ressources/une-fiche',
    );
    expect(mail.text).toContain('Commentaires (1)');
    expect(mail.text).toContain(
      '- Yanis vous a mentionné·e dans un commentaire sur « Decodex »\n  https://cc.example/ressources/decodex',
    );
    expect(mail.text).toContain(
      '- Léa a commenté votre liste de lecture « Lectures »\n  https://cc.example/listes/lectures',
    );
    expect(mail.text).toContain('du 23 novembre 2026 au 30 novembre 2026');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Fiche &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Marc &lt;b&gt;');
  });

  it('says when there is nothing new', () => {
    const mail = renderDigest({ ...base, items: [], unread: [], unreadCount: 0 });
    expect(mail.subject).toBe('Culture commune : 0 nouveauté cette semaine');
    expect(mail.text).toContain('Rien de neuf cette semaine dans ce que vous suivez.');
  });
});
