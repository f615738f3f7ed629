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

/** A member's page, the only relative link a comment may hold (the renderer allows exactly this form). */
export const memberPath = (slug: string) => `/membres/${slug}`;

/** Each known `@slug` rewritten by `write` (with the text before it kept); unknown `@words` stay as typed. */
function replaceMentions(
  markdown: string,
  names: ReadonlyMap<string, string>,
  write: (slug: string, name: string) => string,
) {
  return markdown.replace(MENTION, (whole, before: string, slug: string) => {
    const name = names.get(slug);
    return name ? `${before}${write(slug, name)}` : whole;
  });
}

/**
 * Writes known mentions as links to the member, with their name (`[@Claire Martin](/membres/claire-martin)`) before
 * rendering (issue 13, item 16: they were bold text); unknown `@words` stay as typed.
 */
export function markMentions(markdown: string, names: ReadonlyMap<string, string>): string {
  return replaceMentions(
    markdown,
    names,
    (slug, name) => `[@${name.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)}](${memberPath(slug)})`,
  );
}

/** Known mentions as `@Name`, for plain-text excerpts (notifications, « Quoi de neuf »): names, not addresses. */
export function nameMentions(markdown: string, names: Readonly<Record<string, string>> | null): string {
  return names ? replaceMentions(markdown, new Map(Object.entries(names)), (_slug, name) => `@${name}`) : markdown;
}
