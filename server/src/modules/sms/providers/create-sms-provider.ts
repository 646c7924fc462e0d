/**
 * Builds the SMS provider named by `config.sms.provider`, once per AppContext, so the send job (which only gets
 * the context) finds it. A test or a child process may put its own provider in place with `useSmsProvider`.
 */
import type { AppContext } from '../../../context.ts';
import { HttpGatewaySmsProvider } from './http-gateway-provider.ts';
import { OutboxSmsProvider } from './outbox-provider.ts';
import { SevenSmsProvider } from './seven-provider.ts';
import type { SmsProvider } from './sms-provider.ts';

type ProviderContext = Pick<AppContext, 'config' | 'db' | 'ids' | 'clock'>;

export function createSmsProvider(ctx: ProviderContext): SmsProvider {
  const sms = ctx.config.sms;
  switch (sms.provider) {
    case 'outbox':
      return new OutboxSmsProvider(ctx);
    case 'http':
      return new HttpGatewaySmsProvider(sms);
    case 'seven':
      return new SevenSmsProvider(sms);
  }
}

const providers = new WeakMap<object, SmsProvider>();

export function smsProviderFor(ctx: ProviderContext): SmsProvider {
  let provider = providers.get(ctx);
  if (!provider) {
    provider = createSmsProvider(ctx);
    providers.set(ctx, provider);
  }
  return provider;
}

export function useSmsProvider(ctx: ProviderContext, provider: SmsProvider): void {
  providers.set(ctx, provider);
}
