// A SaudiNewsNet-shaped corpus written from our own Arabic sentence templates: events (a place, an actor, a topic, a
// figure) each reported by several fictional outlets in different wordings, so the story engine has real groups to form.
// Deterministic for a given seed.

const OUTLETS = ['sahil', 'wadi', 'nakhla', 'manara', 'qafila', 'rimal', 'sawt-albahr', 'alufuq'];
const CITIES = ['الرياض', 'جدة', 'الدمام', 'مكة المكرمة', 'المدينة المنورة', 'أبها', 'تبوك', 'حائل', 'نجران', 'جازان', 'الطائف', 'بريدة', 'الخبر', 'ينبع', 'الجوف'];
const BODIES = ['وزارة الصحة', 'وزارة التعليم', 'أمانة المنطقة', 'هيئة الطيران المدني', 'وزارة النقل', 'الهيئة العامة للإحصاء', 'وزارة البيئة والمياه', 'هيئة السياحة', 'الدفاع المدني', 'وزارة الرياضة', 'الغرفة التجارية', 'جامعة المنطقة'];
const TOPICS = [
  { what: 'مشروع لتحلية المياه', verb: 'افتتاح', detail: 'بطاقة إنتاجية تكفي آلاف المنازل' },
  { what: 'مستشفى تخصصي للأطفال', verb: 'تدشين', detail: 'بسعة سريرية جديدة وأجهزة حديثة' },
  { what: 'مهرجان للتمور', verb: 'انطلاق', detail: 'بمشاركة مزارعين من القرى المجاورة' },
  { what: 'طريق سريع يربط المحافظات', verb: 'اعتماد', detail: 'لتخفيف الزحام وتقليل الحوادث' },
  { what: 'برنامج لتدريب الشباب على البرمجة', verb: 'إطلاق', detail: 'بالتعاون مع شركات التقنية المحلية' },
  { what: 'حملة للتشجير في الأحياء', verb: 'بدء', detail: 'بزراعة أشجار محلية تتحمل الجفاف' },
  { what: 'معرض للكتاب', verb: 'افتتاح', detail: 'بمشاركة دور نشر عربية وندوات ثقافية' },
  { what: 'خطة لصيانة المدارس', verb: 'إعلان', detail: 'قبل بداية العام الدراسي الجديد' },
  { what: 'رحلات جوية جديدة', verb: 'تشغيل', detail: 'بين المطار الإقليمي وعدد من العواصم' },
  { what: 'بطولة لكرة القدم للناشئين', verb: 'ختام', detail: 'بتتويج الفريق الفائز وسط حضور جماهيري' },
  { what: 'مركز للأبحاث الزراعية', verb: 'تأسيس', detail: 'لدراسة زراعة القمح في المناطق الجافة' },
  { what: 'منصة إلكترونية للخدمات البلدية', verb: 'إطلاق', detail: 'لتسهيل طلبات رخص البناء' },
];
const OPENINGS = [
  (e: Ev) => `أعلنت ${e.body} في ${e.city} ${e.topic.verb} ${e.topic.what} ${e.topic.detail}، بتكلفة بلغت ${e.cost} مليون ريال.`,
  (e: Ev) => `شهدت ${e.city} ${e.topic.verb} ${e.topic.what}، وقالت ${e.body} إن التكلفة وصلت إلى ${e.cost} مليون ريال.`,
  (e: Ev) => `في خطوة جديدة، كشفت ${e.body} عن ${e.topic.verb} ${e.topic.what} في ${e.city} ${e.topic.detail}.`,
  (e: Ev) => `${e.topic.verb} ${e.topic.what} في ${e.city} بإشراف ${e.body} وبميزانية قدرها ${e.cost} مليون ريال.`,
];
const MIDDLES = [
  (e: Ev) => `وأوضح المتحدث الرسمي ${e.person} أن العمل سيستمر ${e.months} شهرا وأن المرحلة الأولى تخدم سكان ${e.city} والمحافظات القريبة.`,
  (e: Ev) => `وقال ${e.person} في تصريح صحفي: "نتوقع أن يكتمل العمل خلال ${e.months} شهرا وأن يستفيد منه أهالي ${e.city}".`,
  (e: Ev) => `وذكر ${e.person} أن المدة المقررة ${e.months} شهرا، مشيرا إلى أن ${e.body} تتابع التنفيذ أسبوعيا.`,
];
const ENDINGS = [
  (e: Ev) => `ويأتي ذلك ضمن خطط التنمية في ${e.city} التي تشمل عددا من المبادرات الخدمية.`,
  (e: Ev) => `ورحب عدد من المواطنين بالخطوة، مؤكدين أهميتها لحياتهم اليومية في ${e.city}.`,
  (e: Ev) => `ومن المنتظر أن تعلن ${e.body} تفاصيل إضافية خلال الأسابيع المقبلة.`,
];
// Two of these name each event (a project, a venue): the rare words that tell one event from the next.
const NAME_A = ['الواحة', 'السنبلة', 'الغيمة', 'النخيل', 'الصقر', 'اللؤلؤة', 'القمر', 'الشروق', 'الربيع', 'المرجان', 'الزيتون', 'الفنار', 'السدرة', 'العقيق', 'الياسمين', 'الخزامى', 'الريحان', 'الندى', 'الكثبان', 'الشعاب', 'البيداء', 'الوديان', 'النسيم', 'الجسور'];
const NAME_B = ['الذهبية', 'الخضراء', 'الزرقاء', 'الكبرى', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الجديدة', 'الأولى', 'المضيئة', 'الهادئة', 'البعيدة', 'العالية', 'المفتوحة', 'الواسعة', 'الصاعدة', 'المتجددة', 'الساحلية', 'الجبلية'];
const FIRST = ['خالد', 'سعد', 'فيصل', 'نورة', 'ريم', 'عبدالله', 'هند', 'ماجد', 'سلمان', 'لطيفة'];
const LAST = ['الحربي', 'القحطاني', 'الشمري', 'العتيبي', 'الزهراني', 'الغامدي', 'الدوسري', 'المطيري'];

interface Ev {
  city: string;
  body: string;
  topic: (typeof TOPICS)[number];
  cost: number;
  months: number;
  person: string;
  day: string;
  name: string;
}

export interface CorpusRecord {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` records (at least), grouped into events of 1–6 outlets, spread over days from `start`. */
export function buildCorpus(count: number, seed = 7, start = '2026-01-01T00:00:00Z'): CorpusRecord[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const out: CorpusRecord[] = [];
  let ev = 0;
  while (out.length < count) {
    const dayMs = Date.parse(start) + Math.floor(ev / 8) * 86_400_000;
    const e: Ev = {
      city: pick(CITIES),
      body: pick(BODIES),
      topic: pick(TOPICS),
      cost: 5 + Math.floor(r() * 900),
      months: 3 + Math.floor(r() * 30),
      person: `${pick(FIRST)} ${pick(LAST)}`,
      day: new Date(dayMs).toISOString().slice(0, 10),
      name: `${pick(NAME_A)} ${pick(NAME_B)}`,
    };
    const n = 1 + Math.floor(r() * 6);
    const outlets = [...OUTLETS].sort(() => r() - 0.5).slice(0, n);
    for (const [i, outlet] of outlets.entries()) {
      const time = new Date(dayMs + (ev % 8) * 3 * 3_600_000 + i * 600_000).toISOString();
      const title = i % 2 === 0 ? `${e.topic.verb} ${e.topic.what} «${e.name}» في ${e.city}` : `${e.body}: ${e.topic.verb} «${e.name}» بـ${e.city}`;
      const named = `ويحمل المشروع اسم «${e.name}»، وهو الاسم الذي اختاره ${e.person} بعد مشاورات مع أهالي ${e.city}.`;
      const content = [pick(OPENINGS)(e), named, pick(MIDDLES)(e), pick(ENDINGS)(e)].join('\n\n');
      out.push({
        source: outlet,
        url: `https://${outlet}.example/news/${e.day}/${ev}-${i}`,
        date_extracted: time.replace('T', ' ').slice(0, 19),
        title,
        author: `${pick(FIRST)} ${pick(LAST)}`,
        content,
      });
    }
    ev++;
  }
  return out;
}
