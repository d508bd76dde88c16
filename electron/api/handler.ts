import type { Db } from '../../db/open';
import type { Ctx } from './context';
import type { Method, Out, Parsed } from './contract';

export type Handler<M extends Method> = (db: Db, input: Parsed<M>, ctx: Ctx) => Out<M>;
export type HandlerMap<K extends Method> = { [M in K]: Handler<M> };
