import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { DebriefsResolver } from './debriefs.resolver';
import { DebriefsService } from './debriefs.service';

@Module({ imports: [ResourcesModule], providers: [DebriefsResolver, DebriefsService], exports: [DebriefsService] })
export class DebriefsModule {}
