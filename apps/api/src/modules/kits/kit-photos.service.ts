import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KIT_PHOTO_LIMITS, kitPhotoUrl } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { FileDeletion } from '../files/file-deletion';
import { FILE_STORAGE, fileKeys, type FileStorage } from '../files/storage/file-storage';
import { toWebp } from '../files/web-image';
import { KitPhotoEntity } from './kit-photo.entity';
import { KitEntity } from './kit.entity';
import { kitsPolicy } from './kits.policy';
import { KitsService } from './kits.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface KitPhoto {
  id: string;
  url: string;
  altText: string;
}

/** The description a screen reader reads, checked before the photo's bytes are read. */
export function checkAltText(alt: unknown): string {
  const text = typeof alt === 'string' ? alt.trim() : '';
  if (!text) throw InvalidInputError.of('alt', 'required');
  if (text.length > KIT_PHOTO_LIMITS.altText)
    throw InvalidInputError.of('alt', 'maxLength', { max: KIT_PHOTO_LIMITS.altText });
  return text;
}

/**
 * A kit's photos (at most KIT_PHOTO_LIMITS.perKit): sent by those who manage the kit, made by sharp into a WebP of
 * KIT_PHOTO_LIMITS.sidePx at most, stored at fileKeys.kitPhoto(id); their bytes are deleted by a job enqueued in the
 * transaction that drops the row (FileDeletion). Seen by those who may see the kit.
 */
@Injectable()
export class KitPhotosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly kits: KitsService,
    private readonly deletion: FileDeletion,
    private readonly audit: AuditService,
  ) {}

  /** Who may send, checked before the body is read: NOT_FOUND or FORBIDDEN as for editing the kit. */
  async checkUploader(actor: Actor | null, slug: string): Promise<void> {
    await this.kits.manageable(requireActor(actor), slug);
  }

  async upload(actor: Actor | null, slug: string, altText: string, body: Buffer): Promise<KitPhoto> {
    const current = requireActor(actor);
    const kit = await this.kits.manageable(current, slug);
    const webp = await toWebp(body, KIT_PHOTO_LIMITS.sidePx, () =>
      InvalidInputError.of('photo', 'oneOf', { allowed: 'PNG, JPEG, WebP' }),
    );
    const id = randomUUID();
    await this.storage.put(fileKeys.kitPhoto(id), webp, 'image/webp');
    try {
      await this.dataSource.transaction(async (manager) => {
        // The kit's row lock: two uploads at once cannot both pass the count.
        await manager.findOne(KitEntity, { where: { id: kit.id }, lock: { mode: 'pessimistic_write' } });
        const photos = await manager.find(KitPhotoEntity, { where: { kitId: kit.id } });
        if (photos.length >= KIT_PHOTO_LIMITS.perKit)
          throw InvalidInputError.of('photos', 'maxItems', { max: KIT_PHOTO_LIMITS.perKit });
        const position = Math.max(-1, ...photos.map((photo) => photo.position)) + 1;
        await manager.insert(KitPhotoEntity, { id, kitId: kit.id, position, altText });
        await this.audit.record('kit.updated', current.id, slug, { photoAdded: id }, manager);
      });
    } catch (error) {
      await this.storage.delete(fileKeys.kitPhoto(id));
      throw error;
    }
    return { id, url: kitPhotoUrl(id), altText };
  }

  /** Removes a photo (its bytes after commit); answers the kit's slug. */
  async remove(actor: Actor | null, photoId: string): Promise<string> {
    const current = requireActor(actor);
    const { photo, kit } = await this.visible(current, photoId);
    if (!kitsPolicy.canManage(current, kit)) throw new ForbiddenError('forbidden.kitManager');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(KitPhotoEntity, { id: photo.id });
      await this.deletion.deletingKeys(manager, [fileKeys.kitPhoto(photo.id)]);
      await this.audit.record('kit.updated', current.id, kit.slug, { photoRemoved: photo.id }, manager);
    });
    return kit.slug;
  }

  /** The kit's photos, in order (the caller has checked that the viewer sees the kit). */
  async ofKit(kitId: string): Promise<KitPhoto[]> {
    const rows = await this.dataSource.manager.find(KitPhotoEntity, { where: { kitId }, order: { position: 'ASC' } });
    return rows.map((row) => ({ id: row.id, url: kitPhotoUrl(row.id), altText: row.altText }));
  }

  /** The photo's bytes, for those who may see its kit; NOT_FOUND otherwise. */
  async read(actor: Actor | null, photoId: string): Promise<Readable> {
    const current = requireActor(actor);
    const { photo } = await this.visible(current, photoId);
    return this.storage.read(fileKeys.kitPhoto(photo.id));
  }

  /** The photo and its kit, if `actor` may see the kit; NOT_FOUND otherwise. */
  private async visible(actor: Actor, photoId: string): Promise<{ photo: KitPhotoEntity; kit: KitEntity }> {
    const photo = UUID.test(photoId)
      ? await this.dataSource.manager.findOne(KitPhotoEntity, { where: { id: photoId }, relations: { kit: true } })
      : null;
    if (!photo?.kit || !kitsPolicy.canView(actor, photo.kit)) throw new NotFoundError('file', photoId);
    return { photo, kit: photo.kit };
  }
}
