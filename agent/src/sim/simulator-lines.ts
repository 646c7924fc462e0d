/**
 * The wiring every board simulator shares: the board end of a serial line (a pty from `createPtyPair`) and TCP
 * connections like a serial-to-Ethernet bridge, replies written after a delay, and a count of requests that
 * arrived while a reply was still due (a driver that waits for its answer never causes one).
 */
import { EventEmitter } from 'node:events';
import { type Server, type Socket, createServer } from 'node:net';
import { SerialPort } from 'serialport';

export interface SimulatorLine {
  write(bytes: Buffer): void;
  /** Replies scheduled on this line and not yet written. */
  due: number;
}

export abstract class LineSimulator extends EventEmitter {
  /** Requests that arrived while a reply on the same line was still due. */
  overlappingRequests = 0;
  private readonly closers: (() => Promise<void>)[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  /** Returns the function that takes the bytes received on `line`. */
  protected abstract receiver(line: SimulatorLine): (chunk: Buffer) => void;

  /** Opens the board end of a serial line. */
  async openSerial(path: string, baudRate = 19200): Promise<void> {
    const port = new SerialPort({
      path,
      baudRate,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      autoOpen: false,
    });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.on('error', () => {});
    port.on('data', this.receiver({ write: (bytes) => port.write(bytes), due: 0 }));
    this.closers.push(
      () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
    );
  }

  /** Listens like a serial-to-Ethernet bridge; resolves with the bound port (0 picks a free one). */
  async listenTcp(port = 0, host = '127.0.0.1'): Promise<number> {
    const server: Server = createServer((socket) => {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => {});
      socket.on('close', () => this.sockets.delete(socket));
      socket.on(
        'data',
        this.receiver({ write: (bytes) => !socket.destroyed && socket.write(bytes), due: 0 }),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.closers.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of this.sockets) socket.destroy();
          server.close(() => resolve());
        }),
    );
    const address = server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  /** The bridge drops every TCP connection (rebooted, network blip); it keeps listening. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.closers.splice(0).map((close) => close()));
  }

  /** Notes a request arriving on `line` (for `overlappingRequests`). */
  protected noteRequest(line: SimulatorLine): void {
    if (line.due > 0) this.overlappingRequests += 1;
  }

  /** Writes a reply after `delayMs`, like a board's processing time. */
  protected replyLater(line: SimulatorLine, bytes: Buffer, delayMs: number): void {
    line.due += 1;
    this.schedule(() => {
      line.due -= 1;
      line.write(bytes);
    }, delayMs);
  }

  /** Runs `action` after `delayMs` unless the simulator is closed first. */
  protected schedule(action: () => void, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    this.timers.add(timer);
  }
}
