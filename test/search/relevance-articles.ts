// The corpus of the relevance set (test/search/relevance-set.ts): fictional Arabic news items written for it, each
// spelling one word the way some outlets do (hamza seats, ه for ة, ي for ى, Persian/Urdu letters, Eastern digits,
// tatweel, full vowels) so a query in the other spelling must still find it. People, places and outlets are invented.
import type { FixtureArticle } from './search-fixtures.ts';

type Draft = Omit<FixtureArticle, 'story'>;

const DRAFTS: Draft[] = [
  // Alef maqsura and ya, clitics: مستشفى / مستشفي / للمستشفيات
  {
    key: 'hospital-new', source: 'oasis', publishedAt: '2026-03-02T08:00:00.000Z',
    title: 'افتتاح مستشفى جديد في وادي السنابل',
    text: 'افتتح وزير الصحة مستشفىً جديداً في وادي السنابل يضم مئتي سرير. وأوضح مدير المستشفى أن الأطباء سيستقبلون المرضى ابتداءً من الأسبوع المقبل.',
    entities: [{ id: 'place:wadi-sanabel', kind: 'place', name: 'وادي السنابل' }],
  },
  {
    key: 'hospital-ya', source: 'sands', publishedAt: '2026-03-03T08:00:00.000Z',
    title: 'ترميم جناح الأطفال في مستشفي الرحمة',
    text: 'انتهت أعمال ترميم جناح الأطفال في مستشفي الرحمة بعد ستة أشهر، وعادت الممرضات إلى العمل في الطابق الثاني.',
  },
  {
    key: 'hospitals-rural', source: 'star', publishedAt: '2026-03-04T08:00:00.000Z',
    title: 'أجهزة تنفس حديثة للمستشفيات الريفية',
    text: 'وزعت وزارة الصحة أجهزة تنفس حديثة على المستشفيات الريفية في الشمال، وتسلمت كل منها شحنة من الأدوية.',
  },
  // Alef forms: إ / ا / آ / ٱ
  {
    key: 'ismail-poet', source: 'oasis', publishedAt: '2026-03-05T08:00:00.000Z',
    title: 'إسماعيل الحمداني يصدر ديوانه الأول',
    text: 'أصدر الشاعر إسماعيل الحمداني ديوانه الأول، وفيه قصائد عن الآثار القديمة في جزيرة المرجان وعن أسواقها الشعبية.',
    entities: [{ id: 'person:~اسماعيل الحمداني', kind: 'person', name: 'إسماعيل الحمداني' }],
  },
  {
    key: 'ismail-engineer', source: 'sands', publishedAt: '2026-03-05T10:00:00.000Z',
    title: 'اعمال الطريق الساحلي تنتهي قبل الخريف',
    text: 'اكد المهندس اسماعيل الزهراني ان اعمال توسعة الطريق الساحلي ستنتهي قبل الخريف، وان الاشغال تسير بلا تاخير.',
  },
  {
    key: 'peace-wasla', source: 'star', publishedAt: '2026-03-06T08:00:00.000Z',
    title: 'توقيع اتفاق ٱلسلام بين قبيلتي الوادي',
    text: 'وقّع شيوخ القبيلتين اتفاق ٱلسلام في قاعة المؤتمرات، وتعهدوا بإنهاء النزاع على المراعي قبل موسم الحصاد.',
  },
  {
    key: 'ahmad-rider', source: 'oasis', publishedAt: '2026-03-06T10:00:00.000Z',
    title: 'أحمد الساعدي يفوز بسباق الخيل',
    text: 'فاز الفارس أحمد الساعدي بسباق الخيل السنوي في مضمار الصحراء، متقدماً على أربعة عشر منافساً.',
    entities: [{ id: 'person:~احمد الساعدي', kind: 'person', name: 'أحمد الساعدي' }],
  },
  // Ta marbuta written as ة or ه
  {
    key: 'school-ta', source: 'sands', publishedAt: '2026-03-07T08:00:00.000Z',
    title: 'مدرسة الأمل تفتتح فصولاً جديدة',
    text: 'افتتحت مدرسة الأمل الابتدائية ثلاثة فصول جديدة للبنات، وقالت مديرتها إن المدرسة ستقبل مئة تلميذة إضافية.',
  },
  {
    key: 'school-ha', source: 'star', publishedAt: '2026-03-07T10:00:00.000Z',
    title: 'المحافظ يزور مدرسه النور',
    text: 'زار المحافظ مدرسه النور في الحي الشرقي وتفقد مكتبتها ومختبر العلوم، ووعد بترميم ساحتها قبل نهاية العام.',
  },
  {
    key: 'cairo-ha', source: 'oasis', publishedAt: '2026-03-08T08:00:00.000Z',
    title: 'معرض للحرف اليدوية في القاهره',
    text: 'افتتح في القاهره معرض للحرف اليدوية يشارك فيه حرفيون من عشر محافظات، ويستمر أسبوعين.',
  },
  {
    key: 'mustafa', source: 'sands', publishedAt: '2026-03-08T10:00:00.000Z',
    title: 'مصطفى العلوي يعود إلى المبنى القديم',
    text: 'عاد الفنان مصطفي العلوي إلى المبني القديم الذي شهد بداياته، وأقام فيه معرضاً لصوره الأولى.',
  },
  // Hamza seats: ؤ / ئ / ء
  {
    key: 'official-waw', source: 'star', publishedAt: '2026-03-09T08:00:00.000Z',
    title: 'مسؤول في هيئة النقل: شؤون الموانئ تحت المراجعة',
    text: 'صرح مسؤول في هيئة النقل بأن شؤون الموانئ الصغيرة تخضع لمراجعة شاملة، وبأن المسؤولين سيعلنون النتائج قريباً.',
    entities: [{ id: 'org:transport-authority', kind: 'org', name: 'هيئة النقل' }],
  },
  {
    key: 'official-ya', source: 'oasis', publishedAt: '2026-03-09T10:00:00.000Z',
    title: 'مسئول سابق ينتقد تأخر مشروع الميناء',
    text: 'انتقد مسئول سابق في هيئه الموانئ تأخر مشروع الميناء الجديد، ورأى أن شئون التخطيط تحتاج إلى إدارة أوضح.',
    entities: [{ id: 'org:ports-authority', kind: 'org', name: 'هيئة الموانئ' }],
  },
  {
    key: 'driver', source: 'sands', publishedAt: '2026-03-10T08:00:00.000Z',
    title: 'سائق حافلة ينقذ ركاباً من الغرق',
    text: 'أنقذ سائق حافلة ركاب عشرين شخصاً حين غمرت السيول النفق، وكرمته البلدية بوسام الشجاعة.',
  },
  // Diacritics and tatweel
  {
    key: 'poet-vowels', source: 'star', publishedAt: '2026-03-10T10:00:00.000Z',
    title: 'مُحَمَّد الخَيَالِي يَفُوزُ بِجَائِزَةِ الشِّعْرِ',
    text: 'فَازَ الشَّاعِرُ مُحَمَّد الخَيَالِي بِجَائِزَةِ الشِّعْرِ عَنْ دِيوَانِهِ الثَّالِثِ.',
    entities: [{ id: 'person:~محمد الخيالي', kind: 'person', name: 'محمد الخيالي' }],
  },
  {
    key: 'reading-vowels', source: 'oasis', publishedAt: '2026-03-11T08:00:00.000Z',
    title: 'أطفال الحي يتعلمون القراءة في المكتبة العامة',
    text: 'تَعَلَّمَ أَطْفَالُ الحَيِّ القِرَاءَةَ فِي المَكْتَبَةِ العَامَّةِ خِلَالَ عُطْلَةِ الرَّبِيعِ.',
  },
  {
    key: 'tatweel', source: 'sands', publishedAt: '2026-03-11T10:00:00.000Z',
    title: 'عـــاجل: انقطـــاع الكهربـــاء عن حي الياسمين',
    text: 'انقطـعت الكهـرباء عن حي الياسمين ساعتين بسبب عطل في محطة التحويل، ثم عادت تدريجياً.',
  },
  // Persian and Urdu letter forms (ک ی ہ ۃ ھ ە), as typed on those keyboards
  {
    key: 'persian-letters', source: 'star', publishedAt: '2026-03-12T08:00:00.000Z',
    title: 'معرض الکتاب یفتح أبوابه في مدینة المرجان',
    text: 'یستقبل معرض الکتاب زواره في مکتبة مدینة المرجان حتی نهایة الشهر، وتشارک فیه دور نشر من عشرین بلداً.',
  },
  {
    key: 'urdu-letters', source: 'oasis', publishedAt: '2026-03-12T10:00:00.000Z',
    title: 'حملۃ تطوعیۃ لتنظیف الشاطئ الشمالی',
    text: 'شارک ثلاثمئة متطوع فی حملە لتنظیف الشاطئ الشمالی من البلاستیک، وجمعوا أکیاساً کثیرۃ من النفایات. وصرحت منظمھ البیئھ بأن الحملۃ ستتکرر کل شھر.',
  },
  // Presentation forms (the title, as some old pages encode it) and invisible marks inside words (ZWNJ, ZWJ, soft
  // hyphen, RLM), as copy-paste leaves them
  {
    key: 'gold-presentation', source: 'sands', publishedAt: '2026-03-12T16:00:00.000Z',
    title: 'ﺳﻮﻕ ﺍﻟﺬﻫﺐ ﻳﺴﺘﻘﺒﻞ ﺗﺠﺎﺭﻩ',
    text: 'عاد تج\u200cار الذ\u200dهب إلى سوق الصا\u00adغة بعد تجديد واجهاته، \u200fوازدحمت الممرات بالزبائن في يومه الأول.',
  },
  // Digits: Arabic-Indic, Persian, ASCII; thousands and decimal separators
  {
    key: 'digits-eastern', source: 'sands', publishedAt: '2026-03-13T08:00:00.000Z',
    title: 'معرض الزهور يستقبل ١٢٬٥٠٠ زائر',
    text: 'استقبل معرض الزهور في عام ٢٠٢٥ نحو ١٢٬٥٠٠ زائر، بزيادة ٧٫٥ في المئة عن الدورة السابقة.',
  },
  {
    key: 'digits-western', source: 'star', publishedAt: '2026-03-13T10:00:00.000Z',
    title: 'محطة الرياح تنتج 3,200 ميغاواط',
    text: 'أنتجت محطة الرياح في الهضبة 3,200 ميغاواط خلال 2024، وتخطط الشركة لمضاعفة الإنتاج بحلول 2030.',
  },
  {
    key: 'digits-persian', source: 'oasis', publishedAt: '2026-03-14T08:00:00.000Z',
    title: 'ذكرى تأسيس نادي الصقور عام ۱۹۹۹',
    text: 'احتفل نادي الصقور بذكرى تأسيسه عام ۱۹۹۹ بمباراة ودية حضرها ۴۵۰ مشجعاً.',
  },
  // Clitics and prefixes: و ف ب ك ل ال وال بال لل
  {
    key: 'farmers-clitics', source: 'sands', publishedAt: '2026-03-14T10:00:00.000Z',
    title: 'المزارعون يستبشرون بالمطر في السهل',
    text: 'استبشر المزارعون في السهل الغربي بالمطر الذي هطل ليلاً، وللمزارعين حصة أكبر من مياه السد هذا الموسم. فالقرار الجديد يوزع المياه بالتساوي وكالبرق وصلت الرسالة إلى القرى.',
  },
  {
    key: 'airport', source: 'star', publishedAt: '2026-03-15T08:00:00.000Z',
    title: 'توسعة مطار الواحة الدولي',
    text: 'بدأت أعمال توسعة مطار الواحة الدولي لاستيعاب ثلاثة ملايين مسافر سنوياً، وتشمل صالة جديدة ومدرجاً ثانياً.',
  },
  // Suffixes: pronouns, feminine and plural endings, duals
  {
    key: 'housing-pronouns', source: 'oasis', publishedAt: '2026-03-15T10:00:00.000Z',
    title: 'الحكومة تعرض خطتها للإسكان',
    text: 'عرضت الحكومة خطتها الجديدة للإسكان، وصرح وزير الإسكان بأن حكومتنا ستبني عشرة آلاف مسكن وبأن وزارته ستتابع مشروعاتها بنفسها. ودعا النواب إلى نشر قراراتهم كاملة.',
  },
  {
    key: 'dual-ministers', source: 'sands', publishedAt: '2026-03-16T08:00:00.000Z',
    title: 'الوزيران يبحثان مشروعين مشتركين',
    text: 'اجتمع الوزيران في مقر الحكومتين الجارتين وبحثا مشروعين مشتركين للطاقة والنقل، واتفقا على لقاء ثانٍ خلال شهرين.',
  },
  // Protected names next to ordinary words they would collapse into if over-stemmed
  {
    key: 'lebanon', source: 'star', publishedAt: '2026-03-16T10:00:00.000Z',
    title: 'وفد من لبنان يزور معرض الزهور',
    text: 'زار وفد تجاري من لبنان معرض الزهور، وصرح رئيس الوفد بأن المنتجات اللبنانية ستعرض للمرة الأولى.',
    entities: [{ id: 'place:lebanon', kind: 'place', name: 'لبنان' }],
  },
  {
    key: 'dairy', source: 'oasis', publishedAt: '2026-03-17T08:00:00.000Z',
    title: 'ارتفاع أسعار اللبن والجبن',
    text: 'ارتفعت أسعار اللبن والجبن في أسواق المدينة بسبب قلة الأعلاف، ودعت جمعية المستهلكين إلى مراقبة الباعة.',
  },
  {
    key: 'faisal', source: 'sands', publishedAt: '2026-03-17T10:00:00.000Z',
    title: 'فيصل الحربي بطلاً للشطرنج',
    text: 'توج فيصل الحربي بطلاً لبطولة الشطرنج للناشئين بعد فوزه في المباراة النهائية على زميله.',
    entities: [{ id: 'person:~فيصل الحربي', kind: 'person', name: 'فيصل الحربي' }],
  },
  {
    key: 'train-arrives', source: 'star', publishedAt: '2026-03-18T08:00:00.000Z',
    title: 'القطار السريع يصل إلى الميناء',
    text: 'يصل القطار السريع إلى الميناء في أقل من ساعة، بعد افتتاح الخط الجديد الذي يربط الساحل بالعاصمة.',
  },
  {
    key: 'kamal', source: 'oasis', publishedAt: '2026-03-18T10:00:00.000Z',
    title: 'كمال النجار يفتتح ورشته الجديدة',
    text: 'افتتح الحرفي كمال النجار ورشته الجديدة لصناعة الأثاث الخشبي في السوق القديم.',
  },
  {
    key: 'money', source: 'sands', publishedAt: '2026-03-19T08:00:00.000Z',
    title: 'صندوق جديد يدعم المشاريع الصغيرة بالمال',
    text: 'خصص المصرف المركزي مالاً إضافياً لصندوق يدعم المشاريع الصغيرة، ورأس المال الأولي مليار دينار.',
  },
  {
    key: 'salman', source: 'star', publishedAt: '2026-03-19T10:00:00.000Z',
    title: 'سلمان العتيبي يقود فريق الإنقاذ',
    text: 'قاد سلمان العتيبي فريق الإنقاذ الذي انتشل المتسلقين العالقين في الجبل.',
    entities: [{ id: 'person:~سلمان العتيبي', kind: 'person', name: 'سلمان العتيبي' }],
  },
  {
    key: 'ladder', source: 'oasis', publishedAt: '2026-03-19T12:00:00.000Z',
    title: 'سقوط عامل عن سلم خشبي',
    text: 'أصيب عامل بكسور بعد سقوطه عن سلم خشبي في ورشة بناء، ونقل للعلاج.',
  },
  {
    key: 'taliban', source: 'sands', publishedAt: '2026-03-20T08:00:00.000Z',
    title: 'محادثات مع حركة طالبان في الدوحة',
    text: 'عقدت جولة جديدة من المحادثات مع حركة طالبان في الدوحة لبحث تبادل الأسرى.',
    entities: [{ id: 'org:taliban', kind: 'org', name: 'طالبان' }, { id: 'place:doha', kind: 'place', name: 'الدوحة' }],
  },
  {
    key: 'student', source: 'star', publishedAt: '2026-03-20T10:00:00.000Z',
    title: 'الطالب الفائز بمسابقة العلوم',
    text: 'حصد الطالب يوسف البدري المركز الأول في مسابقة العلوم الوطنية بمشروع لتنقية الماء.',
  },
  {
    key: 'olive', source: 'oasis', publishedAt: '2026-03-01T08:00:00.000Z',
    title: 'موسم الزيتون يبدأ مبكراً',
    text: 'بدأ موسم قطف الزيتون في القرى الجبلية مبكراً هذا العام بسبب الحر، ويتوقع المزارعون محصولاً وفيراً.',
  },
  {
    key: 'oil', source: 'star', publishedAt: '2026-03-01T10:00:00.000Z',
    title: 'ارتفاع سعر زيت الطهي',
    text: 'ارتفع سعر زيت الطهي في المتاجر بعد تراجع الواردات.',
  },
  {
    key: 'sudan', source: 'sands', publishedAt: '2026-03-02T10:00:00.000Z',
    title: 'قافلة مساعدات تعبر إلى السودان',
    text: 'عبرت قافلة مساعدات غذائية الحدود إلى السودان محملة بالطحين والأدوية.',
    entities: [{ id: 'place:sudan', kind: 'place', name: 'السودان' }],
  },
  {
    key: 'black-clouds', source: 'star', publishedAt: '2026-03-03T10:00:00.000Z',
    title: 'غيوم سود فوق الهضبة',
    text: 'غطت الغيوم السود سماء الهضبة مساء السبت، وحذر الراصد الجوي من سيول محتملة.',
  },
  {
    key: 'hassan', source: 'oasis', publishedAt: '2026-03-04T10:00:00.000Z',
    title: 'حسن المالكي يكرم المتفوقين',
    text: 'كرم حسن المالكي مدير التعليم الطلاب المتفوقين في حفل بالمدرج الجامعي.',
  },
  {
    key: 'hussein', source: 'sands', publishedAt: '2026-03-05T12:00:00.000Z',
    title: 'حسين الموسوي يفتتح مكتبة للأطفال',
    text: 'افتتح حسين الموسوي مكتبة صغيرة للأطفال في حي الياسمين بجهود أهالي الحي.',
  },
  {
    key: 'sulaiman', source: 'star', publishedAt: '2026-03-06T12:00:00.000Z',
    title: 'سليمان الراشد رئيساً لاتحاد الصيادين',
    text: 'انتخب الصيادون سليمان الراشد رئيساً لاتحادهم لمدة ثلاث سنوات.',
  },
  {
    key: 'salim', source: 'oasis', publishedAt: '2026-03-07T12:00:00.000Z',
    title: 'سليم الكعبي يعود من رحلته القطبية',
    text: 'عاد المغامر سليم الكعبي من رحلته إلى القطب بعد أربعة أشهر على الجليد.',
  },
  {
    key: 'arafat', source: 'sands', publishedAt: '2026-03-08T12:00:00.000Z',
    title: 'عرفات الدوري يحيي أمسية للعود',
    text: 'أحيا الموسيقي عرفات الدوري أمسية للعود في دار الأوبرا، وعزف مقطوعات من تأليفه.',
  },
  {
    key: 'custom', source: 'star', publishedAt: '2026-03-09T12:00:00.000Z',
    title: 'عرف قديم يعود إلى القرية',
    text: 'أحيا أهالي القرية عرفاً قديماً يتقاسمون فيه الخبز صباح العيد مع الجيران.',
  },
  // Similar-looking but different words
  {
    key: 'world-cup', source: 'sands', publishedAt: '2026-03-08T14:00:00.000Z',
    title: 'المنتخب يتأهل إلى كأس العالم',
    text: 'تأهل المنتخب الوطني إلى نهائيات كأس العالم بعد فوزه على ضيفه بثلاثة أهداف.',
  },
  {
    key: 'flag', source: 'star', publishedAt: '2026-03-09T14:00:00.000Z',
    title: 'رفع العلم في ساحة البلدية',
    text: 'رفع تلاميذ المدارس العلم الوطني في ساحة البلدية احتفالاً بعيد الاستقلال.',
  },
  {
    key: 'writer', source: 'oasis', publishedAt: '2026-03-10T14:00:00.000Z',
    title: 'كاتب شاب يروي حكايات البحر',
    text: 'يروي الكاتب الشاب نزار الحلو في روايته الأولى حكايات البحارة القدامى.',
  },
  {
    key: 'research', source: 'sands', publishedAt: '2026-03-11T14:00:00.000Z',
    title: 'مركز بحث جديد لأمراض النخيل',
    text: 'أسست الجامعة مركز بحث لدراسة أمراض النخيل وسبل علاجها.',
  },
  {
    key: 'moon', source: 'star', publishedAt: '2026-03-12T14:00:00.000Z',
    title: 'رصد خسوف القمر من الصحراء',
    text: 'تجمع هواة الفلك في الصحراء لرصد خسوف القمر الكلي ليلة الخميس.',
  },
  {
    key: 'wheat', source: 'oasis', publishedAt: '2026-03-13T14:00:00.000Z',
    title: 'حصاد القمح في السهول',
    text: 'بدأ حصاد القمح في السهول الجنوبية وسط توقعات بإنتاج قياسي.',
  },
  // Arabic with Latin words, and English articles
  {
    key: 'nexora', source: 'sands', publishedAt: '2026-03-14T14:00:00.000Z',
    title: 'شركة Nexora تطلق تطبيقاً لحجز المواعيد',
    text: 'أطلقت شركة Nexora الناشئة تطبيقاً لحجز مواعيد العيادات عبر الهاتف، ويعمل بالعربية والإنجليزية.',
  },
  {
    key: 'covid', source: 'star', publishedAt: '2026-03-15T14:00:00.000Z',
    title: 'جرعة معززة من لقاح COVID-19',
    text: 'بدأت العيادات إعطاء جرعة معززة من لقاح COVID-19 لكبار السن والعاملين في القطاع الصحي.',
  },
  {
    key: 'en-libraries', source: 'oasis', publishedAt: '2026-03-16T14:00:00.000Z', lang: 'en',
    title: 'Three new libraries open in Palm City',
    text: 'Palm City opened three public libraries this week, each with a reading room for children.',
  },
  {
    key: 'en-airport', source: 'sands', publishedAt: '2026-03-17T14:00:00.000Z', lang: 'en',
    title: 'Oasis airport expansion begins',
    text: 'Work began on expanding the Oasis international airport, adding a second runway and a new terminal.',
  },
  // Phrases: the words together, and the same words apart
  {
    key: 'ceasefire', source: 'star', publishedAt: '2026-03-18T14:00:00.000Z',
    title: 'إعلان وَقْف إِطْلَاق النَّار في الوادي',
    text: 'أعلن الوسطاء وَقْفَ إِطْلَاقِ النَّارِ بين الفصيلين المتنازعين ابتداءً من منتصف الليل.',
  },
  {
    key: 'fire-apart', source: 'oasis', publishedAt: '2026-03-19T14:00:00.000Z',
    title: 'حريق في مستودع قرب الوادي',
    text: 'اندلعت النار في مستودع للأخشاب، وأطلق السكان نداءات استغاثة، ثم توقف الحريق بعد وصول الدفاع المدني.',
  },
];

/** Every article in its own story, so the story-grouped search (the API's default) returns each match. */
export const RELEVANCE_ARTICLES: FixtureArticle[] = DRAFTS.map((d, i) => ({ ...d, story: 1000 + i }));
