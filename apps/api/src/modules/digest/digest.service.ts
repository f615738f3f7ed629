import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { NewsFeedService } from '../following/news-feed.service';
import { MailerService } from '../mail/mailer.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MemberEntity } from '../organisations/member.entity';
import { DigestDeliveryEntity } from './digest-delivery.entity';
import { claimDigestDelivery, findDigestRecipients } from './digest-rows';
import { renderDigest } from './digest-render';
import { digestWeek } from './digest-week';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const ITEMS_MAX = 30;

/** The weekly digest: « Quoi de neuf » of the last seven days and the unread notifications, by mail. */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly news: NewsFeedService,
    private readonly notifications: NotificationsService,
    private readonly mailer: MailerService,
    private readonly clock: Clock,
  ) {}

  /** What the person would receive now; also the profile page's preview. */
  async compose(actor: Actor, name: string, now: Date) {
    const from = new Date(now.getTime() - WEEK_MS);
    const [feed, notifications] = await Promise.all([
      this.news.feed(actor, { first: ITEMS_MAX, since: from, before: now }),
      this.notifications.list(actor, 20, null),
    ]);
    const unread = notifications.rows.filter((row) => !row.read_at);
    const unreadCount = await this.notifications.unreadCount(actor);
    const mail = renderDigest({
      recipientName: name,
      from,
      to: now,
      items: feed.items,
      unread: unread.map((row) => ({
        kind: row.kind,
        actorName: row.actor_name,
        subjectTitle: (row.resource_title ?? row.list_title)!,
        subjectPath: row.resource_slug
          ? `/ressources/${encodeURIComponent(row.resource_slug)}`
          : `/listes/${encodeURIComponent(row.list_slug!)}`,
        onList: !row.resource_slug,
        themeLabel: row.theme_label,
      })),
      unreadCount,
      publicUrl: this.http.publicUrl.replace(/\/$/, ''),
    });
    return { ...mail, itemCount: feed.items.length + unreadCount };
  }

  async preview(actor: Actor | null, now = this.clock.now()) {
    const current = requireActor(actor);
    const { name } = await this.dataSource.manager.findOneOrFail(MemberEntity, {
      select: { name: true },
      where: { id: current.id },
    });
    return this.compose(current, name, now);
  }

  async setEnabled(actor: Actor | null, enabled: boolean): Promise<boolean> {
    const current = requireActor(actor);
    await this.dataSource.manager.update(MemberEntity, { id: current.id }, { digestEnabled: enabled });
    return enabled;
  }

  /**
   * Queues this week's digest for every member who wants it, follows something or has unread notifications, and has
   * not had it yet. Each (member, week) is claimed in the transaction that queues the mail, so replicas never send twice;
   * the mail queue retries a failed delivery. Returns how many mails were queued.
   */
  async sendWeekly(
    now = this.clock.now(),
    progress?: (done: number, total: number) => void,
  ): Promise<{ sent: number; empty: number }> {
    const week = digestWeek(now);
    const recipients = await findDigestRecipients(this.dataSource.manager, week);
    let sent = 0;
    let empty = 0;
    for (const [index, recipient] of recipients.entries()) {
      await this.dataSource.transaction(async (manager) => {
        if (!(await claimDigestDelivery(manager, recipient.id, week))) return;
        const actor: Actor = {
          id: recipient.id,
          role: recipient.role,
          organisationId: recipient.organisation_id,
          sessionHash: '',
        };
        const digest = await this.compose(actor, recipient.name, now);
        await manager.update(DigestDeliveryEntity, { memberId: recipient.id, week }, { items: digest.itemCount });
        if (digest.itemCount === 0) {
          empty += 1;
          return;
        }
        await this.mailer.send(
          { to: recipient.email, subject: digest.subject, text: digest.text, html: digest.html },
          manager,
        );
        sent += 1;
      });
      progress?.(index + 1, recipients.length);
    }
    if (recipients.length)
      this.logger.log(`Lettre de la semaine du ${week} : ${sent} envoyée(s), ${empty} sans nouveauté.`);
    return { sent, empty };
  }
}
