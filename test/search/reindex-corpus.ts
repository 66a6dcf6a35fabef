// A few article records for the search reindex tests, written for them (fictional people; real place names so the
// gazetteer finds entities). One spells شاطئ the old way (شاطىء), whose stem the analyzer changed; one has no title (the
// importer takes its first sentence).
export const REINDEX_RECORDS = [
  {
    source: 'marfa', url: 'https://marfa.test/news/fishing-port', date_extracted: '2026-03-01 08:00:00',
    title: 'افتتاح مرفأ للصيادين على شاطىء جدة',
    content: 'افتتحت أمانة جدة صباح اليوم مرفأ جديدا للصيادين على شاطىء المدينة الشمالي بطاقة تتسع لمئتي قارب صغير.\n' +
      'وقال مدير المرفأ سامي العدلي للصحفيين: "سيخدم المرفأ الصيادين طوال موسم الصيد المقبل".',
  },
  {
    source: 'tariq', url: 'https://tariq.test/transport/road-plan', date_extracted: '2026-03-01 10:00:00',
    title: 'خطة لطريق سريع بين الرياض والدمام',
    content: 'أعلنت وزارة النقل في الرياض خطة لطريق سريع جديد يربط العاصمة بالدمام، وقال الوزير خالد الفارس في مؤتمر صحفي: "سننهي الطريق قبل الصيف".\n' +
      'ويأمل السكان أن يخفف الطريق الزحام البطيء على الطريق القديم.',
  },
  {
    source: 'marfa', url: 'https://marfa.test/news/no-title', date_extracted: '2026-03-02 09:00:00',
    title: '',
    content: 'وصل وفد تجاري من القاهرة إلى موسكو لبحث صادرات الحمضيات والخضروات، وأكد أعضاء الوفد أن المحادثات ستستمر ثلاثة أيام متتالية.',
  },
  {
    source: 'tariq', url: 'https://tariq.test/culture/book-fair', date_extracted: '2026-03-03 09:00:00',
    title: 'معرض الكتاب يفتح أبوابه للزوار',
    content: 'فتح معرض الكتاب أبوابه للزوار في جدة بمشاركة دور نشر من عشرين بلدا، وخصص المنظمون جناحا لكتب الأطفال وورشا للرسم والقراءة.',
  },
];

/** The old analyzer's stem of شاطىء kept the spelled ي (شاطيء); the current one meets the carrier (شاطء), as شاطئ does. */
export const OLD_STEM = 'شاطيء';
export const NEW_STEM = 'شاطء';
