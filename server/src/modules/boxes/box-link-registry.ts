/**
 * Which `BoxLinkHub` serves a hub context, and which agent WebSockets are open on it, so the link route, the secret
 * rotation and the staff endpoints find them without widening `AppContext`. A `BoxLinkHub` registers itself.
 */
import type { AppContext } from '../../context.ts';
import type { BoxLinkHub } from './box-link-hub.ts';

const links = new WeakMap<AppContext, BoxLinkHub>();
const agentSockets = new WeakMap<
  AppContext,
  Map<string, Set<{ close(code: number, reason: string): void }>>
>();

export function registerBoxLink(ctx: AppContext, link: BoxLinkHub): void {
  links.set(ctx, link);
}

export function boxLinkOf(ctx: AppContext): BoxLinkHub | undefined {
  return links.get(ctx);
}

/** The open agent sockets of a box (normally one; briefly two while a reconnect replaces the old one). */
export function agentSocketsOf(
  ctx: AppContext,
  boxId: string,
): Set<{ close(code: number, reason: string): void }> {
  let byBox = agentSockets.get(ctx);
  if (!byBox) agentSockets.set(ctx, (byBox = new Map()));
  let sockets = byBox.get(boxId);
  if (!sockets) byBox.set(boxId, (sockets = new Set()));
  return sockets;
}
