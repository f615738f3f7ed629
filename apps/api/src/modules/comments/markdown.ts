import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** The small allowlist of comments: emphasis, lists, links, quotes, code. Anything else is dropped. */
export const COMMENT_ALLOWED_TAGS = ['p', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'br'];

/** Markdown → HTML → sanitised HTML. Links keep http(s) and mailto only, and never carry the page's authority. */
export function renderCommentMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, {
    allowedTags: COMMENT_ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      // Only absolute http(s) and mailto links; relative ones would point inside the app with the reader's session.
      a: (tagName, attribs) => {
        const href = attribs.href?.trim() ?? '';
        const safe: Record<string, string> = /^(https?:|mailto:)/i.test(href)
          ? { href, rel: 'noopener noreferrer nofollow' }
          : {};
        return { tagName, attribs: safe };
      },
    },
    disallowedTagsMode: 'discard',
  }).trim();
}
