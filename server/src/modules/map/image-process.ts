/**
 * Runs the hub's image work in a child process (image-worker.ts): started on the first image, it leaves after a few
 * idle seconds, so the idle hub holds none of libvips's memory (a demo start drawing its panoramas left the hub
 * about 120 MB heavier), and a decoder crash on a hostile upload ends the worker, not the hub. From the sources
 * (tsx) the worker runs through tsx too; from the production bundle it is `server/dist/image-worker.js`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ImageJob =
  | { op: 'size'; bytes: Uint8Array }
  | {
      op: 'encode';
      bytes: Uint8Array;
      kind: 'photo' | 'panorama';
      crop: CropRect | null;
      maxPixels: number;
      sizes: { name: string; edge: number }[];
    }
  | { op: 'svg-to-jpeg'; svg: string; quality: number };

export interface EncodedSize {
  name: string;
  data: Uint8Array;
  width: number;
  height: number;
}

export type ImageReply =
  | {
      id: number;
      ok: true;
      result:
        | { op: 'ready' }
        | { op: 'size'; width: number; height: number }
        | { op: 'encode'; outputs: EncodedSize[] }
        | { op: 'svg-to-jpeg'; data: Uint8Array };
    }
  | { id: number; ok: false; error: string };

type ResultOf<Op extends ImageJob['op']> = Extract<Extract<ImageReply, { ok: true }>['result'], { op: Op }>;

/** A job the worker could not do: the image is unreadable, or the worker ended (crashed) during it. */
export class ImageJobFailed extends Error {}

let idleExitMs = 3_000;

const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./image-worker.ts', import.meta.url)
  : new URL('./image-worker.js', import.meta.url);

/** tsx's loader as a file URL, found from this file (not from the working directory, which may be anywhere). */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

interface Pending {
  resolve: (result: ResultOf<ImageJob['op']>) => void;
  reject: (error: Error) => void;
}

let worker: ChildProcess | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
let idleTimer: NodeJS.Timeout | undefined;

function startWorker(): ChildProcess {
  const child = fork(workerUrl, [], {
    // The sources need tsx's loader; the bundle is plain JavaScript.
    execArgv: workerUrl.pathname.endsWith('.ts') ? ['--import', tsxLoader()] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('message', (reply: ImageReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result as ResultOf<ImageJob['op']>);
    else waiting.reject(new ImageJobFailed(reply.error));
    if (pending.size === 0) holdOpen(child, false);
    scheduleIdleExit();
  });
  child.on('exit', () => {
    if (worker === child) worker = undefined;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new ImageJobFailed('the image worker ended'));
    }
  });
  return child;
}

/** While jobs wait, the worker keeps this process alive (the admin tool awaits them); idle, it never does. */
function holdOpen(child: ChildProcess, hold: boolean): void {
  if (hold) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

function scheduleIdleExit(): void {
  clearTimeout(idleTimer);
  if (pending.size > 0) return;
  idleTimer = setTimeout(() => stopImageWorker(), idleExitMs);
  idleTimer.unref();
}

/** Ends the worker now (it also ends by itself when idle); jobs still running fail. */
export function stopImageWorker(): void {
  clearTimeout(idleTimer);
  worker?.kill();
  worker = undefined;
}

/** Runs one job in the worker, starting it when none runs. */
export function runImageJob<J extends ImageJob>(job: J): Promise<ResultOf<J['op']>> {
  clearTimeout(idleTimer);
  worker ??= startWorker();
  const id = nextId++;
  const promise = new Promise<ResultOf<J['op']>>((resolve, reject) => {
    pending.set(id, { resolve: resolve as Pending['resolve'], reject });
  });
  holdOpen(worker, true);
  worker.send({ id, job });
  return promise;
}

/** The worker's process id while one runs (for tests and the footprint benchmark). */
export function imageWorkerPid(): number | undefined {
  return worker?.pid;
}

/** How long an idle worker stays (tests shorten it). */
export function setImageWorkerIdleMs(ms: number): void {
  idleExitMs = ms;
}

/** A Buffer over bytes that came through IPC. */
export const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
