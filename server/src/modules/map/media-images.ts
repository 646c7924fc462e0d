/**
 * Uploaded images of the map (photos of places) and the tour (panoramas): the type is read from the file's first
 * bytes (never from the request's header), the real dimensions are decoded, photos are cropped to the editor's box,
 * and every image is stored re-encoded as JPEG in a few sizes under `<dataDir>/media/<id>/<size>.jpg`. Re-encoding
 * also drops metadata such as the camera's location.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import type { UploadedImage } from '@buergerpunkt/contracts';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';

/**
 * sharp (libvips) is loaded on the first image, not at start: it costs the idle hub about 28 MB. Its operation
 * cache stays off: images arrive one at a time and are never processed twice, so a cache only holds memory.
 */
export async function loadSharp() {
  const sharp = (await import('sharp')).default;
  sharp.cache(false);
  return sharp;
}

export const maxPhotoBytes = 15 * 1024 * 1024;
export const maxPanoramaBytes = 40 * 1024 * 1024;

export type ImageKind = 'photo' | 'panorama';

/**
 * Decoding a large image takes hundreds of megabytes and a core for a while: at most 50 megapixels (a panorama of
 * 10000 × 5000) are decoded, and at most two uploads are decoded at once; the others wait their turn.
 */
export const maxImagePixels = 50_000_000;
const maxConcurrentDecodes = 2;
let decodesRunning = 0;
const decodeQueue: (() => void)[] = [];

async function inDecodeQueue<T>(work: () => Promise<T>): Promise<T> {
  if (decodesRunning >= maxConcurrentDecodes) await new Promise<void>((resolve) => decodeQueue.push(resolve));
  decodesRunning++;
  try {
    return await work();
  } finally {
    decodesRunning--;
    decodeQueue.shift()?.();
  }
}

/** How many decodes run now (for tests). */
export function runningImageDecodes(): number {
  return decodesRunning;
}

/** Longest edge (photos) or width (panoramas) of each stored size. */
const sizesByKind: Record<ImageKind, Record<string, number>> = {
  photo: { thumb: 320, medium: 800, large: 1600 },
  panorama: { preview: 2048, full: 8192 },
};

export interface CropBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The image formats we accept, told by their signature bytes. */
export function sniffImageType(bytes: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp';
  return null;
}

function mediaDir(ctx: AppContext, id: string): string {
  return join(ctx.config.dataDir, 'media', id);
}

/** Decoded size after applying the EXIF orientation (what a person sees). */
async function orientedSize(bytes: Buffer, maxPixels: number): Promise<{ width: number; height: number }> {
  const sharp = await loadSharp();
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    if (!width || !height) throw new Error('no size');
    // Read from the header only: a too large image is refused before anything is decoded.
    if (width * height > maxPixels) throw new AppError(422, 'image_too_many_pixels');
    return { width, height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(422, 'image_unreadable');
  }
}

export async function storeImage(
  ctx: AppContext,
  principal: Principal | null,
  kind: ImageKind,
  bytes: Buffer,
  crop: CropBox | null,
  options: { demo?: boolean } = {},
): Promise<UploadedImage> {
  const limit = kind === 'photo' ? maxPhotoBytes : maxPanoramaBytes;
  if (bytes.length === 0) throw new AppError(422, 'image_empty');
  if (bytes.length > limit)
    throw new AppError(413, 'image_too_large', { maxMb: Math.round(limit / 1024 / 1024) });
  if (!sniffImageType(bytes)) throw new AppError(415, 'image_type_unsupported');
  return inDecodeQueue(() => decodeAndStore(ctx, principal, kind, bytes, crop, options));
}

async function decodeAndStore(
  ctx: AppContext,
  principal: Principal | null,
  kind: ImageKind,
  bytes: Buffer,
  crop: CropBox | null,
  options: { demo?: boolean },
): Promise<UploadedImage> {
  const maxPixels = maxImagePixels;
  const size = await orientedSize(bytes, maxPixels);

  if (kind === 'panorama') {
    // An equirectangular panorama spans 360° by 180°: exactly twice as wide as high (a pixel's rounding allowed).
    if (Math.abs(size.width - 2 * size.height) > Math.max(2, size.height * 0.005)) {
      throw new AppError(422, 'panorama_not_equirectangular', { width: size.width, height: size.height });
    }
    if (size.width < 1024) throw new AppError(422, 'panorama_too_small', { width: size.width });
  }
  if (crop) {
    const fits =
      crop.width >= 16 &&
      crop.height >= 16 &&
      crop.x >= 0 &&
      crop.y >= 0 &&
      crop.x + crop.width <= size.width &&
      crop.y + crop.height <= size.height;
    if (!fits) throw new AppError(422, 'image_crop_outside', { width: size.width, height: size.height });
  }

  const id = ctx.ids.newId();
  const dir = mediaDir(ctx, id);
  await mkdir(dir, { recursive: true });
  const stored: string[] = [];
  let final = crop ? { width: crop.width, height: crop.height } : size;
  const sharp = await loadSharp();
  try {
    for (const [name, edge] of Object.entries(sizesByKind[kind])) {
      let pipeline = sharp(bytes, { limitInputPixels: maxPixels }).autoOrient();
      if (crop)
        pipeline = pipeline.extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height });
      pipeline =
        kind === 'photo'
          ? pipeline.resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
          : pipeline.resize({ width: edge, height: edge / 2, fit: 'fill', withoutEnlargement: true });
      const { data, info } = await pipeline
        .jpeg({ quality: kind === 'photo' ? 82 : 85, mozjpeg: kind === 'photo' })
        .toBuffer({ resolveWithObject: true });
      await writeFile(join(dir, `${name}.jpg`), data);
      stored.push(name);
      if (name === 'full' || name === 'large') final = { width: info.width, height: info.height };
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error instanceof AppError ? error : new AppError(422, 'image_unreadable');
  }

  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('media_images')
      .values({
        id,
        kind,
        width: final.width,
        height: final.height,
        sizes: JSON.stringify(stored),
        created_by: principal?.actor.id ?? null,
        tenant_id: tenantIdOf(principal) ?? defaultTenantId,
        demo: options.demo ? 1 : 0,
        created_at: now,
      })
      .execute();
    if (principal) {
      await recordAudit(trx, now, {
        actor: principal.actor,
        action: kind === 'photo' ? 'map.photo.uploaded' : 'tour.panorama.uploaded',
        entityType: 'media_image',
        entityId: id,
        data: { width: final.width, height: final.height, bytes: bytes.length, cropped: crop !== null },
      });
    }
  });
  return { id, kind, width: final.width, height: final.height, sizes: stored };
}

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The bytes of one stored size; ids and size names are checked against the database, never joined blindly. */
export async function readImage(ctx: AppContext, id: string, size: string): Promise<Buffer> {
  if (!idPattern.test(id)) throw notFound('image_not_found');
  const row = await ctx.db.selectFrom('media_images').select('sizes').where('id', '=', id).executeTakeFirst();
  if (!row || !(JSON.parse(row.sizes) as string[]).includes(size)) throw notFound('image_not_found');
  try {
    return await readFile(join(mediaDir(ctx, id), `${size}.jpg`));
  } catch {
    throw notFound('image_not_found');
  }
}
