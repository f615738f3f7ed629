import { Global, Module } from '@nestjs/common';
import { MailerService } from './mailer.service';

/** Mail for every feature, delivered by the job queue's `mail` handler. */
@Global()
@Module({ providers: [MailerService], exports: [MailerService] })
export class MailModule {}
