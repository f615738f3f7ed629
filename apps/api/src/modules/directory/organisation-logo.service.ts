import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOGO_LIMITS, logoUrl } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { FILE_STORAGE, fileKeys, type FileStorage } from '../files/storage/file-storage';
import { toWebp } from '../files/web-image';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OutboxService } from '../outbox/outbox.service';
import { directoryPolicy } from './directory.policy';
import { DIRECTORY_TOPIC } from './search/directory-index.definition';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An organisation's logo: sent by an admin as the image's bytes (PNG, JPEG or WebP, told by the bytes themselves; SVG
 * is refused, it may carry scripts), made by sharp into a WebP of LOGO_LIMITS.sidePx at most, kept in the file storage
 * under a new id at each upload (so that its address can be cached for good), the old one deleted after commit.
 */
@Injectable()
export class OrganisationLogoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Who may send, checked before the body is read. */
  checkUploader(actor: Actor | null): Actor {
    const admin = requireActor(actor);
    if (!directoryPolicy.canManageOrganisations(admin)) throw new ForbiddenError('forbidden.adminOnly');
    return admin;
  }

  async upload(actor: Actor | null, slug: string, body: Buffer): Promise<{ logoUrl: string }> {
    const admin = this.checkUploader(actor);
    const organisation = await this.dataSource.manager.findOneBy(OrganisationEntity, { slug });
    if (!organisation) throw new NotFoundError('organisation', slug);
    const webp = await toWebp(
      body,
      LOGO_LIMITS.sidePx,
      () => new DomainError('badUserInput.fileType', { types: 'PNG, JPEG, WebP' }),
    );
    const logoId = randomUUID();
    await this.storage.put(fileKeys.logo(logoId), webp, 'image/webp');
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(OrganisationEntity, { id: organisation.id }, { logoId, version: () => 'version + 1' });
        await this.audit.record('organisation.updated', admin.id, slug, { logo: true }, manager);
        await this.outbox.enqueue(manager, DIRECTORY_TOPIC, [organisation.id]);
      });
    } catch (error) {
      await this.storage.delete(fileKeys.logo(logoId));
      throw error;
    }
    if (organisation.logoId) await this.storage.delete(fileKeys.logo(organisation.logoId)).catch(() => undefined);
    return { logoUrl: logoUrl(logoId)! };
  }

  /** The logo's bytes, or NOT_FOUND (an id that is no logo, or one replaced since). */
  async read(logoId: string): Promise<Readable> {
    if (!UUID.test(logoId)) throw new NotFoundError('file', logoId);
    if ((await this.storage.size(fileKeys.logo(logoId))) === null) throw new NotFoundError('file', logoId);
    return this.storage.read(fileKeys.logo(logoId));
  }
}
