import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';
import { ThemesAdminService } from './themes-admin.service';
import { ThemeIndexDefinition } from './search/theme-index.definition';

@Module({
  providers: [TaxonomyResolver, TaxonomyService, ThemeIndexDefinition, ThemesAdminService],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
