import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { OrganisationLogoController } from './organisation-logo.controller';
import { OrganisationLogoService } from './organisation-logo.service';

/** The organisations' logo routes, mounted by the server only. */
@Module({ imports: [FilesModule], providers: [OrganisationLogoService], controllers: [OrganisationLogoController] })
export class DirectoryHttpModule {}
