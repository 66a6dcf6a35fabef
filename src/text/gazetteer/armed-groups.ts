// Armed groups and movements: slug | Arabic name | other names | country slug | adjective stems.
// Names are the ones the Arabic press uses; no label implies a political judgement beyond identifying the group.
export const ARMED_GROUPS = `
taliban | طالبان | حركة طالبان، طالبان الأفغانية | afghanistan |
ttp | حركة طالبان باكستان | طالبان باكستان، تحريك طالبان باكستان | pakistan |
haqqani-network | شبكة حقاني | | afghanistan |
isis | تنظيم الدولة الإسلامية | داعش، تنظيم داعش، تنظيم الدولة، الدولة الإسلامية، الدولة الإسلامية في العراق والشام، دولة الخلافة | | داعشي
isis-k | ولاية خراسان | داعش خراسان، تنظيم الدولة ولاية خراسان | afghanistan |
al-qaeda | تنظيم القاعدة | القاعدة | | قاعدي
aqap | تنظيم القاعدة في جزيرة العرب | القاعدة في جزيرة العرب | yemen |
aqim | تنظيم القاعدة في بلاد المغرب الإسلامي | القاعدة في بلاد المغرب الإسلامي | |
jnim | جماعة نصرة الإسلام والمسلمين | نصرة الإسلام والمسلمين | mali |
al-shabaab | حركة الشباب المجاهدين | حركة الشباب، الشباب المجاهدين، حركة الشباب الصومالية | somalia |
boko-haram | بوكو حرام | جماعة بوكو حرام | nigeria |
hezbollah | حزب الله | حزب الله اللبناني | lebanon |
kataib-hezbollah | كتائب حزب الله | كتائب حزب الله العراقية | iraq |
amal | حركة أمل | | lebanon |
hamas | حركة حماس | حماس، حركة المقاومة الإسلامية | palestine |
qassam-brigades | كتائب القسام | كتائب عز الدين القسام | palestine |
islamic-jihad | حركة الجهاد الإسلامي | الجهاد الإسلامي، حركة الجهاد الإسلامي في فلسطين | palestine |
quds-brigades | سرايا القدس | | palestine |
al-aqsa-martyrs | كتائب شهداء الأقصى | | palestine |
lions-den | عرين الأسود | مجموعة عرين الأسود | palestine |
houthis | الحوثيون | الحوثيين، أنصار الله، جماعة أنصار الله، جماعة الحوثي، جماعة الحوثيين | yemen | حوثي
hts | هيئة تحرير الشام | جبهة النصرة، جبهة فتح الشام | syria |
sdf | قوات سوريا الديمقراطية | قسد | syria |
ypg | وحدات حماية الشعب | وحدات حماية الشعب الكردية | syria |
pyd | حزب الاتحاد الديمقراطي | | syria |
pkk | حزب العمال الكردستاني | بي كا كا، بي كي كي | turkey |
jaysh-al-islam | جيش الإسلام | | syria |
ahrar-al-sham | حركة أحرار الشام | أحرار الشام | syria |
pmf | الحشد الشعبي | هيئة الحشد الشعبي، قوات الحشد الشعبي | iraq |
asaib-ahl-al-haq | عصائب أهل الحق | العصائب | iraq |
nujaba | حركة النجباء | النجباء | iraq |
badr-organization | منظمة بدر | | iraq |
islamic-resistance-iraq | المقاومة الإسلامية في العراق | | iraq |
rsf-sudan | قوات الدعم السريع | الدعم السريع | sudan |
jem | حركة العدل والمساواة | | sudan |
slm | حركة تحرير السودان | | sudan |
splm-n | الحركة الشعبية لتحرير السودان شمال | الحركة الشعبية شمال | sudan |
wagner | مجموعة فاغنر | فاغنر، قوات فاغنر، فاغنر الروسية | russia |
africa-corps | الفيلق الأفريقي | الفيلق الإفريقي | russia |
polisario | جبهة البوليساريو | البوليساريو | western-sahara |
tplf | جبهة تحرير شعب تيغراي | جبهة تحرير تيغراي | ethiopia |
m23 | حركة 23 مارس | إم 23 | drc |
mek | منظمة مجاهدي خلق | مجاهدي خلق، مجاهدو خلق | iran |
jaish-al-adl | جيش العدل | | iran |
bla | جيش تحرير بلوشستان | | pakistan |
tip | الحزب الإسلامي التركستاني | | china |
lashkar-e-taiba | لشكر طيبة | عسكر طيبة | pakistan |
jaish-e-mohammed | جيش محمد | | pakistan |
ira | الجيش الجمهوري الإيرلندي | | united-kingdom |
farc | القوات المسلحة الثورية الكولومبية | فارك | colombia |
azov | كتيبة آزوف | آزوف | ukraine |
janjaweed | الجنجويد | | sudan |
fano | ميليشيا فانو | فانو | ethiopia |
`;
