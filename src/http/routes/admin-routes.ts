// Admin: add/remove sources, OPML in/out and the bundled lists, behind the admin token. Mounted only when a token is configured.
// CSRF defence: SameSite=Strict cookie, Origin/Sec-Fetch-Site check, and a per-session token in every form.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { parseOpml, renderOpml } from '../../ingest/opml.ts';
import { PRESET_NAMES, readPreset } from '../../jobs/source-presets.ts';
import { subscribeOutlines } from '../../jobs/subscribe-outlines.ts';
import {
  SESSION_COOKIE,
  SESSION_MAX_AGE_SEC,
  csrfTokenFor,
  issueSession,
  sameSecret,
  verifyCsrf,
  verifySession,
} from '../admin/admin-session.ts';
import type { HttpDeps } from '../deps.ts';
import { HttpProblem } from '../http-problem.ts';
import { FIRST_RUN_PRESET, presetOutletCount } from '../read/first-run-read.ts';
import { readSources } from '../read/sources-read.ts';
import { parseId } from '../request-schemas.ts';
import { safeExternalUrl } from '../safe-url.ts';
import { adminLoginView, adminSourcesView } from '../views/admin-page-view.ts';
import { outletCountArabic } from '../views/view-context.ts';

const MAX_BODY = 2 * 1024 * 1024;
const LOGIN_WINDOW_MS = 15 * 60 * 1000;
const LOGIN_MAX_FAILURES = 10;

// Fixed messages keyed by a code in the redirect, so nothing from the request is echoed into the page.
const DONE_MESSAGES: Record<string, (n: number) => string> = {
  added: () => 'أُضيف المصدر.',
  removed: () => 'حُذف المصدر. تبقى أخباره المخزّنة.',
  imported: (n) => `استُورد ${n} مصدر من ملف OPML.`,
  preset: (n) => (n > 0 ? `أُضيف ${outletCountArabic(n)} من القائمة العربية المرفقة.` : 'مصادر القائمة العربية المرفقة كلها مضافة من قبل.'),
};

