// Generated fictional outlets, for runs that need more articles than the hand-written demo (scale tests, bench:scale):
// RSS feeds of made-up local events in Arabic, each event reported by four outlets in their own wording (headline, order
// and choice of sentences). All text is composed here from small word lists (our own words, every name invented); the
// fixture server serves them beside the demo outlets. The truth (article → event) comes with them.
import type { SiteFeed, SiteResponse } from './fixture-site.ts';
import { respond } from './fixture-site.ts';
import { escapeHtml } from './html-escape.ts';

const PLACES = [
  'الواحة', 'النخيل', 'الساحل الأزرق', 'جبل الريح', 'وادي السدر', 'المرفأ القديم', 'سهل القمح', 'البحيرة الصغرى', 'تل الزيتون', 'عين الماء',
  'الرمال البيضاء', 'قرية الصفصاف', 'الهضبة الشرقية', 'رأس الفنار', 'بئر الغزال', 'الجزيرة الخضراء', 'مرج الورد', 'قرية الخميس', 'الوادي الأخضر', 'كثبان السراب',
];
const SUBJECTS = [
  'جسر', 'مستشفى', 'مدرسة', 'سوق', 'محطة كهرباء', 'ميناء', 'مكتبة', 'ملعب', 'مصنع نسيج', 'طريق سريع', 'مطار', 'سد', 'متحف',
  'حديقة عامة', 'محطة قطار', 'مخبز آلي', 'مركز صحي', 'جامعة', 'نفق', 'مسرح', 'محطة تحلية', 'مخيم كشفي', 'سوق سمك', 'مركز شرطة', 'دار مسنين',
];
const ACTIONS = ['افتتاح', 'تأجيل افتتاح', 'توسعة', 'إغلاق مؤقت', 'ترميم', 'خصخصة', 'إعادة تأهيل', 'هدم', 'تشغيل تجريبي', 'تجميد'];
const FIRST_NAMES = ['سالم', 'ليلى', 'ناصر', 'كريم', 'هدى', 'مروان', 'سعاد', 'فارس', 'رنا', 'عادل', 'نوال', 'طارق', 'دعاء', 'بشير', 'منى', 'وليد', 'سهى'];
const FAMILY_NAMES = ['الفرضي', 'المنصوري', 'الحمدي', 'العتيبي', 'الزبيدي', 'القاسمي', 'الشهري', 'البناء', 'الدوسري', 'الحلبي', 'النعيمي', 'الكبيسي', 'الرفاعي', 'السويدي', 'العمري', 'الجبوري', 'الخطيب', 'الصافي', 'المهيري'];
const ROLES = ['رئيس البلدية', 'مدير الهيئة المحلية', 'المحافظ', 'مدير المشروع', 'رئيس المجلس المحلي', 'المتحدث باسم الوزارة'];
const COMPANIES = ['الريان', 'الأفق', 'البنيان', 'الصخرة', 'النجمة', 'الرواد', 'المسار', 'الأصيل', 'الدانة', 'السنابل', 'المرجان'];
const REASONS = [
  'الطلب تضاعف خلال السنوات الأخيرة',
  'المبنى القديم لم يعد صالحاً للاستخدام',
  'الأمطار الأخيرة ألحقت أضراراً بالموقع',
  'التمويل وصل متأخراً عن موعده',
  'الخطة أقرت في الاجتماع الأخير للمجلس',
  'المقاول طلب مهلة إضافية لإنهاء الأعمال',
  'الأهالي جمعوا توقيعات للمطالبة بالمشروع',
];
const COMPLAINTS = ['الازدحام الخانق', 'انقطاع الخدمة المتكرر', 'بعد المسافة عن المدينة', 'سوء حالة المرافق القديمة', 'قلة المقاعد المتاحة', 'ارتفاع كلفة النقل'];
const FEATURES = [
  'قاعة اجتماعات', 'مواقف للسيارات', 'مختبر حديث', 'ممرات للمشاة', 'حديقة صغيرة', 'مدخل للطوارئ', 'ألواح شمسية', 'مستودع للتخزين',
  'مصلى', 'مقهى', 'مكاتب إدارية', 'شبكة ري', 'بوابة إلكترونية', 'جناح للأطفال', 'مدرج', 'إنارة ليلية', 'سور حجري', 'خزان مياه',
  'مسار للدراجات', 'مظلات', 'كاميرات مراقبة', 'رصيف بحري', 'قاعة رياضية', 'عيادة', 'ساحة عامة', 'محطة حافلات', 'نافورة', 'مخرج خلفي',
];

// Invented project names, two syllables each: what makes one event's reports recognisable, as a proper name does.
const NAME_HEADS = ['زه', 'بل', 'نو', 'سر', 'كو', 'مي', 'را', 'دا', 'لو', 'جي', 'فا', 'تي', 'شا', 'حو', 'غا'];
const NAME_TAILS = ['ران', 'قيس', 'ريد', 'مان', 'ثار', 'لين', 'واد', 'نيس', 'رود', 'كاز', 'بور', 'سام', 'فير', 'داح', 'هيم', 'زور', 'نال'];

