import { Module } from '@nestjs/common';
import { DatabaseModule } from '../../database/database.module';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { BackupService } from './backup.service';
import { RestoreService } from './restore.service';

/** Backups and restores (issue 17, decision 0040): operator commands of `cli`, no GraphQL. */
@Module({
  imports: [DatabaseModule, FilesModule, AuditModule],
  providers: [BackupService, RestoreService],
  exports: [BackupService, RestoreService],
})
export class BackupModule {}
