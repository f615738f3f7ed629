import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [ResourcesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
