/**
 * The image worker process (image-process.ts): image work runs in a child process that leaves when idle, and a
 * worker that dies during a job fails that job only — the next job gets a new worker.
 */
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ImageJobFailed,
  imageWorkerPid,
  runImageJob,
  setImageWorkerIdleMs,
  stopImageWorker,
} from './image-process.ts';

afterAll(() => stopImageWorker());

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();

function exited(pid: number): Promise<void> {
  return new Promise((done) => {
    const check = () => {
      try {
        process.kill(pid, 0);
        setTimeout(check, 50);
      } catch {
        done();
      }
    };
    check();
  });
}

describe('image worker process', () => {
  it('does the work in another process, which leaves when idle', async () => {
    setImageWorkerIdleMs(200);
    const size = await runImageJob({ op: 'size', bytes: await png(300, 200) });
    expect(size).toEqual({ op: 'size', width: 300, height: 200 });
    const pid = imageWorkerPid();
    expect(pid).toBeDefined();
    expect(pid).not.toBe(process.pid);
    await exited(pid!);
    expect(imageWorkerPid()).toBeUndefined();
  });

  it('encodes every size, and reports an unreadable image as a failed job', async () => {
    const { outputs } = await runImageJob({
      op: 'encode',
      bytes: await png(1000, 500),
      kind: 'photo',
      crop: { x: 0, y: 0, width: 800, height: 400 },
      maxPixels: 50_000_000,
      sizes: [
        { name: 'thumb', edge: 320 },
        { name: 'large', edge: 1600 },
      ],
    });
    expect(outputs.map((o) => [o.name, o.width, o.height])).toEqual([
      ['thumb', 320, 160],
      ['large', 800, 400],
    ]);
    await expect(runImageJob({ op: 'size', bytes: Buffer.from('not an image') })).rejects.toBeInstanceOf(
      ImageJobFailed,
    );
  });

  it('fails the running job when the worker dies, and starts a new worker for the next', async () => {
    setImageWorkerIdleMs(10_000);
    await runImageJob({ op: 'size', bytes: await png(10, 10) });
    const first = imageWorkerPid()!;
    const job = runImageJob({
      op: 'svg-to-jpeg',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="4096" height="2048"/>',
      quality: 80,
    });
    process.kill(first, 'SIGKILL');
    await expect(job).rejects.toBeInstanceOf(ImageJobFailed);
    const again = await runImageJob({ op: 'size', bytes: await png(20, 10) });
    expect(again).toEqual({ op: 'size', width: 20, height: 10 });
    expect(imageWorkerPid()).not.toBe(first);
  });
});
