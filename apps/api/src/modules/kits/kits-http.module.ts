import { Module } from '@nestjs/common';
import { KitPhotosController } from './kit-photos.controller';
import { KitsModule } from './kits.module';

/** The kits' photo routes, mounted by the server only. */
@Module({ imports: [KitsModule], controllers: [KitPhotosController] })
export class KitsHttpModule {}
