import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

@Module({ imports: [ResourcesModule], providers: [CommentsResolver, CommentsService] })
export class CommentsModule {}
