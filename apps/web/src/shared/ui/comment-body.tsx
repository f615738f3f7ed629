import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { MEMBER_HREF, sanitizeCommentHtml } from '../sanitize-comment-html';

/**
 * A comment's text: the API's HTML, sanitised again here. The one place where HTML from data is rendered. A mention's
 * link to a member opens their page inside the app, as the other links of the page do.
 */
export function CommentBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeCommentHtml(html), [html]);
  const navigate = useNavigate();
  const openMember = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (!MEMBER_HREF.test(href) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    // The links inside are the keyboard's way in: this only keeps a mouse click within the app.
    <div
      onClick={openMember}
      className="comment-body"
      // eslint-disable-next-line no-restricted-syntax -- comment HTML (server-rendered Markdown) is re-sanitised by sanitizeCommentHtml (DOMPurify, strict allowlist, safe hrefs only) just above.
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
