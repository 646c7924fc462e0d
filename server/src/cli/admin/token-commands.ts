/** `token create`, `token list`, `token revoke`: API tokens for integrations. */
import { apiTokenDefaultDays, apiTokenRoles, NewApiTokenSchema } from '@buergerpunkt/contracts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../modules/accounts/api-tokens.ts';
import {
  exitOk,
  formatTable,
  parseCommandArgs,
  required,
  UsageError,
  validateWith,
  type AdminCommand,
} from './command.ts';
import { parseRoles } from './user-commands.ts';

/** `90d` or `90`: days. */
function parseExpiry(text: string | undefined): number {
  if (text === undefined) return apiTokenDefaultDays;
  const match = /^(\d{1,4})d?$/.exec(text.trim());
  if (!match) throw new UsageError(`--expires: expected days such as 90d, not "${text}"`);
  return Number(match[1]);
}

const tokenCreate: AdminCommand = {
  name: 'token create',
  summary: 'create an API token for an integration (prints the secret once)',
  usage: [
    `token create --name NAME --roles integration[,clerk,…] [--expires ${apiTokenDefaultDays}d]`,
    '',
    "Tokens expire after 1 to 365 days and never carry the admin role; `integration` is for the office's specialist system.",
  ].join('\n'),
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      name: { type: 'string' },
      roles: { type: 'string' },
      expires: { type: 'string' },
    });
    const input = validateWith(
      NewApiTokenSchema,
      {
        name: required(values, 'name'),
        roles: parseRoles(required(values, 'roles'), apiTokenRoles),
        expiresInDays: parseExpiry(values.expires),
      },
      { name: '--name', roles: '--roles', expiresInDays: '--expires (days, 1 to 365)' },
    );
    const { token, secret } = await createApiToken(ctx.app, input, ctx.principal);
    ctx.out(`API token created: ${token.name} (id ${token.id}, roles ${token.roles.join(',')})`);
    ctx.out(`expires: ${token.expiresAt}`);
    ctx.out(`secret: ${secret}`);
    ctx.out('The secret is shown only now. Send it as "Authorization: Bearer <secret>".');
    return exitOk;
  },
};

const tokenList: AdminCommand = {
  name: 'token list',
  summary: 'list API tokens (never their secrets)',
  usage: 'token list',
  async run(ctx, args) {
    parseCommandArgs(args, {});
    const tokens = await listApiTokens(ctx.app);
    for (const line of formatTable(
      ['ID', 'NAME', 'ROLES', 'CREATED BY', 'EXPIRES', 'LAST USED', 'REVOKED'],
      tokens.map((t) => [
        t.id,
        t.name,
        t.roles.join(','),
        t.createdBy,
        t.expiresAt,
        t.lastUsedAt,
        t.revokedAt,
      ]),
    ))
      ctx.out(line);
    return exitOk;
  },
};

const tokenRevoke: AdminCommand = {
  name: 'token revoke',
  summary: 'revoke an API token (it answers 401 at once)',
  usage: 'token revoke TOKEN_ID',
  async run(ctx, args) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const token = await revokeApiToken(ctx.app, positionals[0]!, ctx.principal);
    ctx.out(`API token revoked: ${token.name} (id ${token.id}) at ${token.revokedAt}`);
    return exitOk;
  },
};

export const tokenCommands: AdminCommand[] = [tokenCreate, tokenList, tokenRevoke];
