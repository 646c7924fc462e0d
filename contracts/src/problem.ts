import { Type, type Static } from 'typebox';

/** RFC 9457 problem details as every API error is returned: `code` is stable for programs, `title`/`detail` are German for people. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ path: Type.String(), message: Type.String() }), { maxItems: 50 }),
    ),
    retryAfterSeconds: Type.Optional(Type.Integer()),
  },
  { $id: 'Problem' },
);
export type Problem = Static<typeof ProblemSchema>;
