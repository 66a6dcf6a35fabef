// A loopback server playing sources that fail in every way `sources check` must tell apart, plus one that works.
// All text is written for these tests; the outlet and people are fictional.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface BrokenServer {
  origin: string;
  host: string;
  /** Feed URL of each case. */
  feeds: Record<BrokenCase, string>;
  /** Requests seen, path only, in order. */
  requests: string[];
  close(): Promise<void>;
}

export type BrokenCase = 'good' | 'missing' | 'htmlFeed' | 'malformed' | 'articles500' | 'emptyArticles' | 'thinArticles' | 'undated' | 'timeout' | 'redirectPrivate';

const PARAGRAPHS = [
  'افتتحت بلدية الواحة الخضراء صباح الأحد مكتبتها العامة الجديدة في الحي القديم بعد عامين من أعمال الترميم، بحضور عدد كبير من السكان والطلاب الذين اصطفوا منذ ساعات الصباح الأولى أمام المبنى الحجري الذي كان مخزناً للحبوب قبل نصف قرن.',
  'وقالت مديرة المكتبة سلمى الورداني إن الطابق الأرضي خُصص للأطفال وفيه ركن للقراءة بصوت عال، بينما يضم الطابق الأول قاعة للمطالعة الهادئة ومختبراً صغيراً للحاسوب يمكن للطلاب حجزه مجاناً عبر موقع البلدية.',
  'وأوضحت الورداني أن المكتبة تضم في مرحلتها الأولى اثني عشر ألف كتاب تبرع بثلثها أهالي البلدة، وأن لجنة من المتطوعين ستعمل خلال الأشهر المقبلة على فهرسة مجموعة نادرة من المخطوطات المحلية وحفظها في خزائن مكيفة.',
  'ومن المقرر أن تفتح المكتبة أبوابها يومياً من التاسعة صباحاً حتى الثامنة مساء، على أن تنظم كل خميس أمسية ثقافية يستضيف فيها نادي القراءة كاتباً من المنطقة للحديث عن تجربته والإجابة عن أسئلة الحضور.',
];

function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title} - صحيفة الواحة</title></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a></nav></header>
<article><h1>${title}</h1><p class="byline">بقلم: فريق التحرير</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>جميع الحقوق محفوظة لصحيفة الواحة</footer></body></html>`;
}

function rss(origin: string, items: { path: string; title: string; date: string | null }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>صحيفة الواحة</title><link>${origin}/</link><description>أخبار البلدة</description>
${items
  .map((i) => `<item><title>${i.title}</title><link>${origin}${i.path}</link><guid>${origin}${i.path}</guid>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`)
  .join('\n')}
</channel></rss>`;
}

export const GOOD_TITLE = 'افتتاح مكتبة عامة في الحي القديم';
/** The good feed lists the older item first: the check must pick the newest by date, not by position. */
export const GOOD_NEWEST_PATH = '/a/good/2';

export async function startBrokenServer(): Promise<BrokenServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  let origin = '';
  const day = (d: number) => new Date(Date.UTC(2026, 10, 20 + d, 8, 0, 0)).toUTCString();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x.invalid').pathname;
    requests.push(path);
    const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...extra });
      res.end(body);
    };
    const xml = 'application/rss+xml; charset=utf-8';
    const html = 'text/html; charset=utf-8';
    switch (path) {
      case '/robots.txt':
        return send(404, 'text/plain', 'none');
      case '/good.xml':
        return send(200, xml, rss(origin, [
          { path: '/a/good/1', title: 'خبر أقدم عن البلدة', date: day(0) },
          { path: GOOD_NEWEST_PATH, title: GOOD_TITLE, date: day(2) },
        ]));
      case '/a/good/1':
      case GOOD_NEWEST_PATH:
        return send(200, html, articlePage(GOOD_TITLE, PARAGRAPHS));
      case '/missing.xml':
        return send(404, html, '<html><body>not here</body></html>');
      case '/html-feed.xml':
        return send(200, html, articlePage('صفحة وليست خلاصة', PARAGRAPHS.slice(0, 2)));
      case '/malformed.xml':
        return send(200, xml, `<?xml version="1.0"?><rss version="2.0"><channel><title>مكسورة</title><item><title>بلا نهاية</title><link>${origin}/a/x</link></item>`);
      case '/articles500.xml':
        return send(200, xml, rss(origin, [{ path: '/a/500/1', title: 'خبر لا يفتح', date: day(1) }]));
      case '/a/500/1':
        return send(500, html, '<html><body>server error</body></html>');
      case '/empty-articles.xml':
        return send(200, xml, rss(origin, [{ path: '/a/empty/1', title: 'خبر فارغ', date: day(1) }]));
      case '/a/empty/1':
        return send(200, html, '<!doctype html><html lang="ar"><head><title></title></head><body></body></html>');
      case '/thin.xml':
        return send(200, xml, rss(origin, [{ path: '/a/thin/1', title: 'خبر قصير', date: day(1) }]));
      case '/a/thin/1':
        return send(200, html, articlePage('خبر قصير', ['أعلنت البلدية إغلاق الطريق الشرقي يوم الجمعة للصيانة، وتنصح السائقين باستخدام الطريق الدائري.']));
      case '/undated.xml':
        return send(200, xml, rss(origin, [{ path: '/a/good/1', title: 'خبر بلا تاريخ', date: null }]));
      case '/slow.xml':
        // Never answers: the fetcher's deadline must end it.
        held.push(res);
        return;
      case '/redirect.xml':
        // A public-looking host that redirects into a private network: the SSRF guard must refuse the hop.
        return send(302, 'text/plain', '', { location: 'http://10.0.0.1/feed.xml' });
      default:
        return send(404, 'text/plain', 'no such path');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    requests,
    feeds: {
      good: `${origin}/good.xml`,
      missing: `${origin}/missing.xml`,
      htmlFeed: `${origin}/html-feed.xml`,
      malformed: `${origin}/malformed.xml`,
      articles500: `${origin}/articles500.xml`,
      emptyArticles: `${origin}/empty-articles.xml`,
      thinArticles: `${origin}/thin.xml`,
      undated: `${origin}/undated.xml`,
      timeout: `${origin}/slow.xml`,
      redirectPrivate: `${origin}/redirect.xml`,
    },
    close: async () => {
      for (const r of held) r.destroy();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
