import { Module } from '@nestjs/common';
import { DirectoryResolver, MemberProfileDirectoryResolver } from './directory.resolver';
import { DirectorySearchService } from './directory-search.service';
import { MemberContactResolver } from './member-contact.resolver';
import { MemberContactService } from './member-contact.service';
import { WhoKnowsService } from './who-knows.service';
import { OrganisationPagesService } from './organisation-pages.service';
import { OrganisationsAdminResolver } from './organisations-admin.resolver';
import { OrganisationsAdminService } from './organisations-admin.service';
import { PeopleDirectoryService } from './people-directory.service';
import { DirectoryIndexDefinition } from './search/directory-index.definition';

/** The directory of organisations and people (issue 14): pages, search, admin of organisations. */
@Module({
  providers: [
    DirectoryResolver,
    MemberProfileDirectoryResolver,
    DirectorySearchService,
    OrganisationPagesService,
    OrganisationsAdminResolver,
    OrganisationsAdminService,
    PeopleDirectoryService,
    DirectoryIndexDefinition,
    WhoKnowsService,
    MemberContactResolver,
    MemberContactService,
  ],
  exports: [PeopleDirectoryService],
})
export class DirectoryModule {}
