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
import { asBuffer, runImageJob } from './image-process.ts';

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

/** Decoded size after applying the EXIF orientation (what a person sees), read by the image worker. */
async function orientedSize(bytes: Buffer, maxPixels: number): Promise<{ width: number; height: number }> {
  let size: { width: number; height: number };
  try {
    size = await runImageJob({ op: 'size', bytes });
  } catch {
    throw new AppError(422, 'image_unreadable');
  }
  // Read from the header only: a too large image is refused before anything is decoded.
  if (size.width * size.height > maxPixels) throw new AppError(422, 'image_too_many_pixels');
  return size;
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
  try {
    const { outputs } = await runImageJob({
      op: 'encode',
      bytes,
      kind,
      crop,
      maxPixels,
      sizes: Object.entries(sizesByKind[kind]).map(([name, edge]) => ({ name, edge })),
    });
    for (const output of outputs) {
      await writeFile(join(dir, `${output.name}.jpg`), asBuffer(output.data));
      stored.push(output.name);
      if (output.name === 'full' || output.name === 'large')
        final = { width: output.width, height: output.height };
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
