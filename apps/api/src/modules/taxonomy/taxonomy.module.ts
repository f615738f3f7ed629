import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';
import { ThemeIndexDefinition } from './search/theme-index.definition';

@Module({ providers: [TaxonomyResolver, TaxonomyService, ThemeIndexDefinition], exports: [TaxonomyService] })
export class TaxonomyModule {}
