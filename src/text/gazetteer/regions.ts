// Regions, continents, seas, rivers, straits and provinces: slug | Arabic name | other names | country slug (when the
// region lies inside one country) | adjective stems.
export const REGIONS = `
# Continents and world regions
middle-east | الشرق الأوسط | منطقة الشرق الأوسط، الشرق الاوسط | |
north-africa | شمال أفريقيا | شمال إفريقيا | |
gulf | الخليج | الخليج العربي، منطقة الخليج، الخليج الفارسي، دول الخليج | | خليجي
central-asia | آسيا الوسطى | وسط آسيا | |
asia | آسيا | القارة الآسيوية | | آسيوي
europe | أوروبا | القارة الأوروبية، القارة العجوز | | أوروبي
africa | أفريقيا | إفريقيا، القارة الأفريقية، القارة السمراء | | أفريقي، إفريقي
latin-america | أمريكا اللاتينية | أميركا اللاتينية | | لاتيني
south-america | أمريكا الجنوبية | أميركا الجنوبية | |
north-america | أمريكا الشمالية | أميركا الشمالية | |
far-east | الشرق الأقصى | | |
balkans | البلقان | منطقة البلقان | |
caucasus | القوقاز | منطقة القوقاز، شمال القوقاز | | قوقازي
sahel | منطقة الساحل | الساحل الأفريقي، دول الساحل، الساحل والصحراء | |
horn-of-africa | القرن الأفريقي | القرن الإفريقي | |
maghreb | المغرب العربي | بلدان المغرب العربي، دول المغرب العربي | |
levant | بلاد الشام | المشرق العربي | |
arabian-peninsula | شبه الجزيرة العربية | الجزيرة العربية | |
korean-peninsula | شبه الجزيرة الكورية | | |
indo-pacific | المحيطين الهندي والهادئ | منطقة المحيطين الهندي والهادئ | |
oceania | أوقيانوسيا | | |
antarctica | القارة القطبية الجنوبية | أنتاركتيكا | |
arctic | القطب الشمالي | المنطقة القطبية الشمالية | |
siberia | سيبيريا | | russia |
anatolia | الأناضول | | turkey |
andalusia | الأندلس | | spain |
sahara | الصحراء الكبرى | | |
empty-quarter | الربع الخالي | | saudi-arabia |
eastern-europe | أوروبا الشرقية | شرق أوروبا | |
western-europe | أوروبا الغربية | غرب أوروبا | |
southeast-asia | جنوب شرق آسيا | جنوب شرقي آسيا | |
south-asia | جنوب آسيا | | |
west-africa | غرب أفريقيا | غرب إفريقيا | |
east-africa | شرق أفريقيا | شرق إفريقيا | |
# Palestine, Israel, Levant
west-bank | الضفة الغربية | الضفة الغربية المحتلة | palestine |
gaza-strip | قطاع غزة | | palestine |
golan | الجولان | هضبة الجولان، مرتفعات الجولان، الجولان السوري المحتل | syria |
negev | النقب | صحراء النقب | israel |
galilee | الجليل | الجليل الأعلى | israel |
jordan-valley | غور الأردن | | |
al-aqsa | المسجد الأقصى | الحرم القدسي، باحات الأقصى | palestine |
ibrahimi-mosque | الحرم الإبراهيمي | | palestine |
bekaa | البقاع | سهل البقاع | lebanon |
south-lebanon | جنوب لبنان | الجنوب اللبناني | lebanon |
litani | نهر الليطاني | الليطاني | lebanon |
# Iraq, Syria provinces
anbar | الأنبار | محافظة الأنبار | iraq |
nineveh | نينوى | محافظة نينوى، سهل نينوى | iraq |
diyala | ديالى | محافظة ديالى | iraq |
salahuddin | محافظة صلاح الدين | | iraq |
wasit | محافظة واسط | | iraq |
dhi-qar | ذي قار | محافظة ذي قار | iraq |
maysan | ميسان | محافظة ميسان | iraq |
babil | محافظة بابل | بابل | iraq |
muthanna | محافظة المثنى | | iraq |
qadisiyah | محافظة القادسية | | iraq |
green-zone | المنطقة الخضراء | | iraq |
northeast-syria | شمال شرق سوريا | شمال شرقي سوريا | syria |
northwest-syria | شمال غرب سوريا | شمال غربي سوريا | syria |
# Egypt, Sudan, Yemen, Maghreb
sinai | سيناء | شبه جزيرة سيناء، شمال سيناء، جنوب سيناء | egypt |
darfur | دارفور | إقليم دارفور، شمال دارفور، جنوب دارفور، غرب دارفور | sudan |
kordofan | كردفان | شمال كردفان، جنوب كردفان، غرب كردفان | sudan |
blue-nile-state | ولاية النيل الأزرق | | sudan |
gezira-state | ولاية الجزيرة | | sudan |
red-sea-state | ولاية البحر الأحمر | | sudan |
tigray | تيغراي | إقليم تيغراي | ethiopia |
amhara | أمهرة | إقليم أمهرة | ethiopia |
puntland | بونتلاند | | somalia |
fezzan | فزان | إقليم فزان | libya |
cyrenaica | برقة | إقليم برقة | libya |
kabylie | منطقة القبائل | | algeria |
rif | الريف المغربي | منطقة الريف | morocco |
# Iran, Turkey, South Asia, Far East
sistan-baluchestan | سيستان وبلوشستان | سيستان بلوشستان | iran |
kurdistan | كردستان | | |
kurdistan-region | إقليم كردستان | إقليم كردستان العراق، كردستان العراق | iraq |
kashmir | كشمير | جامو وكشمير، إقليم كشمير | |
punjab | البنجاب | | |
tibet | التبت | | china |
xinjiang | شينجيانغ | إقليم شينجيانغ، تركستان الشرقية | china |
taiwan-strait | مضيق تايوان | | |
# Seas, gulfs, straits, rivers, mountains
red-sea | البحر الأحمر | | |
mediterranean | البحر المتوسط | البحر الأبيض المتوسط | |
black-sea | البحر الأسود | | |
caspian-sea | بحر قزوين | | |
arabian-sea | بحر العرب | | |
dead-sea | البحر الميت | | |
south-china-sea | بحر الصين الجنوبي | | |
east-china-sea | بحر الصين الشرقي | | |
baltic-sea | بحر البلطيق | | |
north-sea | بحر الشمال | | |
aegean-sea | بحر إيجه | | |
caribbean | البحر الكاريبي | منطقة الكاريبي | |
gulf-of-mexico | خليج المكسيك | خليج أمريكا | |
gulf-of-aden | خليج عدن | | |
gulf-of-oman | خليج عمان | | |
gulf-of-aqaba | خليج العقبة | | |
strait-of-hormuz | مضيق هرمز | | |
bab-el-mandeb | باب المندب | مضيق باب المندب | |
bosphorus | مضيق البوسفور | البوسفور | turkey |
strait-of-gibraltar | مضيق جبل طارق | | |
gibraltar | جبل طارق | | united-kingdom |
suez-canal | قناة السويس | | egypt |
panama-canal | قناة بنما | | panama |
nile | نهر النيل | النيل | |
euphrates | نهر الفرات | الفرات | |
tigris | نهر دجلة | دجلة | |
jordan-river | نهر الأردن | | |
atlantic | المحيط الأطلسي | المحيط الأطلنطي | |
pacific | المحيط الهادئ | المحيط الهادي | |
indian-ocean | المحيط الهندي | | |
arctic-ocean | المحيط المتجمد الشمالي | | |
alps | جبال الألب | | |
himalayas | جبال الهيمالايا | الهيمالايا | |
atlas-mountains | جبال الأطلس | | |
falklands | جزر فوكلاند | جزر مالفيناس | united-kingdom |
canary-islands | جزر الكناري | | spain |
sardinia | سردينيا | | italy |
corsica | كورسيكا | | france |
hawaii | هاواي | | usa |
alaska | ألاسكا | | usa |
# Sub-national units of the great powers
california | كاليفورنيا | ولاية كاليفورنيا | usa |
texas | تكساس | ولاية تكساس | usa |
florida | فلوريدا | ولاية فلوريدا | usa |
arizona | أريزونا | ولاية أريزونا | usa |
michigan | ميشيغان | ولاية ميشيغان | usa |
pennsylvania | بنسلفانيا | ولاية بنسلفانيا | usa |
georgia-us | ولاية جورجيا | جورجيا الأمريكية | usa |
ohio | أوهايو | ولاية أوهايو | usa |
virginia | فيرجينيا | ولاية فيرجينيا | usa |
north-carolina | كارولاينا الشمالية | نورث كارولاينا | usa |
wisconsin | ويسكونسن | ولاية ويسكونسن | usa |
nevada | نيفادا | ولاية نيفادا | usa |
illinois | إلينوي | ولاية إلينوي | usa |
massachusetts | ماساتشوستس | ولاية ماساتشوستس | usa |
minnesota | مينيسوتا | ولاية مينيسوتا | usa |
colorado | كولورادو | ولاية كولورادو | usa |
iowa | أيوا | ولاية أيوا | usa |
louisiana | لويزيانا | ولاية لويزيانا | usa |
maryland | ميريلاند | ماريلاند | usa |
washington-state | ولاية واشنطن | | usa |
new-jersey | نيوجيرسي | نيو جيرسي | usa |
new-york-state | ولاية نيويورك | | usa |
quebec | كيبيك | كيبك | canada |
ontario | أونتاريو | | canada |
england | إنجلترا | إنكلترا، انجلترا | united-kingdom | إنجليزي، إنكليزي
scotland | إسكتلندا | اسكتلندا، أسكتلندا | united-kingdom | إسكتلندي، أسكتلندي
wales | ويلز | | united-kingdom |
northern-ireland | إيرلندا الشمالية | أيرلندا الشمالية | united-kingdom |
bavaria | بافاريا | | germany |
catalonia | كتالونيا | كاتالونيا | spain | كتالوني
`;
