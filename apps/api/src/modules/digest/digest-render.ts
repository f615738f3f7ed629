import type { NewsItemObject } from '../following/dto/following.objects';

export interface DigestNotification {
  kind: string;
  actorName: string | null;
  /** The resource's or the reading list's title, and its path in the app. */
  subjectTitle: string;
  subjectPath: string;
  onList: boolean;
  themeLabel: string | null;
}

export interface DigestContent {
  recipientName: string;
  from: Date;
  to: Date;
  items: NewsItemObject[];
  unread: DigestNotification[];
  unreadCount: number;
  publicUrl: string;
}

const SECTIONS: { kind: NewsItemObject['kind']; title: string }[] = [
  { kind: 'resource' as NewsItemObject['kind'], title: 'Nouvelles ressources' },
  { kind: 'debrief' as NewsItemObject['kind'], title: 'Retours d’atelier' },
  { kind: 'comment' as NewsItemObject['kind'], title: 'Commentaires' },
];

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

export function notificationSentence(notification: DigestNotification): string {
  const who = notification.actorName ?? 'Un membre';
  const title = `${notification.onList ? 'la liste ' : ''}« ${notification.subjectTitle} »`;
  switch (notification.kind) {
    case 'mention':
      return `${who} vous a mentionné·e dans un commentaire sur ${title}`;
    case 'reply':
      return `${who} a répondu à votre commentaire sur ${title}`;
    case 'comment_on_list':
      return `${who} a commenté votre liste de lecture « ${notification.subjectTitle} »`;
    case 'comment_on_resource':
      return `${who} a commenté votre ressource ${title}`;
    case 'debrief_on_resource':
      return `${who} a raconté un atelier avec votre outil ${title}`;
    default:
      return `Nouvelle ressource ${title}${notification.themeLabel ? ` dans le thème ${notification.themeLabel}` : ''}`;
  }
}

function itemLine(item: NewsItemObject): string {
  const by = item.actor ? ` — ${item.actor.name}` : '';
  const because = item.because.length ? ` (suivi : ${item.because.map((follow) => follow.label).join(', ')})` : '';
  return `${item.resource.title}${by}${because}`;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The weekly digest as subject, plain text and HTML, from the same data as « Quoi de neuf » and the notifications. */
export function renderDigest(content: DigestContent): { subject: string; text: string; html: string } {
  const link = (slug: string) => `${content.publicUrl}/ressources/${encodeURIComponent(slug)}`;
  const page = (path: string) => `${content.publicUrl}${path}`;
  const period = `du ${dayFormat.format(content.from)} au ${dayFormat.format(content.to)}`;
  const count = content.items.length;
  const subject = `Culture commune : ${count} nouveauté${count > 1 ? 's' : ''} cette semaine`;
  const text: string[] = [
    `Bonjour ${content.recipientName},`,
    '',
    `Voici ce qui s’est passé ${period} dans ce que vous suivez.`,
  ];
  const html: string[] = [
    `<p>Bonjour ${escapeHtml(content.recipientName)},</p>`,
    `<p>Voici ce qui s’est passé ${escapeHtml(period)} dans ce que vous suivez.</p>`,
  ];
  for (const section of SECTIONS) {
    const items = content.items.filter((item) => item.kind === section.kind);
    if (!items.length) continue;
    text.push('', `${section.title} (${items.length})`);
    html.push(`<h2>${escapeHtml(section.title)} (${items.length})</h2>`, '<ul>');
    for (const item of items) {
      text.push(`- ${itemLine(item)}`, `  ${link(item.resource.slug)}`);
      if (item.excerpt) text.push(`  ${item.excerpt}`);
      html.push(
        `<li><a href="${escapeHtml(link(item.resource.slug))}">${escapeHtml(item.resource.title)}</a>${escapeHtml(itemLine(item).slice(item.resource.title.length))}` +
          (item.excerpt ? `<br>${escapeHtml(item.excerpt)}` : '') +
          '</li>',
      );
    }
    html.push('</ul>');
  }
  if (count === 0) {
    text.push('', 'Rien de neuf cette semaine dans ce que vous suivez.');
    html.push('<p>Rien de neuf cette semaine dans ce que vous suivez.</p>');
  }
  if (content.unreadCount > 0) {
    text.push('', `Notifications non lues (${content.unreadCount})`);
    html.push(`<h2>Notifications non lues (${content.unreadCount})</h2>`, '<ul>');
    for (const notification of content.unread) {
      text.push(`- ${notificationSentence(notification)}`, `  ${page(notification.subjectPath)}`);
      html.push(
        `<li><a href="${escapeHtml(page(notification.subjectPath))}">${escapeHtml(notificationSentence(notification))}</a></li>`,
      );
    }
    html.push('</ul>');
  }
  text.push(
    '',
    `Tout voir : ${content.publicUrl}/quoi-de-neuf`,
    `Ne plus recevoir cette lettre : ${content.publicUrl}/profil`,
  );
  html.push(
    `<p><a href="${escapeHtml(content.publicUrl)}/quoi-de-neuf">Tout voir dans Culture commune</a> · ` +
      `<a href="${escapeHtml(content.publicUrl)}/profil">Ne plus recevoir cette lettre</a></p>`,
  );
  return { subject, text: text.join('\n'), html: html.join('\n') };
}
