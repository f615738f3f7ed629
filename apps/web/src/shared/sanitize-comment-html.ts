import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/** What the API's Markdown renderer may produce: the same allowlist, enforced again in the browser. */
export const COMMENT_ALLOWED_TAGS = ['p', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'br'];
export const COMMENT_ALLOWED_ATTR = ['href'];
/** Links rel: no access to this page, no referrer, no endorsement. */
export const COMMENT_LINK_REL = 'noopener noreferrer nofollow';

const SAFE_HREF = /^(?:https?|mailto):/i;
/** The one relative link a comment holds: a mentioned member's page (the API writes no other). */
export const MEMBER_HREF = /^\/membres\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const CONFIG: Config = {
  ALLOWED_TAGS: COMMENT_ALLOWED_TAGS,
  ALLOWED_ATTR: COMMENT_ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|\/membres\/[a-z0-9-]+$)/i,
};

let purifier: Purifier | null = null;

/** A DOMPurify instance of our own, so its hook never applies to another use of the library. */
function commentPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const element = node as Element;
    const href = element.getAttribute('href');
    if (href !== null && MEMBER_HREF.test(href)) return;
    if (href !== null && !SAFE_HREF.test(href)) element.removeAttribute('href');
    element.setAttribute('rel', COMMENT_LINK_REL);
  });
  purifier = instance;
  return instance;
}

/**
 * The HTML of a comment, as rendered by the API from Markdown, made safe again before it reaches the page:
 * only the allowlisted elements, only `href` (http:, https:, mailto:, or a member's page for a mention) and every
 * outside link's `rel` forced.
 */
export function sanitizeCommentHtml(html: string): string {
  if (!html) return '';
  return commentPurifier().sanitize(html, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false }) as string;
}
