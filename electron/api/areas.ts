/**
 * The router's way to a method: its area's contract and handlers, imported on the area's first call
 * and kept (contract-loaders.ts, handlers.ts). A start that answers the overview parses and builds
 * only what the overview needs; the first call to another area waits once for its modules (a few
 * milliseconds), then every call finds them at once (issue 11).
 */
import type { Db } from '../../db/open';
import type { Ctx } from './context';
import type { Method, MethodDef } from './contract';
import { contractLoaders } from './contract-loaders';
import type { AuditStamp } from './handler';
import { handlerLoaders } from './handlers';
import { areaOf } from './method-area';

export type AnyHandler =
  | ((db: Db, input: unknown, ctx: Ctx) => unknown)
  | {
      prepare: (input: unknown, ctx: Ctx, db: Db) => Promise<unknown>;
      run: (db: Db, input: unknown, ctx: Ctx, p: unknown) => unknown;
      offload?: (db: Db, input: unknown, ctx: Ctx, audit: AuditStamp) => Promise<unknown>;
    };

/** An area as the router holds it once loaded: its methods' definitions and their handlers. */
export type LoadedArea = { contract: Record<string, MethodDef>; handlers: Record<string, AnyHandler> };

const loaded = new Map<string, Promise<LoadedArea>>();

export const isArea = (name: string): name is keyof typeof handlerLoaders =>
  Object.hasOwn(handlerLoaders, name) && Object.hasOwn(contractLoaders, name);

/** The area's contract and handlers, imported once (a failed import is tried again next call). */
export function loadArea(area: keyof typeof handlerLoaders): Promise<LoadedArea> {
  let p = loaded.get(area);
  if (!p) {
    p = Promise.all([contractLoaders[area](), handlerLoaders[area]()]).then(([contract, handlers]) => ({
      contract: contract as Record<string, MethodDef>,
      handlers: { ...handlers } as Record<string, AnyHandler>,
    }));
    loaded.set(area, p);
    p.catch(() => loaded.delete(area));
  }
  return p;
}

/** The areas imported so far (the tests check a start loads only what it answers). */
export const loadedAreas = (): string[] => [...loaded.keys()];

/** A method's definition and handler, or null when the contract has no such method. */
export async function findMethod(
  method: string,
): Promise<{ method: Method; def: MethodDef; handler: AnyHandler } | null> {
  const area = areaOf(method);
  if (!isArea(area)) return null;
  const { contract, handlers } = await loadArea(area);
  if (!Object.hasOwn(contract, method) || !Object.hasOwn(handlers, method)) return null;
  const def = contract[method];
  const handler = handlers[method];
  // Checked above: a method of the contract.
  return def && handler ? { method: method as Method, def, handler } : null;
}
