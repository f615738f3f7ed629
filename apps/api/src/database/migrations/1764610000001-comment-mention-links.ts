import { MigrationInterface, QueryRunner } from 'typeorm';
import { renderCommentMarkdown } from '../../modules/comments/markdown';
import { markMentions, mentionedSlugs } from '../../modules/comments/mentions';

/**
 * Comments written before mentions became links (issue 13, item 16) kept their HTML of then: « @Claire Martin » in bold,
 * or « @claire-martin » as typed when written before mentions were recorded. Their mentions are recorded (no
 * notification: they are old news) and their HTML rendered again from their Markdown as a comment is written today,
 * with the members' current names. Forward only: the Markdown is untouched, so nothing is lost.
 */
export class CommentMentionLinks1764610000001 implements MigrationInterface {
  name = 'CommentMentionLinks1764610000001';

  async up(q: QueryRunner): Promise<void> {
    const comments: { id: string; markdown: string }[] = await q.query(
      `SELECT id, markdown FROM comments WHERE deleted_at IS NULL AND markdown LIKE '%@%' AND html NOT LIKE '%href="/membres/%'`,
    );
    for (const comment of comments) {
      const slugs = mentionedSlugs(comment.markdown);
      if (slugs.length === 0) continue;
      await q.query(
        `INSERT INTO comment_mentions (comment_id, member_id) SELECT $1, m.id FROM members m WHERE m.slug = ANY($2)
         ON CONFLICT DO NOTHING`,
        [comment.id, slugs],
      );
      const members: { slug: string; name: string }[] = await q.query(
        `SELECT m.slug, m.name FROM comment_mentions cm JOIN members m ON m.id = cm.member_id WHERE cm.comment_id = $1`,
        [comment.id],
      );
      if (members.length === 0) continue;
      const names = new Map(members.map((member) => [member.slug, member.name]));
      await q.query(`UPDATE comments SET html = $2 WHERE id = $1`, [
        comment.id,
        renderCommentMarkdown(markMentions(comment.markdown, names)),
      ]);
    }
  }

  async down(): Promise<void> {
    // Forward only: the old bold names were the defect.
  }
}
