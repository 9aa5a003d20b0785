import type { RouteDef, RouteReply } from '@hcc/shared/api/route';
import type { Request, RequestHandler, Response, Router } from 'express';
import type * as z from 'zod/mini';
import { compiledParse } from './compiled-check';
import { parse } from './parse';

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a contract handler receives: each declared part of the request, already parsed by its schema. */
export interface RouteRequest<R extends RouteDef> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
  req: Request;
  res: Response;
}

export type RouteHandler<R extends RouteDef> = (r: RouteRequest<R>) => Promise<RouteReply<R>> | RouteReply<R>;

const LOWER = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' } as const;

/**
 * Registers contract routes on a feature's router, which the app mounts at `base` (`/api/playlists`).
 * Guards (session, role, device token) run first, so a stranger gets 401 before any 400; then params,
 * query and body are parsed with the route's own schemas (a failure is a 400 naming each bad field,
 * like every other parse), and what the handler returns goes out with the route's status. The bodies
 * in `compiled` are checked by the schema's compiled form first (compiled-check.ts): the hot ones.
 */
export function contractRoutes(router: Router, base: `/api/${string}`, { compiled = [] }: { compiled?: readonly RouteDef[] } = {}) {
  return <R extends RouteDef>(route: R, ...rest: [...guards: RequestHandler[], handler: RouteHandler<R>]): void => {
    if (route.path !== base && !route.path.startsWith(`${base}/`)) throw new Error(`${route.method} ${route.path} is not under ${base}`);
    const handler = rest.pop() as RouteHandler<R>;
    const guards = rest as RequestHandler[];
    const parseBody = route.body && compiled.includes(route) ? compiledParse(route.body) : (value: unknown, what: string) => parse(route.body as z.ZodMiniType, value, what);
    router[LOWER[route.method]](route.path.slice(base.length) || '/', ...guards, async (req: Request, res: Response) => {
      const parts = {
        params: (route.params ? parse(route.params, req.params, 'path') : undefined) as Parsed<R['params']>,
        query: (route.query ? parse(route.query, req.query, 'query parameters') : undefined) as Parsed<R['query']>,
        body: (route.body ? parseBody(req.body ?? {}, 'request body') : undefined) as Parsed<R['body']>,
      };
      const reply = await handler({ ...parts, req, res });
      // A handler may set another success status itself (a replayed answer is 200, not 201).
      if (route.status && res.statusCode === 200) res.status(route.status);
      res.json(reply);
    });
  };
}