/** The facts of one made-up event, which every outlet covering it words in its own way. */
function eventFacts(e: number) {
  return {
    // No two of the first 250 events share both what and what happened to it.
    subject: SUBJECTS[e % SUBJECTS.length]!,
    action: ACTIONS[Math.floor(e / SUBJECTS.length) % ACTIONS.length]!,
    place: PLACES[(e * 7) % PLACES.length]!,
    name: `${NAME_HEADS[e % NAME_HEADS.length]}${NAME_TAILS[Math.floor(e / NAME_HEADS.length) % NAME_TAILS.length]}`,
    person: `${FIRST_NAMES[e % FIRST_NAMES.length]} ${FAMILY_NAMES[Math.floor(e / FIRST_NAMES.length) % FAMILY_NAMES.length]}`,
    role: ROLES[(e * 5) % ROLES.length]!,
    company: `شركة ${COMPANIES[(e * 3) % COMPANIES.length]}`,
    reason: REASONS[(e * 11) % REASONS.length]!,
    complaint: COMPLAINTS[(e * 7) % COMPLAINTS.length]!,
    features: [0, 1, 2].map((k) => FEATURES[(e * 3 + k * 11) % FEATURES.length]!),
    cost: 2 + ((e * 7) % 40),
    people: 5 + ((e * 13) % 30),
    months: 6 + ((e * 5) % 19),
  };
}

/** Deterministic choice for (event, outlet, role), so outlets and events word things differently. */
function pick<T>(list: T[], e: number, o: number, role: number): T {
  return list[(e * 7 + o * 3 + role * 5 + ((e * o) % 5)) % list.length]!;
}

/** One outlet's report: the event's facts in its own headline and sentences. */
function report(e: number, o: number): { title: string; text: string } {
  const f = eventFacts(e);
  // Headlines and sentences carry the event's facts with little filler: filler shared by every report of every event
  // would read as one long-running story.
  const titles = [
    `${f.action} ${f.subject} ${f.name} في ${f.place}`,
    `${f.place}: ${f.action} ${f.subject} ${f.name}`,
    `${f.person}: ${f.action} ${f.name}`,
    `${f.name}.. ${f.action} ${f.subject} ${f.place}`,
    `${f.company} و${f.action} ${f.subject} ${f.name}`,
  ];
  const announce = [
    `${f.action} ${f.subject} ${f.name} في ${f.place}.`,
    `${f.place} تشهد ${f.action} ${f.subject} ${f.name}.`,
    `قرار ${f.action} ${f.subject} ${f.name} يصدر في ${f.place}.`,
  ];
  const quote = [
    `${f.role} ${f.person}: ${f.subject} ${f.name} يخدم ${f.people} ألفاً.`,
    `${f.person} يتحدث عن ${f.people} ألف مستفيد من ${f.name}.`,
  ];
  const numbers = [
    `الكلفة ${f.cost} ملايين والمدة ${f.months} شهراً، والتنفيذ على ${f.company}.`,
    `${f.company} تنفذ ${f.name} بكلفة ${f.cost} ملايين خلال ${f.months} شهراً.`,
  ];
  const details = [
    `${f.name} يضم ${f.features.join(' و')}.`,
    `في ${f.name}: ${f.features.join('، ')}.`,
  ];
  const background = [
    `${f.person} يقول إن ${f.reason}.`,
    `سكان ${f.place} يشكون ${f.complaint}.`,
  ];
  const body = [pick(announce, e, o, 1), pick(quote, e, o, 2), pick(numbers, e, o, 3), pick(details, e, o, 4), pick(background, e, o, 5)];
  // Each outlet leaves one of the later sentences out.
  body.splice(1 + ((e + o) % 4), 1);
  return { title: pick(titles, e, o, 0), text: body.join(' ') };
}

export interface GeneratedOutletsOptions {
  outlets: number;
  /** Items per feed; at most 100 (one poll's worth, see maxItemsPerPoll). */
  perOutlet: number;
}

export interface GeneratedSite {
  responses: Map<string, SiteResponse>;
  feeds: SiteFeed[];
  articleUrls: string[];
  /** Absolute article URL → event id. */
  truth: Map<string, string>;
}

/** The outlets as paths under /g0/, /g1/…; event e is covered by four neighbouring outlets. */
export function buildGeneratedOutlets(options: GeneratedOutletsOptions, origin: string, baseTime: Date): GeneratedSite {
  if (!Number.isInteger(options.outlets) || options.outlets < 1) throw new Error('generated outlets: outlets must be a positive integer');
  if (!Number.isInteger(options.perOutlet) || options.perOutlet < 1 || options.perOutlet > 100) throw new Error('generated outlets: perOutlet must be 1…100');
  const responses = new Map<string, SiteResponse>();
  const feeds: SiteFeed[] = [];
  const articleUrls: string[] = [];
  const truth = new Map<string, string>();
  const events = Math.max(1, Math.floor((options.outlets * options.perOutlet) / 4));
  for (let o = 0; o < options.outlets; o++) {
    const items: string[] = [];
    for (let i = 0; i < options.perOutlet; i++) {
      const event = Math.floor((o * options.perOutlet + i * 4) / 4) % events;
      const { title, text } = report(event, o);
      const path = `/g${o}/news/${event}-${i}.html`;
      const published = new Date(baseTime.getTime() - (event % 48) * 3600_000 - o * 60_000);
      responses.set(
        path,
        respond(
          `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></article></body></html>`,
          'text/html; charset=utf-8',
          published,
        ),
      );
      items.push(`<item><title>${escapeHtml(title)}</title><link>${origin}${path}</link><guid>${origin}${path}</guid><pubDate>${published.toUTCString()}</pubDate></item>`);
      articleUrls.push(origin + path);
      truth.set(origin + path, `g${event}`);
    }
    const feedPath = `/g${o}/feed.xml`;
    const name = `منفذ مولد ${o + 1}`;
    responses.set(
      feedPath,
      respond(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name}</title><link>${origin}/g${o}/</link><description>منفذ خيالي مولد</description>${items.join('')}</channel></rss>`,
        'application/rss+xml; charset=utf-8',
        baseTime,
      ),
    );
    feeds.push({ outlet: `g${o}`, name, url: origin + feedPath, format: 'rss' });
  }
  return { responses, feeds, articleUrls, truth };
}
