import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { ImportRunner } from './import-runner';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** Bibliography and spreadsheet imports: preview, choices, the import job (its HTTP side: imports-http.module). */
@Module({
  imports: [ResourcesModule],
  providers: [ImportsService, ImportRunner, ImportsResolver],
  exports: [ImportsService, ImportRunner],
})
export class ImportsModule {}
