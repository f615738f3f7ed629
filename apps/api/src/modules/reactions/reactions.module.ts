import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { ReactionsResolver } from './reactions.resolver';
import { ReactionsService } from './reactions.service';

@Module({ imports: [ResourcesModule], providers: [ReactionsResolver, ReactionsService] })
export class ReactionsModule {}
