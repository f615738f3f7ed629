import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** The small allowlist of comments: emphasis, lists, links, quotes, code. Anything else is dropped. */
export const COMMENT_ALLOWED_TAGS = ['p', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'br'];

/** `/membres/<slug>`: a mention's link (`mentions.ts`). */
const MEMBER_PAGE = /^\/membres\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Markdown → HTML → sanitised HTML. Links keep http(s) and mailto only, and never carry the page's authority. */
export function renderCommentMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, {
    allowedTags: COMMENT_ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      // Absolute http(s) and mailto links; of relative ones (which would act inside the app with the reader's session)
      // only a member's page, which mentions link to.
      a: (tagName, attribs) => {
        const href = attribs.href?.trim() ?? '';
        const safe: Record<string, string> = /^(https?:|mailto:)/i.test(href)
          ? { href, rel: 'noopener noreferrer nofollow' }
          : MEMBER_PAGE.test(href)
            ? { href }
            : {};
        return { tagName, attribs: safe };
      },
    },
    disallowedTagsMode: 'discard',
  }).trim();
}
