/**
 * The byte stream a board driver talks over: a serial port (RS-485 adapter, `serialport` at 8N1) or a TCP
 * connection to a serial-to-Ethernet bridge (e.g. Kerong KR-BU, port 5000). Drivers see only bytes in and out;
 * a transport that dropped (USB adapter unplugged, bridge rebooted) is opened again on the next write.
 */
import { Socket, connect } from 'node:net';
// Loaded when a serial line is opened (a native module; the hub, which bundles this code for the demo's box, never
// needs it).
import type { SerialPort } from 'serialport';

export type TransportConfig =
  | { type: 'serial'; path: string; baudRate: number }
  | { type: 'tcp'; host: string; port: number; connectTimeoutMs?: number };

export interface ByteTransport {
  /** Human-readable name of the line, for logs and health (`serial /dev/ttyUSB0`, `tcp 10.0.0.5:5000`). */
  readonly description: string;
  /** Opens the line if it is not open; rejects when it cannot be opened. */
  open(): Promise<void>;
  isOpen(): boolean;
  /** Writes bytes, opening the line first if needed; resolves once they were handed to the OS. */
  write(bytes: Uint8Array): Promise<void>;
  /** Every received chunk goes to this listener (one listener: the driver). */
  onData(listener: (chunk: Buffer) => void): void;
  close(): Promise<void>;
}

/** A serial port at 8 data bits, no parity, 1 stop bit (the Kerong boards' and most relay boards' setting). */
export class SerialTransport implements ByteTransport {
  readonly description: string;
  private port: SerialPort | null = null;
  private listener: (chunk: Buffer) => void = () => {};

  constructor(
    private readonly path: string,
    private readonly baudRate: number,
  ) {
    this.description = `serial ${path} @${baudRate}`;
  }

  isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  async open(): Promise<void> {
    if (this.isOpen()) return;
    const { SerialPort } = await import('serialport');
    const port = new SerialPort({
      path: this.path,
      baudRate: this.baudRate,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      autoOpen: false,
    });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.on('data', (chunk: Buffer) => this.listener(chunk));
    // An unplugged adapter emits 'error'/'close'; the next write opens the port again.
    port.on('error', () => {});
    port.on('close', () => {
      if (this.port === port) this.port = null;
    });
    this.port = port;
  }

  async write(bytes: Uint8Array): Promise<void> {
    await this.open();
    const port = this.port!;
    await new Promise<void>((resolve, reject) => {
      port.write(Buffer.from(bytes), (error) => (error ? reject(error) : port.drain(() => resolve())));
    });
  }

  onData(listener: (chunk: Buffer) => void): void {
    this.listener = listener;
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}

/** A TCP connection to a serial-to-Ethernet bridge that passes the RS-485 bytes through unchanged. */
export class TcpTransport implements ByteTransport {
  readonly description: string;
  private socket: Socket | null = null;
  private opening: Promise<void> | null = null;
  private listener: (chunk: Buffer) => void = () => {};

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly connectTimeoutMs = 3000,
  ) {
    this.description = `tcp ${host}:${port}`;
  }

  isOpen(): boolean {
    return this.socket !== null && !this.socket.destroyed;
  }

  open(): Promise<void> {
    if (this.isOpen()) return Promise.resolve();
    this.opening ??= new Promise<void>((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      const timer = setTimeout(() => {
        socket.destroy(new Error(`connect to ${this.description} timed out`));
      }, this.connectTimeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 10_000);
        this.socket = socket;
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('error', () => {});
      socket.on('data', (chunk: Buffer) => this.listener(chunk));
      socket.on('close', () => {
        if (this.socket === socket) this.socket = null;
      });
    }).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  async write(bytes: Uint8Array): Promise<void> {
    await this.open();
    const socket = this.socket!;
    await new Promise<void>((resolve, reject) =>
      socket.write(Buffer.from(bytes), (error) => (error ? reject(error) : resolve())),
    );
  }

  onData(listener: (chunk: Buffer) => void): void {
    this.listener = listener;
  }

  async close(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket || socket.destroyed) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      setTimeout(() => socket.destroy(), 200).unref();
    });
  }
}

export function createTransport(config: TransportConfig): ByteTransport {
  return config.type === 'serial'
    ? new SerialTransport(config.path, config.baudRate)
    : new TcpTransport(config.host, config.port, config.connectTimeoutMs);
}
