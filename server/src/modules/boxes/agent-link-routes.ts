/**
 * The box agents' side of the hub: the WebSocket every agent opens to `GET /api/v1/boxes/:boxId/link` (secret in
 * `Authorization: Bearer`, checked before the upgrade), and the staff endpoints around it: issuing a box's agent
 * secret and opening a compartment remotely.
 *
 * Over the socket the hub pings every `box.linkHeartbeatSeconds`; an agent that did not answer the previous ping
 * is cut off (the link hub then records the box offline), and its secret is checked again at each ping, so a
 * rotation on another hub instance ends the connection within one interval.
 */
import websocket from '@fastify/websocket';
import { Type } from 'typebox';
import type { WebSocket } from 'ws';
import type { AppContext } from '../../context.ts';
import { BoxLayoutSchema, staffRoles } from '@buergerpunkt/contracts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { unauthorized } from '../../platform/errors.ts';
import {
  agentSecretHash,
  issueAgentSecret,
  secretRevokedCloseCode,
  verifyAgentSecret,
} from './agent-secrets.ts';
import { agentSocketsOf, boxLinkOf } from './box-link-registry.ts';
import { getBoxStatus } from './box-status.ts';
import { openCompartmentRemotely } from './remote-open-compartment.ts';

const BoxId = Type.String({ minLength: 1, maxLength: 64 });
const maxMessageBytes = 256 * 1024;
/** Heartbeats are written to the database at most this often per box (every connected box pings). */
const heartbeatWriteMs = 5_000;

const NullableString = Type.Union([Type.String(), Type.Null()]);
const BoxStatusSchema = Type.Object({
  boxId: Type.String(),
  online: Type.Boolean(),
  since: NullableString,
  lastHeartbeatAt: NullableString,
  layout: BoxLayoutSchema,
  compartments: Type.Array(
    Type.Object({
      number: Type.Integer(),
      status: Type.String(),
      door: Type.String(),
      occupied: Type.Union([Type.Boolean(), Type.Null()]),
      doorOpenedAt: NullableString,
    }),
  ),
  alarms: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      title: Type.String(),
      number: Type.Union([Type.Integer(), Type.Null()]),
      documentId: NullableString,
      createdAt: Type.String(),
      acknowledged: Type.Boolean(),
    }),
  ),
});

declare module 'fastify' {
  interface FastifyRequest {
    agentSecretHash?: string;
  }
}

export function agentLinkRoutes(app: App, ctx: AppContext): void {
  void app.register(async (scope) => {
    await scope.register(websocket, { options: { maxPayload: maxMessageBytes, perMessageDeflate: false } });
    scope.get(
      '/api/v1/boxes/:boxId/link',
      {
        websocket: true,
        schema: {
          tags: ['boxes'],
          summary: 'The box agent’s WebSocket (box protocol JSON messages); secret as Bearer token',
          params: Type.Object({ boxId: BoxId }),
        },
        preValidation: async (request) => {
          const { boxId } = request.params as { boxId: string };
          const header = request.headers.authorization;
          const secret = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
          const hash = secret ? await verifyAgentSecret(ctx.db, boxId, secret) : undefined;
          if (!hash) {
            ctx.log.warn({ boxId, ip: request.ip }, 'box agent refused: wrong or missing secret');
            throw unauthorized('box_agent_unauthorized');
          }
          request.agentSecretHash = hash;
        },
      },
      (socket, request) =>
        serveAgent(ctx, (request.params as { boxId: string }).boxId, request.agentSecretHash!, socket),
    );
  });

  app.get(
    '/api/v1/boxes/:id/status',
    {
      schema: {
        tags: ['boxes'],
        summary: 'The box’s live status: online since when, last heartbeat, doors and occupancy, open alarms',
        params: Type.Object({ id: BoxId }),
        response: { 200: BoxStatusSchema },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => getBoxStatus(ctx, request.params.id),
  );

  app.post(
    '/api/v1/boxes/:id/agent-secret',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Issue a new secret for the box’s agent (shown once; the old one stops working at once)',
        params: Type.Object({ id: BoxId }),
        response: {
          201: Type.Object({ boxId: Type.String(), secret: Type.String(), issuedAt: Type.String() }),
        },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request, reply) => {
      reply.code(201);
      return issueAgentSecret(ctx, request.params.id, principalOf(request));
    },
  );

  app.post(
    '/api/v1/boxes/:id/compartments/:number/open',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Open a compartment remotely (service, check, reconcile); the reason is audited',
        params: Type.Object({ id: BoxId, number: Type.Integer({ minimum: 1, maximum: 1000 }) }),
        body: Type.Object(
          { reason: Type.String({ minLength: 3, maxLength: 500 }) },
          { additionalProperties: false },
        ),
        response: {
          202: Type.Object({ boxId: Type.String(), number: Type.Integer(), commandId: Type.String() }),
        },
      },
      preHandler: requireRoles(ctx, ['loader', 'admin']),
    },
    async (request, reply) => {
      reply.code(202);
      return openCompartmentRemotely(
        ctx,
        request.params.id,
        request.params.number,
        request.body.reason,
        principalOf(request),
      );
    },
  );
}

/** One authenticated agent connection, attached to the box link for as long as it lives. */
function serveAgent(ctx: AppContext, boxId: string, secretHash: string, socket: WebSocket): void {
  const link = boxLinkOf(ctx);
  if (!link) {
    socket.close(1013, 'box link not running');
    return;
  }
  const sockets = agentSocketsOf(ctx, boxId);
  sockets.add(socket);
  let lastWrite = 0;
  const heard = () => {
    const now = Date.now();
    if (now - lastWrite < heartbeatWriteMs) return;
    lastWrite = now;
    ctx.db
      .updateTable('boxes')
      .set({ link_heartbeat_at: ctx.clock.now().toISOString() })
      .where('id', '=', boxId)
      .execute()
      .catch((error: unknown) => ctx.log.warn({ err: error, boxId }, 'recording a heartbeat failed'));
  };

  // Handlers are attached before anything is awaited, so no message is lost.
  const attachment = link.attach(boxId, {
    send: (message) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
    close: () => socket.close(4000, 'replaced by a newer connection'),
  });
  socket.on('message', (data, isBinary) => {
    heard();
    if (isBinary) {
      ctx.log.warn({ boxId }, 'binary message from box agent dropped');
      return;
    }
    attachment.receive(data.toString());
  });
  socket.on('ping', heard);
  let alive = true;
  socket.on('pong', () => {
    alive = true;
    heard();
  });
  heard();

  const timer = setInterval(() => {
    if (!alive) {
      ctx.log.warn({ boxId }, 'box agent missed its heartbeat: disconnected');
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
    agentSecretHash(ctx.db, boxId)
      .then((current) => {
        if (current !== secretHash) socket.close(secretRevokedCloseCode, 'secret rotated');
      })
      .catch((error: unknown) => ctx.log.warn({ err: error, boxId }, 'checking the agent secret failed'));
  }, ctx.config.box.linkHeartbeatSeconds * 1000);
  timer.unref();

  socket.on('close', () => {
    clearInterval(timer);
    sockets.delete(socket);
    attachment.detach();
  });
  socket.on('error', (error) => ctx.log.warn({ err: error, boxId }, 'box agent socket error'));
}
