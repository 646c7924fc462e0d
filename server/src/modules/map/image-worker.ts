/**
 * The image worker: a child process of the hub (started by image-process.ts) that does all the work with sharp
 * (libvips) — reading an image's size, cropping and re-encoding uploads, drawing the demo panoramas. Decoding a
 * large or hostile image takes hundreds of megabytes, which the C heap keeps after the work; here they go back to
 * the system when the worker leaves after a few idle seconds, and a crash in a decoder ends only the worker, never
 * the hub. Messages: see `ImageJob` and `ImageReply` in image-process.ts.
 */
import { asBuffer, type ImageJob, type ImageReply } from './image-process.ts';

const sharp = (await import('sharp')).default;
sharp.cache(false);

async function run(job: ImageJob): Promise<Extract<ImageReply, { ok: true }>['result']> {
  switch (job.op) {
    case 'size': {
      const meta = await sharp(asBuffer(job.bytes), { limitInputPixels: false }).metadata();
      const width = meta.autoOrient?.width ?? meta.width;
      const height = meta.autoOrient?.height ?? meta.height;
      if (!width || !height) throw new Error('no size');
      return { op: 'size', width, height };
    }
    case 'encode': {
      const bytes = asBuffer(job.bytes);
      const outputs = [];
      for (const size of job.sizes) {
        let pipeline = sharp(bytes, { limitInputPixels: job.maxPixels }).autoOrient();
        if (job.crop)
          pipeline = pipeline.extract({
            left: job.crop.x,
            top: job.crop.y,
            width: job.crop.width,
            height: job.crop.height,
          });
        pipeline =
          job.kind === 'photo'
            ? pipeline.resize({
                width: size.edge,
                height: size.edge,
                fit: 'inside',
                withoutEnlargement: true,
              })
            : pipeline.resize({
                width: size.edge,
                height: size.edge / 2,
                fit: 'fill',
                withoutEnlargement: true,
              });
        const { data, info } = await pipeline
          .jpeg({ quality: job.kind === 'photo' ? 82 : 85, mozjpeg: job.kind === 'photo' })
          .toBuffer({ resolveWithObject: true });
        outputs.push({ name: size.name, data, width: info.width, height: info.height });
      }
      return { op: 'encode', outputs };
    }
    case 'svg-to-jpeg':
      return {
        op: 'svg-to-jpeg',
        data: await sharp(Buffer.from(job.svg)).jpeg({ quality: job.quality }).toBuffer(),
      };
  }
}

process.on('message', (message: { id: number; job: ImageJob }) => {
  run(message.job).then(
    (result) => process.send?.({ id: message.id, ok: true, result } satisfies ImageReply),
    (error: unknown) =>
      process.send?.({
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ImageReply),
  );
});
// The hub is gone (its IPC channel closed): nothing left to do.
process.on('disconnect', () => process.exit(0));
process.send?.({ id: 0, ok: true, result: { op: 'ready' } } satisfies ImageReply);
