/**
 * A TCP proxy between an agent and its hub, for tests of a bad network: `cut()` resets every connection and refuses
 * new ones (cable pulled, router restarted), `blackhole()` silently drops everything on the open connections in
 * one or both directions without closing them and lets new connections hang (a dead NAT entry: only heartbeats
 * notice), `restore()` lets new connections through again.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket;
  dropUp: boolean;
  dropDown: boolean;
}

export class TcpProxy {
  readonly #server: Server;
  readonly #pairs = new Set<Pair>();
  #refusing = false;
  /** New connections hang (accepted, never forwarded), as over a dead network. */
  #hanging = false;
  readonly #hung = new Set<Socket>();

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const holder: { proxy?: TcpProxy } = {};
    const server = createServer((client) => holder.proxy!.#accept(client, target));
    const proxy = new TcpProxy(server);
    holder.proxy = proxy;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** Open connections right now. */
  get connections(): number {
    return this.#pairs.size;
  }

  cut(): void {
    this.#refusing = true;
    for (const socket of this.#hung) socket.destroy();
    for (const pair of this.#pairs) this.#destroy(pair);
  }

  /** Drops traffic on the open connections: `up` = agent → hub, `down` = hub → agent. */
  blackhole(direction: 'up' | 'down' | 'both' = 'both'): void {
    this.#hanging = true;
    for (const pair of this.#pairs) {
      if (direction !== 'down') pair.dropUp = true;
      if (direction !== 'up') pair.dropDown = true;
    }
  }

  restore(): void {
    this.#refusing = false;
    this.#hanging = false;
    for (const socket of this.#hung) socket.destroy();
    this.#hung.clear();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket, target: { host: string; port: number }): void {
    if (this.#refusing) {
      client.destroy();
      return;
    }
    if (this.#hanging) {
      this.#hung.add(client);
      client.on('error', () => client.destroy());
      client.on('close', () => this.#hung.delete(client));
      return;
    }
    const upstream = connect(target.port, target.host);
    const pair: Pair = { client, upstream, dropUp: false, dropDown: false };
    this.#pairs.add(pair);
    client.on('data', (chunk) => {
      if (!pair.dropUp) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!pair.dropDown) client.write(chunk);
    });
    for (const socket of [client, upstream]) {
      socket.on('error', () => this.#destroy(pair));
      socket.on('close', () => this.#destroy(pair));
    }
  }

  #destroy(pair: Pair): void {
    this.#pairs.delete(pair);
    pair.client.destroy();
    pair.upstream.destroy();
  }
}
