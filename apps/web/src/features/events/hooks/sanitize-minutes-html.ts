import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { COMMENT_ALLOWED_TAGS, COMMENT_LINK_REL } from '../../../shared/sanitize-comment-html';

/** The comments' allowlist plus the headings the API's minutes renderer makes (`#` becomes h2). */
export const MINUTES_ALLOWED_TAGS = [...COMMENT_ALLOWED_TAGS, 'h2', 'h3', 'h4'];
export const MINUTES_ALLOWED_ATTR = ['href'];

const SAFE_EXTERNAL_HREF = /^(?:https?|mailto):/i;
/** A resource of the library, as the API writes it: `/ressources/<slug>`, nothing more (no `..`, no `//host`). */
export const RESOURCE_HREF = /^\/ressources\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isSafeHref = (href: string) => SAFE_EXTERNAL_HREF.test(href) || RESOURCE_HREF.test(href);

const CONFIG: Config = {
  ALLOWED_TAGS: MINUTES_ALLOWED_TAGS,
  ALLOWED_ATTR: MINUTES_ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // A first filter; the hook below checks the exact shape of the relative ones.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|\/ressources\/)/i,
};

let purifier: Purifier | null = null;

/** A DOMPurify instance of our own (not the comments' one), so that its hook only applies to minutes. */
function minutesPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const element = node as Element;
    const href = element.getAttribute('href');
    if (href !== null && !isSafeHref(href)) element.removeAttribute('href');
    // Links to the library stay in the app; the others get the comments' rel.
    if (href !== null && RESOURCE_HREF.test(href)) element.removeAttribute('rel');
    else element.setAttribute('rel', COMMENT_LINK_REL);
  });
  purifier = instance;
  return instance;
}

/** The minutes' own headings go one level down: they sit under the page's « Compte rendu » (h2). */
function demoteHeadings(fragment: DocumentFragment): void {
  for (const heading of [...fragment.querySelectorAll('h2, h3, h4')]) {
    const level = Number(heading.tagName.charAt(1));
    const lower = heading.ownerDocument.createElement(`h${level + 1}`);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
}

/**
 * The minutes of an event, as rendered by the API from Markdown, made safe again before they reach the page: only the
 * allowlisted elements, only `href` (http:, https:, mailto: or a relative `/ressources/<slug>`), the `rel` of outside
 * links forced, and headings from h3 down.
 */
export function sanitizeMinutesHtml(html: string): string {
  if (!html) return '';
  const fragment = minutesPurifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  demoteHeadings(fragment);
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
