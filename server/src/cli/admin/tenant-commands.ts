/** `tenant create`, `tenant list`, `tenant grant-boxes` (docs/tenants.md). */
import {
  createTenant,
  grantBoxesToOffice,
  listGrants,
  listTenantViews,
} from '../../modules/tenants/tenants-service.ts';
import { UsageError, exitOk, formatTable, parseCommandArgs, required, type AdminCommand } from './command.ts';

const tenantCreate: AdminCommand = {
  name: 'tenant create',
  summary: 'create a tenant (a town or another body running a zone, or a district)',
  usage:
    'tenant create --name NAME [--slug SLUG] [--host HOST] [--path-prefix] [--sms-sender SENDER] ' +
    '[--sms-signature TEXT] [--state BB] [--coat-of-arms PATH] [--district]',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      name: { type: 'string' },
      slug: { type: 'string' },
      host: { type: 'string' },
      'path-prefix': { type: 'boolean' },
      'sms-sender': { type: 'string' },
      'sms-signature': { type: 'string' },
      state: { type: 'string' },
      'coat-of-arms': { type: 'string' },
      district: { type: 'boolean' },
    });
    const name = required(values, 'name').trim();
    if (name.length === 0 || name.length > 80) throw new UsageError('--name: 1 to 80 characters');
    if (values.slug !== undefined && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(values.slug))
      throw new UsageError('--slug: lower-case letters, digits and hyphens');
    if (values.state !== undefined && !/^[A-Z]{2}$/.test(values.state))
      throw new UsageError('--state: a two-letter state code, e.g. BB');
    if (values['sms-sender'] !== undefined && !/^[A-Za-z0-9 ]{1,11}$/.test(values['sms-sender']))
      throw new UsageError('--sms-sender: at most 11 letters, digits or spaces');
    const tenant = await createTenant(
      ctx.app,
      {
        name,
        ...(values.slug ? { slug: values.slug } : {}),
        hostName: values.host ?? null,
        pathPrefix: values['path-prefix'] === true,
        smsSender: values['sms-sender'] ?? null,
        smsSignature: values['sms-signature'] ?? null,
        ...(values.state ? { stateCode: values.state } : {}),
        coatOfArmsPath: values['coat-of-arms'] ?? null,
        district: values.district === true,
      },
      ctx.principal,
    );
    ctx.out(`Tenant created: ${tenant.name}`);
    ctx.out(`id: ${tenant.id}`);
    ctx.out(`slug: ${tenant.slug}`);
    if (tenant.hostName) ctx.out(`host: ${tenant.hostName}`);
    if (tenant.pathPrefix) ctx.out(`path: ${tenant.pathPrefix}/`);
    return exitOk;
  },
};

const tenantList: AdminCommand = {
  name: 'tenant list',
  summary: 'list the tenants and the offices allowed to use their boxes',
  usage: 'tenant list',
  async run(ctx, args) {
    parseCommandArgs(args, {});
    const tenants = await listTenantViews(ctx.app);
    for (const line of formatTable(
      ['ID', 'SLUG', 'NAME', 'HOST / PATH', 'STATE', 'SMS SENDER'],
      tenants.map((t) => [
        t.id,
        t.slug,
        t.district ? `${t.name} (district)` : t.name,
        t.hostName ?? t.pathPrefix ?? '',
        t.stateCode,
        t.smsSender ?? '',
      ]),
    ))
      ctx.out(line);
    const grants = await listGrants(ctx.app);
    if (grants.length > 0) {
      ctx.out('');
      for (const line of formatTable(
        ['OFFICE', 'MAY USE THE BOXES OF'],
        grants.map((g) => [g.office_id, tenants.find((t) => t.id === g.tenant_id)?.slug ?? g.tenant_id]),
      ))
        ctx.out(line);
    }
    return exitOk;
  },
};

const tenantGrantBoxes: AdminCommand = {
  name: 'tenant grant-boxes',
  summary: "let an office use another tenant's boxes",
  usage: 'tenant grant-boxes --office OFFICE_ID --tenant TENANT_ID_OR_SLUG',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, { office: { type: 'string' }, tenant: { type: 'string' } });
    const office = required(values, 'office');
    const wanted = required(values, 'tenant');
    const tenant = (await listTenantViews(ctx.app)).find((t) => t.id === wanted || t.slug === wanted);
    await grantBoxesToOffice(ctx.app, office, tenant?.id ?? wanted, ctx.principal);
    ctx.out(`Office ${office} may use the boxes of ${tenant?.name ?? wanted}.`);
    return exitOk;
  },
};

export const tenantCommands: AdminCommand[] = [tenantCreate, tenantList, tenantGrantBoxes];
