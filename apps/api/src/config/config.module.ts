import { Global, Module } from '@nestjs/common';
import { DATABASE_CONFIG, loadDatabaseConfig } from './database.config';
import { HTTP_CONFIG, loadHttpConfig } from './http.config';
import { SEARCH_CONFIG, loadSearchConfig } from './search.config';
import { AUTH_CONFIG, loadAuthConfig } from './auth.config';
import { MAIL_CONFIG, loadMailConfig } from './mail.config';
import { PDF_CONFIG, loadPdfConfig } from './pdf.config';
import { JOBS_CONFIG, loadJobsConfig } from './jobs.config';
import { IMPORTS_CONFIG, loadImportsConfig } from './imports.config';
import { LINKS_CONFIG, loadLinksConfig } from './links.config';
import { FILES_CONFIG, loadFilesConfig } from './files.config';
import { BACKUP_CONFIG, loadBackupConfig } from './backup.config';
import { EXTRACTION_CONFIG, loadExtractionConfig } from './extraction.config';
import { OBSERVABILITY_CONFIG, loadObservabilityConfig } from './observability.config';
import { REPORT_CONFIG, loadReportConfig } from './report.config';

/** Each concern's config is read once, validated, and injected by token. */
@Global()
@Module({
  providers: [
    { provide: DATABASE_CONFIG, useFactory: () => loadDatabaseConfig() },
    { provide: SEARCH_CONFIG, useFactory: () => loadSearchConfig() },
    { provide: HTTP_CONFIG, useFactory: () => loadHttpConfig() },
    { provide: AUTH_CONFIG, useFactory: () => loadAuthConfig() },
    { provide: MAIL_CONFIG, useFactory: () => loadMailConfig() },
    { provide: PDF_CONFIG, useFactory: () => loadPdfConfig() },
    { provide: JOBS_CONFIG, useFactory: () => loadJobsConfig() },
    { provide: IMPORTS_CONFIG, useFactory: () => loadImportsConfig() },
    { provide: LINKS_CONFIG, useFactory: () => loadLinksConfig() },
    { provide: FILES_CONFIG, useFactory: () => loadFilesConfig() },
    { provide: BACKUP_CONFIG, useFactory: () => loadBackupConfig() },
    { provide: EXTRACTION_CONFIG, useFactory: () => loadExtractionConfig() },
    { provide: OBSERVABILITY_CONFIG, useFactory: () => loadObservabilityConfig() },
    { provide: REPORT_CONFIG, useFactory: () => loadReportConfig() },
  ],
  exports: [
    DATABASE_CONFIG,
    SEARCH_CONFIG,
    HTTP_CONFIG,
    AUTH_CONFIG,
    MAIL_CONFIG,
    PDF_CONFIG,
    JOBS_CONFIG,
    IMPORTS_CONFIG,
    LINKS_CONFIG,
    FILES_CONFIG,
    BACKUP_CONFIG,
    EXTRACTION_CONFIG,
    OBSERVABILITY_CONFIG,
    REPORT_CONFIG,
  ],
})
export class ConfigModule {}
