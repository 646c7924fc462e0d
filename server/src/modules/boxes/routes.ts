/** Staff endpoints of the box area: loading, collecting, reconcile, box and compartment views, out of service. */
import {
  CompartmentAdminViewSchema,
  CompartmentChangeSchema,
  CompartmentNumberParam,
  staffRoles,
} from '@buergerpunkt/contracts';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { principalOf, requireRoles } from '../../http/auth.ts';
import { assertDocumentInScope, officeScopeOf } from '../privacy/office-scope.ts';
import type { App } from '../../http/app-types.ts';
import { changeCompartment } from './box-admin.ts';
import { getBox, listBoxes } from './boxes-service.ts';
import { collectDocument } from './collect-document.ts';
import { loadDocument } from './load-document.ts';
import { reconcileDocument, reconcileOutcomes } from './reconcile-document.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const NullableString = Type.Union([Type.String(), Type.Null()]);

const CompartmentCounts = Type.Object({
  total: Type.Integer(),
  free: Type.Integer(),
  reserved: Type.Integer(),
  occupied: Type.Integer(),
  outOfService: Type.Integer(),
  /** Deposit compartments for citizens' old documents (never loaded). */
  deposit: Type.Integer(),
});

const BoxSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  locationName: Type.String(),
  address: Type.String(),
  inService: Type.Boolean(),
  connected: Type.Boolean(),
  connectionChangedAt: NullableString,
  compartments: CompartmentCounts,
});

const CompartmentSchema = Type.Object({
  number: Type.Integer(),
  size: Type.String(),
  wheelchairReachable: Type.Boolean(),
  status: Type.String(),
  door: Type.String(),
  sensorOccupied: Type.Union([Type.Boolean(), Type.Null()]),
  doorOpenedAt: NullableString,
  document: Type.Union([
    Type.Object({ id: Type.String(), reference: Type.String(), state: Type.String() }),
    Type.Null(),
  ]),
});

const BoxDetailSchema = Type.Object({
  ...BoxSummarySchema.properties,
  compartmentList: Type.Array(CompartmentSchema),
});

const DocumentParams = Type.Object({ id: Id });

export function boxRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/loading',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Assign a compartment to a document and unlock it for loading',
        description:
          'Give either documentId or reference. Picks a free compartment of at least the document type’s size ' +
          '(wheelchair-reachable where the document needs it), reserves it and unlocks its door. The document ' +
          'becomes `loaded` when the door is closed with the document inside.',
        body: Type.Object(
          {
            documentId: Type.Optional(Id),
            reference: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            boxId: Id,
            /** Four-eyes loading: a second loader's own login (required where the document's policy asks for it). */
            secondLoader: Type.Optional(
              Type.Object(
                {
                  username: Type.String({ minLength: 1, maxLength: 64 }),
                  password: Type.String({ minLength: 1, maxLength: 200 }),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            documentId: Type.String(),
            reference: Type.String(),
            state: Type.String(),
            boxId: Type.String(),
            compartment: Type.Object({
              number: Type.Integer(),
              size: Type.String(),
              wheelchairReachable: Type.Boolean(),
            }),
            /** Four-eyes loading: both loaders' names (null when one person loads this type). */
            fourEyes: Type.Union([
              Type.Object({ firstLoader: Type.String(), secondLoader: Type.String() }),
              Type.Null(),
            ]),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['loader']),
    },
    async (request) => loadDocument(ctx, request.body, principalOf(request)),
  );

  app.post(
    '/api/v1/documents/:id/collect',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Unlock the compartment of an expired or withdrawn document to take it back',
        params: DocumentParams,
        response: {
          200: Type.Object({
            documentId: Type.String(),
            state: Type.String(),
            boxId: Type.String(),
            compartment: Type.Object({ number: Type.Integer() }),
          }),
        },
      },
      preHandler: requireRoles(ctx, ['loader']),
    },
    async (request) => {
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return collectDocument(ctx, request.params.id, principalOf(request));
    },
  );

  app.post(
    '/api/v1/documents/:id/reconcile',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Record what staff found in the compartment after a door fault or an unclear close',
        params: DocumentParams,
        body: Type.Object(
          {
            outcome: Type.Enum(reconcileOutcomes),
            note: Type.String({ minLength: 1, maxLength: 500 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ documentId: Type.String(), state: Type.String() }) },
      },
      preHandler: requireRoles(ctx, ['loader', 'admin']),
    },
    async (request) => {
      await assertDocumentInScope(ctx.db, principalOf(request), request.params.id);
      return reconcileDocument(ctx, request.params.id, request.body, principalOf(request));
    },
  );

  app.get(
    '/api/v1/boxes',
    {
      schema: {
        tags: ['boxes'],
        summary: 'Boxes with compartment counts and connection status',
        response: { 200: Type.Array(BoxSummarySchema) },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => listBoxes(ctx, principalOf(request)),
  );

  app.get(
    '/api/v1/boxes/:id',
    {
      schema: {
        tags: ['boxes'],
        summary: 'One box with every compartment: status, door, sensor and the document in it',
        params: Type.Object({ id: Id }),
        response: {
          200: BoxDetailSchema,
        },
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request) => getBox(ctx, request.params.id, officeScopeOf(principalOf(request))),
  );

  app.patch(
    '/api/v1/boxes/:id/compartments/:number',
    {
      schema: {
        tags: ['boxes'],
        summary:
          'Take a compartment out of service or back, or change its size or wheelchair reach (refused while in use)',
        params: Type.Object({ id: Id, number: CompartmentNumberParam }),
        body: CompartmentChangeSchema,
        response: { 200: CompartmentAdminViewSchema },
      },
      preHandler: requireRoles(ctx, ['admin']),
    },
    async (request) =>
      changeCompartment(ctx, request.params.id, request.params.number, request.body, principalOf(request)),
  );
}