export function adminRoutes(deps: HttpDeps, adminToken: string): Hono {
  const app = new Hono();
  const siteTitle = deps.config.siteTitle ?? 'مرصد';
  const now = () => (deps.now ? deps.now() : new Date());
  let failures: number[] = [];

  const allowedOrigins = (c: Context): Set<string> => {
    const set = new Set([new URL(c.req.url).origin]);
    if (deps.config.publicUrl) set.add(new URL(deps.config.publicUrl).origin);
    return set;
  };
  const sameOrigin = (c: Context): boolean => {
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') return false;
    const origin = c.req.header('origin');
    return !origin || allowedOrigins(c).has(origin);
  };
  const bearer = (c: Context): boolean => {
    const h = c.req.header('authorization');
    const m = h ? /^Bearer\s+(.+)$/i.exec(h) : null;
    return !!m && sameSecret(m[1].trim(), adminToken);
  };
  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || !!deps.config.publicUrl?.startsWith('https:');

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Robots-Tag', 'noindex');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: () => {
        throw new HttpProblem(413, 'too_large', 'request body too large');
      },
    }),
  );

  app.get('/login', (c) => {
    if (verifySession(adminToken, getCookie(c, SESSION_COOKIE), now())) return c.redirect('/admin', 303);
    return c.html(adminLoginView(siteTitle, null));
  });

  app.post('/login', async (c) => {
    if (!sameOrigin(c)) throw new HttpProblem(403, 'forbidden', 'cross-site request refused');
    const t = now().getTime();
    failures = failures.filter((f) => t - f < LOGIN_WINDOW_MS);
    if (failures.length >= LOGIN_MAX_FAILURES) {
      return c.html(adminLoginView(siteTitle, 'محاولات كثيرة خاطئة. انتظر ربع ساعة ثم حاول مجدداً.'), 429);
    }
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token : '';
    if (!token || !sameSecret(token, adminToken)) {
      failures.push(t);
      return c.html(adminLoginView(siteTitle, 'الرمز غير صحيح.'), 403);
    }
    setCookie(c, SESSION_COOKIE, issueSession(adminToken, now()), {
      path: '/admin',
      httpOnly: true,
      sameSite: 'Strict',
      secure: secure(c),
      maxAge: SESSION_MAX_AGE_SEC,
    });
    return c.redirect('/admin', 303);
  });

  // Everything below needs a session (or the token as a bearer, for scripts); state changes also need CSRF proof.
  app.use('*', async (c, next) => {
    if (bearer(c)) return next();
    const session = getCookie(c, SESSION_COOKIE);
    if (!session || !verifySession(adminToken, session, now())) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect('/admin/login', 303);
      throw new HttpProblem(403, 'forbidden', 'sign in first');
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if (!sameOrigin(c)) throw new HttpProblem(403, 'forbidden', 'cross-site request refused');
      const body = await c.req.parseBody();
      if (!verifyCsrf(adminToken, session, typeof body._csrf === 'string' ? body._csrf : undefined)) {
        throw new HttpProblem(403, 'forbidden', 'missing or wrong CSRF token');
      }
    }
    return next();
  });

  const csrf = (c: Context) => {
    const session = getCookie(c, SESSION_COOKIE);
    return session ? csrfTokenFor(adminToken, session) : '';
  };

  const renderSources = async (c: Context, problem: string | null, status: 200 | 400 = 200) => {
    const done = c.req.query('done');
    const n = Number.parseInt(c.req.query('n') ?? '0', 10);
    const message = done && DONE_MESSAGES[done] ? DONE_MESSAGES[done](Number.isFinite(n) ? n : 0) : null;
    const preset = { name: FIRST_RUN_PRESET, outlets: await presetOutletCount() };
    return c.html(adminSourcesView(siteTitle, { sources: await readSources(deps), csrf: csrf(c), message, problem, preset }), status);
  };

  app.get('/', (c) => renderSources(c, null));

  app.post('/sources', async (c) => {
    const body = await c.req.parseBody();
    const url = safeExternalUrl(typeof body.url === 'string' ? body.url.trim() : '');
    const name = typeof body.name === 'string' ? body.name.trim().slice(0, 200) : '';
    const category = typeof body.category === 'string' ? body.category.trim().slice(0, 200) : '';
    if (!url) return renderSources(c, 'الرابط غير صالح: يجب أن يبدأ بـ http:// أو https://', 400);
    if (await deps.store.getSource(url)) return renderSources(c, 'هذا المصدر مضاف من قبل.', 400);
    await deps.store.addSource({ url, name: name || null, category: category || null, kind: 'feed', fullText: body.fullText === '1' });
    return c.redirect('/admin?done=added', 303);
  });

  app.post('/sources/:id/delete', async (c) => {
    const id = parseId(c.req.param('id'), 'source');
    if (!(await deps.store.removeSource(id))) throw new HttpProblem(404, 'not_found', 'source not found');
    return c.redirect('/admin?done=removed', 303);
  });

  app.get('/opml', async (c) => {
    const rows = (await deps.store.listSources()).filter((s) => s.kind === 'feed');
    const xml = renderOpml(
      rows.map((s) => ({ title: s.name, xmlUrl: s.url, htmlUrl: s.siteUrl, category: s.category ? s.category.split(' / ') : [] })),
      `${siteTitle}: المصادر`,
      now(),
    );
    c.header('Content-Type', 'text/x-opml; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="marsad-sources.opml"');
    return c.body(xml);
  });

  app.post('/opml', async (c) => {
    const body = await c.req.parseBody();
    let text = typeof body.opml === 'string' ? body.opml : '';
    if (!text.trim() && body.file instanceof File) text = await body.file.text();
    if (!text.trim()) return renderSources(c, 'اختر ملف OPML أو الصق نصه.', 400);
    let outlines;
    try {
      outlines = parseOpml(text);
    } catch (err) {
      return renderSources(c, `تعذّرت قراءة ملف OPML: ${err instanceof Error ? err.message : String(err)}`, 400);
    }
    const { added } = await subscribeOutlines(deps.store, outlines);
    return c.redirect(`/admin?done=imported&n=${added.length}`, 303);
  });

  // The same lists as `marsad sources import --preset NAME`.
  app.post('/sources/preset', async (c) => {
    const body = await c.req.parseBody();
    const name = typeof body.preset === 'string' ? body.preset : '';
    if (!PRESET_NAMES.includes(name)) return renderSources(c, 'لا توجد قائمة مرفقة بهذا الاسم.', 400);
    const { added } = await subscribeOutlines(deps.store, await readPreset(name));
    return c.redirect(`/admin?done=preset&n=${added.length}`, 303);
  });

  app.post('/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: secure(c) });
    return c.redirect('/', 303);
  });

  return app;
}
