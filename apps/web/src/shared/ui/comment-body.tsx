import { useMemo } from 'react';
import { sanitizeCommentHtml } from '../sanitize-comment-html';

/** A comment's text: the API's HTML, sanitised again here. The one place where HTML from data is rendered. */
export function CommentBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeCommentHtml(html), [html]);
  return (
    <div
      className="comment-body"
      // eslint-disable-next-line no-restricted-syntax -- comment HTML (server-rendered Markdown) is re-sanitised by sanitizeCommentHtml (DOMPurify, strict allowlist, safe hrefs only) just above.
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
