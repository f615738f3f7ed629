import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The audit log, which every feature may write to. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
