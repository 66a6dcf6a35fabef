// The web layer: a small Hono core that wires middleware and route groups; logic lives in read models.
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import { trimTrailingSlash } from 'hono/trailing-slash';
import type { HttpDeps } from './deps.ts';
import { HttpProblem, problemBody, type ProblemDetail } from './http-problem.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { apiRoutes } from './routes/api-routes.ts';
import { assetRoutes } from './routes/asset-routes.ts';
import { feedRoutes } from './routes/feed-routes.ts';
import { pageRoutes } from './routes/page-routes.ts';
import { responseCache } from './response-cache.ts';
import { changeTokenOf } from '../store/change-token.ts';
import { errorPageView } from './views/error-page-view.ts';

export type { HttpDeps } from './deps.ts';

function isApi(c: Context): boolean {
  return c.req.path.startsWith('/api/');
}

/** Seconds a GET answer may be kept when its route says nothing: the API's data moves faster than a reader's page. */
function defaultMaxAge(path: string): number {
  return path.startsWith('/api/') ? 30 : 60;
}

function respondProblem(c: Context, deps: HttpDeps, status: HttpProblem['status'], code: HttpProblem['code'], message: string, detail?: ProblemDetail) {
  c.header('Cache-Control', 'no-store');
  if (isApi(c)) return c.json(problemBody(code, message, detail), status);
  const pageMessage = status === 400 && code === 'bad_request' ? `تعذّر فهم الطلب (${message}).` : undefined;
  return c.html(errorPageView(deps.config.siteTitle ?? 'مرصد', status, pageMessage), status);
}

export function createApp(deps: HttpDeps): Hono {
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // Article images are hotlinked from the outlets, and many (the demo's too) are still served over http.
        imgSrc: ["'self'", 'https:', 'http:', 'data:'],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      // TLS is terminated elsewhere (if at all); HSTS is that proxy's call.
      strictTransportSecurity: false,
      // Let other sites' readers embed our Atom and JSON with fetch/CORS later; images are ours anyway.
      crossOriginResourcePolicy: 'same-site',
    }),
  );

  app.use('*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', `public, max-age=${defaultMaxAge(c.req.path)}`);
    }
  });
  app.use('*', etag());
  app.use('*', trimTrailingSlash());
  const token = deps.config.responseCache === false ? null : changeTokenOf(deps.store);
  if (token) {
    const clock = deps.now;
    app.use(
      '*',
      responseCache({
        token,
        // Admin pages carry a per-session CSRF token; search answers are as many as there are queries; assets are kept already.
        cacheable: (path) => !/^\/(admin|assets|search|api\/v1\/search)(\/|$)/.test(path),
        defaultMaxAge,
        now: clock ? () => clock().getTime() : Date.now,
      }),
    );
  }

  app.route('/assets', assetRoutes());
  app.route('/api/v1', apiRoutes(deps));
  // Without a token there is no admin at all: /admin is an ordinary 404.
  const adminToken = deps.config.adminToken?.trim();
  if (adminToken) app.route('/admin', adminRoutes(deps, adminToken));
  app.route('/', feedRoutes(deps));
  app.route('/', pageRoutes(deps));

  app.notFound((c) => respondProblem(c, deps, 404, 'not_found', isApi(c) ? 'no such endpoint' : 'not found'));

  app.onError((err, c) => {
    if (err instanceof HttpProblem) return respondProblem(c, deps, err.status, err.code, err.message, err.detail);
    // The client learns only that it failed; the operator gets the stack.
    console.error(`${c.req.method} ${c.req.path} failed:`, err);
    return respondProblem(c, deps, 500, 'internal', 'internal error');
  });

  return app;
}
