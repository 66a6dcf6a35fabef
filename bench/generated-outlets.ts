// Generated fictional outlets for scale runs: RSS feeds of made-up events in Arabic, each event reported by several
// outlets in their own wording, served on loopback. All text is composed here from small word lists (our own words).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PLACES = ['الواحة', 'النخيل', 'الساحل الأزرق', 'جبل الريح', 'وادي السدر', 'المرفأ القديم', 'سهل القمح', 'البحيرة الصغرى', 'تل الزيتون', 'عين الماء'];
const SUBJECTS = ['جسر', 'مستشفى', 'مدرسة', 'سوق', 'محطة كهرباء', 'ميناء', 'مكتبة', 'ملعب', 'مصنع نسيج', 'طريق سريع'];
const ACTIONS = ['افتتاح', 'تأجيل افتتاح', 'توسعة', 'إغلاق مؤقت', 'ترميم'];
const OFFICIALS = ['رئيس البلدية سالم الفرضي', 'وزيرة الأشغال ليلى المنصوري', 'المحافظ ناصر الحمدي', 'مدير الهيئة كريم العتيبي'];
const OPENERS = ['أعلنت السلطات المحلية', 'قالت مصادر رسمية', 'أكد بيان صادر اليوم', 'ذكرت الجهات المختصة'];

export interface GeneratedOutlets {
  origin: string;
  feedUrls: string[];
  articles: number;
  close(): Promise<void>;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `outlets` feeds of `perOutlet` items each (≤ 100, one poll's worth); event e is covered by outlets e % outlets … */
export async function startGeneratedOutlets(options: { outlets: number; perOutlet: number; baseTime: Date }): Promise<GeneratedOutlets> {
  const pages = new Map<string, string>();
  const feeds = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const body = feeds.get(path) ?? pages.get(path);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': feeds.has(path) ? 'application/rss+xml; charset=utf-8' : 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feedUrls: string[] = [];
  for (let o = 0; o < options.outlets; o++) {
    const items: string[] = [];
    for (let i = 0; i < options.perOutlet; i++) {
      // Each event appears at 4 outlets; neighbouring outlets share events.
      const event = Math.floor((o * options.perOutlet + i * 4) / 4) % Math.max(1, Math.floor((options.outlets * options.perOutlet) / 4));
      const place = PLACES[event % PLACES.length]!;
      const subject = SUBJECTS[Math.floor(event / PLACES.length) % SUBJECTS.length]!;
      const action = ACTIONS[Math.floor(event / (PLACES.length * SUBJECTS.length)) % ACTIONS.length]!;
      const official = OFFICIALS[(event + o) % OFFICIALS.length]!;
      const opener = OPENERS[(o + i) % OPENERS.length]!;
      const title = `${action} ${subject} ${place} (${event + 1})`;
      const text = [
        `${opener} ${action} ${subject} في ${place} ضمن خطة رقم ${event + 1} للعام الحالي.`,
        `وقال ${official} إن ${subject} ${place} سيخدم آلاف السكان في المنطقة وما حولها.`,
        `وأضاف أن المشروع رقم ${event + 1} استغرق أشهراً من العمل وأن تكلفته بلغت ${(event % 9) + 2} ملايين.`,
        `وتابع سكان ${place} الخبر باهتمام، وقال بعضهم إنهم ينتظرون ${subject} منذ سنوات.`,
      ].join(' ');
      const path = `/g${o}/news/${event}-${i}.html`;
      const time = new Date(options.baseTime.getTime() - (event % 48) * 3600_000 - o * 60_000).toUTCString();
      pages.set(path, `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1><p>${esc(text)}</p></article></body></html>`);
      items.push(`<item><title>${esc(title)}</title><link>${origin}${path}</link><guid>${origin}${path}</guid><pubDate>${time}</pubDate></item>`);
    }
    const feedPath = `/g${o}/feed.xml`;
    feeds.set(feedPath, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>منفذ مولد ${o + 1}</title><link>${origin}/g${o}/</link><description>منفذ خيالي مولد</description>${items.join('')}</channel></rss>`);
    feedUrls.push(origin + feedPath);
  }
  return {
    origin,
    feedUrls,
    articles: pages.size,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
