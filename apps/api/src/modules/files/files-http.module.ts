import { Module } from '@nestjs/common';
import { FilesController } from './files.controller';
import { FilesModule } from './files.module';

/** The upload and download routes, mounted by the server only. */
@Module({ imports: [FilesModule], controllers: [FilesController] })
export class FilesHttpModule {}
