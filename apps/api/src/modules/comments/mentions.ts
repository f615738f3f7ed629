/** `@slug` where slug is a member's (lowercase words joined by hyphens); not inside an email address or a URL path. */
const MENTION = /(^|[^\w@/.-])@([a-z0-9]+(?:-[a-z0-9]+)*)/g;
const MAX_MENTIONS = 20;

/** The distinct member slugs a Markdown text mentions, in order, at most 20. */
export function mentionedSlugs(markdown: string): string[] {
  const slugs = new Set<string>();
  for (const match of markdown.matchAll(MENTION)) {
    slugs.add(match[2]);
    if (slugs.size === MAX_MENTIONS) break;
  }
  return [...slugs];
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!<>|~]/g;

/** Writes known mentions as bold names (`**@Claire Martin**`) before rendering; unknown `@words` stay as typed. */
export function markMentions(markdown: string, names: Map<string, string>): string {
  return markdown.replace(MENTION, (whole, before: string, slug: string) => {
    const name = names.get(slug);
    return name ? `${before}**@${name.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)}**` : whole;
  });
}
