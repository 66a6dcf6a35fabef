// News outlets and agencies: slug | Arabic name | other names | country slug.
// Outlet names that are common words (العربية، الأخبار، النهار، الحياة) are listed only with "قناة"/"صحيفة".
export const MEDIA = `
al-jazeera | قناة الجزيرة | شبكة الجزيرة، الجزيرة نت، موقع الجزيرة نت | qatar |
al-jazeera-mubasher | الجزيرة مباشر | | qatar |
al-arabiya | قناة العربية | العربية نت، قناة العربية الإخبارية، العربية.نت | saudi-arabia |
al-hadath | قناة الحدث | | saudi-arabia |
sky-news-arabia | سكاي نيوز عربية | | uae |
sky-news | سكاي نيوز | | united-kingdom |
bbc | بي بي سي | هيئة الإذاعة البريطانية، بي بي سي عربي | united-kingdom |
cnn | سي إن إن | سي ان ان، شبكة سي إن إن | usa |
reuters | رويترز | وكالة رويترز | united-kingdom |
afp | وكالة الصحافة الفرنسية | فرانس برس، وكالة فرانس برس، أ ف ب | france |
ap | أسوشيتد برس | وكالة أسوشيتد برس، أسوشييتد برس، الأسوشيتد برس | usa |
bloomberg | بلومبرغ | وكالة بلومبرغ، بلومبيرغ | usa |
dpa | وكالة الأنباء الألمانية | | germany |
anadolu | وكالة الأناضول | الأناضول للأنباء | turkey |
trt | تي آر تي | تي آر تي عربي | turkey |
sana | وكالة الأنباء السورية | سانا، الوكالة العربية السورية للأنباء | syria |
spa | وكالة الأنباء السعودية | واس | saudi-arabia |
wam | وكالة أنباء الإمارات | وام | uae |
qna | وكالة الأنباء القطرية | | qatar |
kuna | وكالة الأنباء الكويتية | كونا | kuwait |
petra | وكالة الأنباء الأردنية | بترا | jordan |
wafa | وكالة الأنباء الفلسطينية | وفا | palestine |
mena | وكالة أنباء الشرق الأوسط | | egypt |
map | وكالة المغرب العربي للأنباء | | morocco |
aps | وكالة الأنباء الجزائرية | | algeria |
tap | وكالة تونس أفريقيا للأنباء | | tunisia |
ina | وكالة الأنباء العراقية | | iraq |
nna | الوكالة الوطنية للإعلام | | lebanon |
saba | وكالة سبأ | | yemen |
suna | وكالة السودان للأنباء | سونا | sudan |
tass | وكالة تاس | تاس | russia |
ria-novosti | ريا نوفوستي | وكالة ريا نوفوستي | russia |
sputnik | سبوتنيك | وكالة سبوتنيك | russia |
interfax | إنترفاكس | وكالة إنترفاكس | russia |
rt | روسيا اليوم | قناة روسيا اليوم، آر تي، آر تي عربي | russia |
xinhua | شينخوا | وكالة شينخوا، وكالة أنباء الصين الجديدة | china |
cgtn | سي جي تي إن | | china |
kyodo | كيودو | وكالة كيودو | japan |
yonhap | يونهاب | وكالة يونهاب | south-korea |
irna | إرنا | وكالة إرنا، وكالة الجمهورية الإسلامية للأنباء | iran |
tasnim | وكالة تسنيم | تسنيم | iran |
fars | وكالة فارس | فارس للأنباء | iran |
mehr | وكالة مهر | مهر للأنباء | iran |
press-tv | برس تي في | | iran |
al-mayadeen | قناة الميادين | | lebanon |
al-manar | قناة المنار | | lebanon |
al-masirah | قناة المسيرة | | yemen |
nyt | نيويورك تايمز | صحيفة نيويورك تايمز | usa |
washington-post | واشنطن بوست | صحيفة واشنطن بوست | usa |
wsj | وول ستريت جورنال | صحيفة وول ستريت جورنال | usa |
guardian | الغارديان | صحيفة الغارديان، الجارديان | united-kingdom |
the-times | التايمز | صحيفة التايمز | united-kingdom |
ft | فايننشال تايمز | فاينانشال تايمز، فايننشيال تايمز | united-kingdom |
economist | الإيكونوميست | مجلة الإيكونوميست | united-kingdom |
independent | الإندبندنت | إندبندنت عربية | united-kingdom |
le-monde | لوموند | صحيفة لوموند | france |
le-figaro | لوفيغارو | | france |
der-spiegel | دير شبيغل | شبيغل | germany |
haaretz | هآرتس | صحيفة هآرتس | israel |
yedioth | يديعوت أحرونوت | يديعوت | israel |
maariv | معاريف | صحيفة معاريف | israel |
times-of-israel | تايمز أوف إسرائيل | | israel |
jerusalem-post | جيروزاليم بوست | | israel |
kan | هيئة البث الإسرائيلية | | israel |
fox-news | فوكس نيوز | | usa |
nbc | إن بي سي | شبكة إن بي سي | usa |
cbs | سي بي إس | شبكة سي بي إس | usa |
abc-news | إيه بي سي | شبكة إيه بي سي | usa |
axios | أكسيوس | موقع أكسيوس | usa |
politico | بوليتيكو | | usa |
cnbc | سي إن بي سي | | usa |
france24 | فرانس 24 | فرانس ٢٤ | france |
dw | دويتشه فيله | | germany |
euronews | يورونيوز | | |
alhurra | قناة الحرة | | usa |
asharq-al-awsat | صحيفة الشرق الأوسط | | saudi-arabia |
al-ahram | صحيفة الأهرام | بوابة الأهرام | egypt |
al-masry-al-youm | المصري اليوم | | egypt |
youm7 | اليوم السابع | | egypt |
al-quds-al-arabi | القدس العربي | | united-kingdom |
al-araby-al-jadeed | العربي الجديد | | qatar |
middle-east-eye | ميدل إيست آي | | united-kingdom |
an-nahar | صحيفة النهار | | lebanon |
al-akhbar | صحيفة الأخبار | | lebanon |
`;
