import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsModule } from './imports.module';

/** The upload and report routes, mounted by the server only. */
@Module({ imports: [ImportsModule], controllers: [ImportsController] })
export class ImportsHttpModule {}
