import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTACT_RATE, validateContactMessage } from '@culture-commune/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { RateLimitedError, RateLimiter } from '../../security/rate-limits';
import { AuditService } from '../audit/audit.service';
import { MailerService } from '../mail/mailer.service';
import { MemberEntity } from '../organisations/member.entity';
import { directoryPolicy } from './directory.policy';
import type { ContactMemberInput } from './dto/contact-member.input';

/**
 * « Contacter » on a person's page: a mail queued in the request's transaction (MailerService, job queue), the sender's
 * address in Reply-To so that the answer goes straight to them, the recipient's address never shown to the sender.
 * Audited without the message (only its length); the mail job's payload is redacted once delivered.
 */
@Injectable()
export class MemberContactService {
  private readonly logger = new Logger('Contact');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly mailer: MailerService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  async contact(actor: Actor | null, input: ContactMemberInput): Promise<boolean> {
    const sender = requireActor(actor);
    const issues = validateContactMessage(input);
    if (issues.length) throw new InvalidInputError(issues);
    const subject = (input.subject ?? '').trim();
    const message = input.message.trim();
    await this.dataSource.transaction(async (manager) => {
      const person = await manager.findOne(MemberEntity, {
        where: { slug: input.memberSlug },
        relations: { organisation: true },
      });
      if (!person || !directoryPolicy.canViewPerson(sender, person))
        throw new NotFoundError('person', input.memberSlug);
      if (!directoryPolicy.canContact(sender, person)) throw new ForbiddenError('forbidden.notContactable');
      const from = await manager.findOneOrFail(MemberEntity, {
        where: { id: sender.id },
        relations: { organisation: true },
      });
      await this.count(manager, sender.id);
      await this.mailer.send(
        {
          to: person.email,
          replyTo: from.email,
          subject: `[Culture commune] ${subject || `Message de ${from.name}`}`,
          text: this.text(from, person, message),
        },
        manager,
      );
      await this.audit.record(
        'member.contacted',
        sender.id,
        person.slug,
        { subjectLength: subject.length, messageLength: message.length },
        manager,
      );
    });
    this.logger.log(`Message de ${sender.id} à ${input.memberSlug} mis en file d’envoi`);
    return true;
  }

  /** Both windows count the message; over either, a French message says the limits and when to try again. */
  private async count(manager: EntityManager, senderId: string): Promise<void> {
    try {
      await this.limiter.hit('contactMessagesPerHour', senderId, 1, manager);
      await this.limiter.hit('contactMessagesPerDay', senderId, 1, manager);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      const retryAfterSeconds = Number(error.details.retryAfterSeconds ?? 60);
      throw new DomainError(
        'tooManyRequests.contactLimit',
        { count: Math.max(1, Math.ceil(retryAfterSeconds / 60)), hour: CONTACT_RATE.perHour, day: CONTACT_RATE.perDay },
        { retryAfterSeconds },
      );
    }
  }

  private text(from: MemberEntity, to: MemberEntity, message: string): string {
    const who = [from.title, from.organisation?.name].filter(Boolean).join(', ');
    return [
      `Bonjour ${to.name},`,
      '',
      `${from.name}${who ? ` (${who})` : ''} vous écrit depuis l’annuaire de Culture commune :`,
      '',
      message,
      '',
      '—',
      `Pour répondre, répondez simplement à ce courriel : votre réponse ira directement à ${from.name}.`,
      `Ce message vous a été transmis par Culture commune, depuis votre page de l’annuaire (${this.http.publicUrl}/membres/${to.slug}) ; votre adresse n’a pas été communiquée à ${from.name}.`,
      `Pour ne plus recevoir de messages par la plateforme, décochez « J’accepte d’être contacté·e » sur votre profil : ${this.http.publicUrl}/profil`,
    ].join('\n');
  }
}
