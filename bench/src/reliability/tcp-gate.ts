/**
 * A TCP relay the harness controls: in front of PostgreSQL it plays a database restart (every session cut at once,
 * new connections refused until it is "up" again); in front of the hubs it is the load balancer the box agents
 * connect through (each new connection goes to a hub that is up, as a load balancer with health checks does).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export class TcpGate {
  readonly #pairs = new Set<Socket>();
  #closedUntil = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /** `target()` names the port of the upstream for each new connection (undefined: refuse it). */
  static async start(target: () => number | undefined): Promise<TcpGate> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const gate = new TcpGate(server, (server.address() as { port: number }).port);
    server.on('connection', (client) => {
      const port = Date.now() < gate.#closedUntil ? undefined : target();
      if (port === undefined) {
        client.destroy();
        return;
      }
      const upstream = connect(port, '127.0.0.1');
      gate.#pairs.add(client);
      gate.#pairs.add(upstream);
      const end = () => {
        client.destroy();
        upstream.destroy();
        gate.#pairs.delete(client);
        gate.#pairs.delete(upstream);
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    return gate;
  }

  /** Cuts every connection now and refuses new ones for `ms`. */
  cut(ms = 0): void {
    this.#closedUntil = Date.now() + ms;
    for (const socket of this.#pairs) socket.destroy();
    this.#pairs.clear();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
