import { Global, Module } from '@nestjs/common';
import { MailerService } from '../mail/mailer.service';
import { AuditService } from './audit.service';

/** Cross-cutting services every feature may write to: the audit log and the mailer. */
@Global()
@Module({ providers: [AuditService, MailerService], exports: [AuditService, MailerService] })
export class AuditModule {}
