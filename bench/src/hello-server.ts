/** The baseline: a bare Fastify hello-world on the same machine, in its own process like the hub. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/hello', async () => ({ hello: 'world' }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ ready: true, url });
// The CPU time this process has used, asked by run.ts around a measurement (CPU per request, see run.ts).
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
