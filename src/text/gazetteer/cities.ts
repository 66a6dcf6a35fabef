// Cities and towns: slug | Arabic name | other spellings | country slug.
// A capital names the city, not its government: "واشنطن" is place:washington with country place:usa, so a reader can
// roll it up to the state when it wants metonymy, without the gazetteer guessing for it.
// Names that are also common words (صور، العين، الباب، الخبر، الجديدة ...) appear only in a longer form.
export const CITIES = `
# Syria
damascus | دمشق | الشام، العاصمة السورية دمشق | syria
aleppo | حلب | | syria
qalamoun | القلمون | | syria
al-ghab | سهل الغاب | | syria
homs | حمص | | syria
hama | حماة | حماه | syria
latakia | اللاذقية | | syria
tartus | طرطوس | | syria
idlib | إدلب | ادلب | syria
raqqa | الرقة | | syria
deir-ez-zor | دير الزور | دير الزور | syria
hasakah | الحسكة | | syria
qamishli | القامشلي | | syria
daraa | درعا | | syria
sweida | السويداء | | syria
quneitra | القنيطرة | | syria
manbij | منبج | | syria
afrin | عفرين | | syria
al-bab | مدينة الباب | | syria
jarabulus | جرابلس | | syria
azaz | أعزاز | اعزاز، عزاز | syria
saraqib | سراقب | | syria
maarat-al-numan | معرة النعمان | | syria
khan-shaykhun | خان شيخون | | syria
douma | دوما | | syria
eastern-ghouta | الغوطة الشرقية | الغوطة | syria
darayya | داريا | | syria
zabadani | الزبداني | | syria
madaya | مضايا | | syria
harasta | حرستا | | syria
arbin | عربين | | syria
al-fuah | الفوعة | | syria
kafriya | كفريا | | syria
al-qaryatayn | القريتين | | syria
marea | مارع | | syria
tal-rifaat | تل رفعت | | syria
al-lataminah | اللطامنة | | syria
morek | مورك | | syria
nubl | بلدة نبل | | syria
sheikh-miskin | الشيخ مسكين | | syria
palmyra | تدمر الأثرية | مدينة تدمر | syria
jableh | جبلة | | syria
baniyas | بانياس | | syria
kobani | عين العرب | كوباني | syria
ras-al-ain | رأس العين | | syria
tal-abyad | تل أبيض | | syria
al-tanf | التنف | | syria
albukamal | البوكمال | | syria
mayadin | مدينة الميادين | | syria
qardaha | القرداحة | | syria
yabroud | يبرود | | syria
al-qusayr | مدينة القصير | | syria
# Iraq
baghdad | بغداد | | iraq
basra | البصرة | | iraq
mosul | الموصل | | iraq
al-karmah | الكرمة | | iraq
amerli | آمرلي | امرلي | iraq
makhmur | مخمور | | iraq
bashiqa | بعشيقة | | iraq
erbil | أربيل | اربيل، هولير | iraq
kirkuk | كركوك | | iraq
sulaymaniyah | السليمانية | | iraq
najaf | النجف | | iraq
karbala | كربلاء | | iraq
fallujah | الفلوجة | | iraq
ramadi | الرمادي | | iraq
tikrit | تكريت | | iraq
samarra | سامراء | | iraq
baqubah | بعقوبة | | iraq
hillah | الحلة | | iraq
kut | الكوت | | iraq
nasiriyah | الناصرية | | iraq
amarah | مدينة العمارة | | iraq
diwaniyah | الديوانية | | iraq
samawah | السماوة | | iraq
duhok | دهوك | | iraq
zakho | زاخو | | iraq
sinjar | سنجار | | iraq
tal-afar | تلعفر | | iraq
kufa | الكوفة | | iraq
abu-ghraib | أبو غريب | | iraq
jurf-al-sakhar | جرف الصخر | جرف النصر | iraq
baiji | بيجي | | iraq
halabja | حلبجة | | iraq
ain-al-asad | عين الأسد | قاعدة عين الأسد | iraq
# Lebanon
beirut | بيروت | | lebanon
tripoli-lebanon | طرابلس اللبنانية | طرابلس الشام | lebanon
sidon | صيدا | | lebanon
tyre | مدينة صور | | lebanon
nabatieh | النبطية | | lebanon
baalbek | بعلبك | | lebanon
hermel | الهرمل | | lebanon
zahle | زحلة | | lebanon
jounieh | جونيه | | lebanon
byblos | جبيل | | lebanon
dahiyeh | الضاحية الجنوبية | الضاحية الجنوبية لبيروت | lebanon
bint-jbeil | بنت جبيل | | lebanon
marjayoun | مرجعيون | | lebanon
naqoura | الناقورة | | lebanon
shebaa | شبعا | مزارع شبعا | lebanon
# Palestine
jerusalem | القدس | القدس الشريف، بيت المقدس، القدس المحتلة | palestine
east-jerusalem | القدس الشرقية | | palestine
gaza | مدينة غزة | غزة | palestine
ramallah | رام الله | | palestine
nablus | نابلس | | palestine
jenin | جنين | | palestine
hebron | الخليل | | palestine
bethlehem | بيت لحم | | palestine
jericho | أريحا | اريحا | palestine
tulkarm | طولكرم | | palestine
qalqilya | قلقيلية | | palestine
salfit | سلفيت | | palestine
tubas | طوباس | | palestine
rafah | رفح | | palestine
khan-younis | خان يونس | خانيونس | palestine
deir-al-balah | دير البلح | | palestine
jabalia | جباليا | | palestine
beit-hanoun | بيت حانون | | palestine
beit-lahia | بيت لاهيا | | palestine
nuseirat | النصيرات | | palestine
bureij | البريج | | palestine
maghazi | المغازي | | palestine
shujaiya | الشجاعية | | palestine
tal-al-hawa | تل الهوى | | palestine
mawasi | المواصي | | palestine
# Israel
tel-aviv | تل أبيب | تل ابيب | israel
haifa | حيفا | | israel
jaffa | يافا | | israel
acre | عكا | | israel
nazareth | الناصرة | | israel
beersheba | بئر السبع | | israel
eilat | إيلات | ايلات، أم الرشراش | israel
ashdod | أسدود | اسدود | israel
ashkelon | عسقلان | | israel
sderot | سديروت | | israel
netanya | نتانيا | | israel
herzliya | هرتسليا | | israel
safed | صفد | | israel
tiberias | طبريا | | israel
lod | اللد | | israel
ramla | الرملة | | israel
umm-al-fahm | أم الفحم | | israel
dimona | ديمونا | | israel
kiryat-shmona | كريات شمونة | كريات شمونه | israel
# Jordan
amman | =عمّان | العاصمة الأردنية عمان، عمان العاصمة الأردنية | jordan
zarqa | مدينة الزرقاء | | jordan
irbid | إربد | اربد | jordan
aqaba | مدينة العقبة | ميناء العقبة | jordan
salt | مدينة السلط | | jordan
madaba | مادبا | | jordan
karak | الكرك | | jordan
maan | مدينة معان | محافظة معان | jordan
jerash | جرش | | jordan
mafraq | مدينة المفرق | محافظة المفرق | jordan
ramtha | الرمثا | | jordan
# Egypt
cairo | القاهرة | | egypt
alexandria | الإسكندرية | الاسكندرية | egypt
giza | الجيزة | | egypt
monufia | المنوفية | | egypt
dakahlia | الدقهلية | | egypt
qalyubia | القليوبية | | egypt
gharbia | محافظة الغربية | | egypt
beheira | محافظة البحيرة | | egypt
port-said | بورسعيد | بور سعيد | egypt
suez | السويس | | egypt
ismailia | الإسماعيلية | | egypt
luxor | الأقصر | | egypt
aswan | أسوان | اسوان | egypt
mansoura | المنصورة | | egypt
tanta | طنطا | | egypt
zagazig | الزقازيق | | egypt
damietta | دمياط | | egypt
minya | المنيا | | egypt
asyut | أسيوط | اسيوط | egypt
sohag | سوهاج | | egypt
qena | قنا | | egypt
faiyum | الفيوم | | egypt
beni-suef | بني سويف | | egypt
sharm-el-sheikh | شرم الشيخ | | egypt
hurghada | الغردقة | | egypt
arish | العريش | | egypt
el-alamein | العلمين | العلمين الجديدة | egypt
marsa-matruh | مرسى مطروح | مطروح | egypt
damanhur | دمنهور | | egypt
kafr-el-sheikh | كفر الشيخ | | egypt
mahalla | المحلة الكبرى | | egypt
new-administrative-capital | العاصمة الإدارية الجديدة | العاصمة الإدارية | egypt
helwan | حلوان | | egypt
# Saudi Arabia
riyadh | الرياض | | saudi-arabia
jeddah | جدة | | saudi-arabia
mecca | مكة المكرمة | مكة | saudi-arabia
medina | المدينة المنورة | | saudi-arabia
dammam | الدمام | | saudi-arabia
dhahran | الظهران | | saudi-arabia
taif | الطائف | | saudi-arabia
tabuk | تبوك | | saudi-arabia
abha | أبها | ابها | saudi-arabia
jazan | جازان | جيزان | saudi-arabia
najran | نجران | | saudi-arabia
hail | حائل | | saudi-arabia
buraidah | بريدة | | saudi-arabia
qassim | القصيم | | saudi-arabia
al-ahsa | الأحساء | الاحساء | saudi-arabia
jubail | الجبيل | | saudi-arabia
yanbu | مدينة ينبع | ينبع الصناعية، محافظة ينبع | saudi-arabia
neom | نيوم | | saudi-arabia
alula | العلا | | saudi-arabia
khamis-mushait | خميس مشيط | | saudi-arabia
qatif | القطيف | | saudi-arabia
arar | عرعر | | saudi-arabia
# Yemen
sanaa | صنعاء | | yemen
aden | عدن | | yemen
taiz | تعز | | yemen
hodeidah | الحديدة | | yemen
marib | مأرب | | yemen
ibb | محافظة إب | مدينة إب | yemen
hadramawt | حضرموت | | yemen
mukalla | المكلا | | yemen
shabwa | شبوة | | yemen
abyan | أبين | | yemen
lahj | لحج | | yemen
dhale | الضالع | | yemen
saada | صعدة | | yemen
hajjah | محافظة حجة | مدينة حجة | yemen
dhamar | ذمار | | yemen
mahra | المهرة | | yemen
socotra | سقطرى | سقطرة | yemen
# Gulf
doha | الدوحة | | qatar
lusail | لوسيل | | qatar
abu-dhabi | أبوظبي | أبو ظبي، ابوظبي | uae
dubai | دبي | | uae
sharjah | الشارقة | | uae
ajman | عجمان | | uae
ras-al-khaimah | رأس الخيمة | | uae
fujairah | الفجيرة | | uae
umm-al-quwain | أم القيوين | | uae
al-ain | مدينة العين | | uae
kuwait-city | مدينة الكويت | | kuwait
manama | المنامة | | bahrain
muscat | مسقط | | oman
salalah | صلالة | | oman
sohar | صحار | | oman
nizwa | نزوى | | oman
duqm | الدقم | | oman
# Libya
tripoli | طرابلس | طرابلس الغرب، العاصمة الليبية طرابلس | libya
benghazi | بنغازي | | libya
misrata | مصراتة | مصراته | libya
zliten | زليتن | | libya
al-khums | مدينة الخمس | | libya
sirte | سرت | | libya
derna | درنة | | libya
sabha | سبها | | libya
zawiya | مدينة الزاوية | | libya
tobruk | طبرق | | libya
ajdabiya | أجدابيا | اجدابيا | libya
gharyan | غريان | | libya
tarhuna | ترهونة | | libya
kufra | مدينة الكفرة | واحة الكفرة | libya
zuwara | زوارة | | libya
ghadames | غدامس | | libya
ras-lanuf | راس لانوف | رأس لانوف | libya
brega | البريقة | | libya
# Tunisia
tunis | تونس العاصمة | العاصمة التونسية | tunisia
sfax | صفاقس | | tunisia
sousse | سوسة | | tunisia
kairouan | القيروان | | tunisia
bizerte | بنزرت | | tunisia
gabes | قابس | | tunisia
gafsa | قفصة | | tunisia
monastir | المنستير | | tunisia
nabeul | نابل | | tunisia
medenine | مدنين | | tunisia
tataouine | تطاوين | | tunisia
sidi-bouzid | سيدي بوزيد | | tunisia
kasserine | القصرين | | tunisia
djerba | جربة | | tunisia
jendouba | جندوبة | | tunisia
tozeur | توزر | | tunisia
# Algeria
algiers | الجزائر العاصمة | العاصمة الجزائرية | algeria
oran | وهران | | algeria
constantine | قسنطينة | | algeria
annaba | عنابة | | algeria
blida | البليدة | | algeria
setif | سطيف | | algeria
batna | باتنة | | algeria
tlemcen | تلمسان | | algeria
bejaia | بجاية | | algeria
tizi-ouzou | تيزي وزو | | algeria
ouargla | ورقلة | | algeria
ghardaia | غرداية | | algeria
bechar | ولاية بشار | | algeria
tamanrasset | تمنراست | | algeria
skikda | سكيكدة | | algeria
chlef | الشلف | | algeria
biskra | بسكرة | | algeria
tipaza | تيبازة | | algeria
mostaganem | مستغانم | | algeria
# Morocco
rabat | الرباط | | morocco
casablanca | الدار البيضاء | كازابلانكا | morocco
fez | فاس | | morocco
marrakesh | مراكش | | morocco
tangier | طنجة | | morocco
agadir | أكادير | اكادير | morocco
meknes | مكناس | | morocco
oujda | مدينة وجدة | | morocco
tetouan | تطوان | | morocco
laayoune | مدينة العيون | | morocco
dakhla | مدينة الداخلة | | morocco
al-hoceima | الحسيمة | | morocco
nador | الناظور | | morocco
kenitra | مدينة القنيطرة المغربية | | morocco
essaouira | الصويرة | | morocco
safi | آسفي | | morocco
ceuta | سبتة | | spain
melilla | مليلية | | spain
# Mauritania, Sudan, Horn of Africa
nouakchott | نواكشوط | | mauritania
nouadhibou | نواذيبو | | mauritania
khartoum | الخرطوم | | sudan
omdurman | أم درمان | | sudan
port-sudan | بورتسودان | بور سودان | sudan
el-fasher | الفاشر | | sudan
nyala | نيالا | | sudan
el-geneina | الجنينة | | sudan
kassala | كسلا | | sudan
wad-madani | ود مدني | | sudan
atbara | عطبرة | | sudan
el-obeid | مدينة الأبيض | | sudan
kadugli | كادقلي | | sudan
juba | جوبا | | south-sudan
mogadishu | مقديشو | | somalia
hargeisa | هرجيسا | | somalia
kismayo | كيسمايو | | somalia
baidoa | بيدوا | | somalia
bosaso | بوصاصو | | somalia
addis-ababa | أديس أبابا | اديس ابابا | ethiopia
asmara | أسمرة | اسمرة | eritrea
djibouti-city | مدينة جيبوتي | | djibouti
moroni | موروني | | comoros
# Turkey, Iran, Caucasus, Central and South Asia
ankara | أنقرة | انقرة | turkey
istanbul | إسطنبول | اسطنبول، إستانبول، استانبول | turkey
izmir | إزمير | ازمير | turkey
suruc | سوروج | بلدة سروج، مدينة سروج، سوروتش | turkey
qandil | جبال قنديل | جبل قنديل | iraq
antalya | أنطاليا | انطاليا | turkey
bursa | مدينة بورصة | | turkey
adana | أضنة | | turkey
gaziantep | غازي عنتاب | عنتاب | turkey
diyarbakir | ديار بكر | دياربكر | turkey
sanliurfa | شانلي أورفا | أورفا | turkey
hatay | هاتاي | لواء إسكندرون | turkey
antakya | أنطاكية | انطاكية | turkey
kahramanmaras | كهرمان مرعش | | turkey
mersin | مرسين | | turkey
konya | قونية | | turkey
trabzon | طرابزون | | turkey
incirlik | إنجرليك | قاعدة إنجرليك | turkey
malatya | ملاطية | | turkey
tehran | طهران | | iran
mashhad | مشهد | | iran
isfahan | أصفهان | اصفهان | iran
shiraz | شيراز | | iran
tabriz | تبريز | | iran
qom | قم | | iran
ahvaz | الأهواز | الاهواز | iran
kerman | كرمان | | iran
kermanshah | كرمانشاه | | iran
yazd | يزد | | iran
bandar-abbas | بندر عباس | | iran
zahedan | زاهدان | | iran
natanz | نطنز | | iran
fordow | فوردو | | iran
bushehr | بوشهر | | iran
abadan | عبادان | | iran
khuzestan | خوزستان | الأحواز | iran
kharg | جزيرة خرج | | iran
baku | باكو | | azerbaijan
tbilisi | تبليسي | | georgia
yerevan | يريفان | | armenia
nagorno-karabakh | ناغورني قره باغ | قره باغ، ناغورنو كاراباخ | azerbaijan
tashkent | طشقند | طاشقند | uzbekistan
samarkand | سمرقند | | uzbekistan
bukhara | بخارى | | uzbekistan
termez | ترمذ | | uzbekistan
fergana | فرغانة | | uzbekistan
astana | أستانا | نور سلطان | kazakhstan
almaty | ألماتي | الماتي | kazakhstan
bishkek | بيشكيك | | kyrgyzstan
dushanbe | دوشنبه | | tajikistan
ashgabat | عشق آباد | عشق اباد | turkmenistan
kabul | كابل | | afghanistan
kandahar | قندهار | | afghanistan
herat | هرات | | afghanistan
mazar-i-sharif | مزار شريف | | afghanistan
jalalabad | جلال آباد | جلال اباد | afghanistan
kunduz | قندوز | | afghanistan
bamiyan | باميان | | afghanistan
panjshir | بنجشير | بانشير، وادي بنجشير | afghanistan
helmand | هلمند | | afghanistan
khost | خوست | | afghanistan
ghazni | غزني | | afghanistan
bagram | باغرام | قاعدة باغرام | afghanistan
islamabad | إسلام آباد | اسلام اباد | pakistan
karachi | كراتشي | | pakistan
lahore | لاهور | | pakistan
peshawar | بيشاور | | pakistan
quetta | كويتا | | pakistan
rawalpindi | راولبندي | | pakistan
faisalabad | فيصل آباد | | pakistan
multan | ملتان | | pakistan
waziristan | وزيرستان | | pakistan
khyber-pakhtunkhwa | خيبر بختونخوا | | pakistan
balochistan | بلوشستان | | pakistan
new-delhi | نيودلهي | نيو دلهي | india
delhi | دلهي | | india
mumbai | مومباي | بومباي | india
kolkata | كولكاتا | كلكتا | india
bangalore | بنغالور | بنغالورو | india
hyderabad | حيدر آباد | | india
chennai | تشيناي | | india
ahmedabad | أحمد آباد | | india
dhaka | دكا | داكا | bangladesh
kathmandu | كاتماندو | | nepal
colombo | كولومبو | | sri-lanka
thimphu | تيمفو | | bhutan
# East and South-East Asia, Oceania
beijing | بكين | بيجين، بيجينغ | china
shanghai | شنغهاي | شانغهاي | china
hong-kong | هونغ كونغ | هونج كونج | china
macau | ماكاو | | china
wuhan | ووهان | | china
guangzhou | قوانغتشو | غوانزو | china
shenzhen | شنتشن | شينزن | china
chongqing | تشونغتشينغ | | china
tianjin | تيانجين | | china
urumqi | أورومتشي | | china
taipei | تايبيه | | taiwan
ulaanbaatar | أولان باتور | | mongolia
tokyo | طوكيو | | japan
osaka | أوساكا | | japan
hiroshima | هيروشيما | | japan
nagasaki | ناغازاكي | | japan
fukushima | فوكوشيما | | japan
kyoto | كيوتو | | japan
okinawa | أوكيناوا | | japan
seoul | سول | العاصمة الكورية سيول، العاصمة الكورية الجنوبية سيول | south-korea
busan | بوسان | | south-korea
pyongyang | بيونغ يانغ | بيونغيانغ | north-korea
naypyidaw | نايبيداو | | myanmar
yangon | يانغون | رانغون | myanmar
bangkok | بانكوك | | thailand
vientiane | فيينتيان | | laos
phnom-penh | بنوم بنه | | cambodia
hanoi | هانوي | | vietnam
ho-chi-minh-city | هو تشي منه | مدينة هو تشي منه، سايغون | vietnam
kuala-lumpur | كوالالمبور | كوالا لمبور | malaysia
jakarta | جاكرتا | | indonesia
bali | جزيرة بالي | | indonesia
manila | مانيلا | | philippines
bandar-seri-begawan | بندر سري بكاوان | | brunei
dili | ديلي | | timor-leste
canberra | كانبيرا | | australia
sydney | سيدني | | australia
melbourne | ملبورن | | australia
perth | بيرث | | australia
brisbane | بريسبان | | australia
wellington | ويلينغتون | | new-zealand
auckland | أوكلاند | | new-zealand
christchurch | كرايستشيرش | | new-zealand
# Russia, Ukraine, Belarus
moscow | موسكو | | russia
saint-petersburg | سانت بطرسبرغ | سان بطرسبورغ، بطرسبورغ، سانت بطرسبورغ | russia
kazan | قازان | كازان | russia
sochi | سوتشي | | russia
vladivostok | فلاديفوستوك | | russia
novosibirsk | نوفوسيبيرسك | | russia
yekaterinburg | يكاترينبورغ | | russia
kaliningrad | كالينينغراد | | russia
rostov | روستوف | روستوف على الدون | russia
volgograd | فولغوغراد | ستالينغراد | russia
grozny | غروزني | | russia
chechnya | الشيشان | | russia
dagestan | داغستان | | russia
tatarstan | تتارستان | | russia
crimea | شبه جزيرة القرم | القرم | ukraine
sevastopol | سيفاستوبول | | ukraine
kursk | كورسك | | russia
belgorod | بيلغورود | | russia
bryansk | بريانسك | | russia
kyiv | كييف | العاصمة الأوكرانية كييف | ukraine
kharkiv | خاركيف | خاركوف | ukraine
odesa | أوديسا | اوديسا | ukraine
lviv | لفيف | | ukraine
donetsk | دونيتسك | | ukraine
luhansk | لوهانسك | لوغانسك | ukraine
mariupol | ماريوبول | | ukraine
zaporizhzhia | زابوريجيا | زاباروجيا | ukraine
kherson | خيرسون | | ukraine
dnipro | دنيبرو | | ukraine
bakhmut | باخموت | | ukraine
avdiivka | أفدييفكا | | ukraine
pokrovsk | بوكروفسك | | ukraine
donbas | دونباس | حوض دونباس | ukraine
minsk | مينسك | | belarus
# Europe
london | لندن | | united-kingdom
manchester | مانشستر | | united-kingdom
liverpool | ليفربول | | united-kingdom
birmingham | برمنغهام | برمنجهام | united-kingdom
glasgow | غلاسكو | جلاسكو | united-kingdom
edinburgh | إدنبرة | ادنبرة | united-kingdom
belfast | بلفاست | | united-kingdom
paris | باريس | | france
marseille | مرسيليا | | france
lyon | ليون | | france
nice | مدينة نيس | | france
strasbourg | ستراسبورغ | | france
bordeaux | بوردو | | france
toulouse | تولوز | | france
berlin | برلين | | germany
munich | ميونخ | ميونيخ | germany
hamburg | هامبورغ | | germany
frankfurt | فرانكفورت | | germany
cologne | كولونيا | | germany
bonn | مدينة بون | | germany
rome | روما | | italy
milan | ميلانو | | italy
naples | نابولي | | italy
venice | البندقية | فينيسيا | italy
florence | فلورنسا | | italy
turin | تورينو | | italy
sicily | صقلية | | italy
lampedusa | لامبيدوزا | | italy
madrid | مدريد | | spain
barcelona | برشلونة | | spain
seville | إشبيلية | اشبيلية | spain
granada | غرناطة | | spain
cordoba | قرطبة | | spain
valencia | فالنسيا | بلنسية | spain
malaga | مالقة | ملقة | spain
lisbon | لشبونة | | portugal
porto | بورتو | | portugal
amsterdam | أمستردام | امستردام | netherlands
the-hague | لاهاي | | netherlands
rotterdam | روتردام | | netherlands
brussels | بروكسل | | belgium
antwerp | أنتويرب | | belgium
geneva | جنيف | | switzerland
zurich | زيورخ | | switzerland
bern | برن | | switzerland
davos | دافوس | | switzerland
lausanne | لوزان | | switzerland
vienna | فيينا | | austria
stockholm | ستوكهولم | | sweden
oslo | أوسلو | اوسلو | norway
copenhagen | كوبنهاغن | كوبنهاجن | denmark
helsinki | هلسنكي | | finland
reykjavik | ريكيافيك | | iceland
dublin | دبلن | | ireland
warsaw | وارسو | | poland
krakow | كراكوف | | poland
prague | براغ | | czechia
bratislava | براتيسلافا | | slovakia
budapest | بودابست | | hungary
bucharest | بوخارست | | romania
sofia | صوفيا | | bulgaria
athens | أثينا | اثينا | greece
thessaloniki | سالونيك | ثيسالونيكي | greece
nicosia | نيقوسيا | | cyprus
valletta | فاليتا | | malta
belgrade | بلغراد | | serbia
zagreb | زغرب | | croatia
sarajevo | سراييفو | | bosnia
srebrenica | سربرنيتسا | | bosnia
ljubljana | ليوبليانا | | slovenia
podgorica | بودغوريتسا | | montenegro
skopje | سكوبيي | سكوبيه | north-macedonia
tirana | تيرانا | | albania
pristina | بريشتينا | | kosovo
chisinau | كيشيناو | | moldova
vilnius | فيلنيوس | | lithuania
riga | ريغا | | latvia
tallinn | تالين | | estonia
luxembourg-city | مدينة لوكسمبورغ | | luxembourg
# Americas
washington | واشنطن | واشنطن العاصمة | usa
new-york | نيويورك | | usa
los-angeles | لوس أنجلوس | لوس انجلوس، لوس أنجليس | usa
chicago | شيكاغو | | usa
houston | هيوستن | | usa
miami | ميامي | | usa
san-francisco | سان فرانسيسكو | | usa
boston | بوسطن | | usa
philadelphia | فيلادلفيا | | usa
atlanta | أتلانتا | | usa
dallas | دالاس | | usa
seattle | سياتل | | usa
las-vegas | لاس فيغاس | لاس فيجاس | usa
detroit | ديترويت | | usa
new-orleans | نيو أورلينز | | usa
mar-a-lago | مار إيه لاغو | مارالاغو | usa
camp-david | كامب ديفيد | | usa
guantanamo | غوانتانامو | جوانتانامو | cuba
ottawa | أوتاوا | اوتاوا | canada
toronto | تورونتو | | canada
montreal | مونتريال | | canada
vancouver | فانكوفر | | canada
mexico-city | مكسيكو سيتي | مدينة مكسيكو | mexico
havana | هافانا | | cuba
caracas | كاراكاس | كراكاس | venezuela
bogota | بوغوتا | | colombia
lima | ليما | | peru
quito | كيتو | | ecuador
santiago | سانتياغو | | chile
buenos-aires | بوينس آيرس | بوينس ايرس | argentina
montevideo | مونتيفيديو | | uruguay
asuncion | أسونسيون | | paraguay
brasilia | برازيليا | | brazil
rio-de-janeiro | ريو دي جانيرو | | brazil
sao-paulo | ساو باولو | | brazil
la-paz | لاباز | | bolivia
panama-city | مدينة بنما | بنما سيتي | panama
san-jose | سان خوسيه | | costa-rica
managua | ماناغوا | | nicaragua
tegucigalpa | تيغوسيغالبا | | honduras
san-salvador | سان سلفادور | | el-salvador
guatemala-city | مدينة غواتيمالا | | guatemala
port-au-prince | بورت أو برنس | | haiti
santo-domingo | سانتو دومينغو | | dominican-republic
kingston | كينغستون | | jamaica
# Africa
nairobi | نيروبي | | kenya
mombasa | مومباسا | | kenya
kampala | كمبالا | | uganda
dar-es-salaam | دار السلام | | tanzania
dodoma | دودوما | | tanzania
zanzibar | زنجبار | | tanzania
kigali | كيغالي | | rwanda
bujumbura | بوجومبورا | | burundi
kinshasa | كينشاسا | | drc
goma | غوما | | drc
brazzaville | برازافيل | | congo
libreville | ليبرفيل | | gabon
yaounde | ياوندي | | cameroon
abuja | أبوجا | ابوجا | nigeria
lagos | لاغوس | | nigeria
kano | كانو | | nigeria
maiduguri | مايدوغوري | | nigeria
niamey | نيامي | | niger
ndjamena | نجامينا | إنجامينا، انجامينا | chad
bamako | باماكو | | mali
timbuktu | تمبكتو | تنبكتو | mali
ouagadougou | واغادوغو | | burkina-faso
dakar | داكار | | senegal
banjul | بانجول | | gambia
bissau | بيساو | | guinea-bissau
conakry | كوناكري | | guinea
freetown | فريتاون | | sierra-leone
monrovia | مونروفيا | | liberia
abidjan | أبيدجان | ابيدجان | ivory-coast
yamoussoukro | ياموسوكرو | | ivory-coast
accra | أكرا | | ghana
lome | لومي | | togo
porto-novo | بورتو نوفو | | benin
cotonou | كوتونو | | benin
bangui | بانغي | | central-african-republic
malabo | مالابو | | equatorial-guinea
luanda | لواندا | | angola
lusaka | لوساكا | | zambia
harare | هراري | | zimbabwe
maputo | مابوتو | | mozambique
lilongwe | ليلونغوي | | malawi
antananarivo | أنتاناناريفو | | madagascar
port-louis | بورت لويس | | mauritius
windhoek | ويندهوك | | namibia
gaborone | غابورون | | botswana
pretoria | بريتوريا | | south-africa
johannesburg | جوهانسبرغ | جوهانسبرج | south-africa
cape-town | كيب تاون | | south-africa
durban | ديربان | | south-africa
maseru | ماسيرو | | lesotho
mbabane | مباباني | | eswatini
praia | برايا | | cape-verde
# More towns of the Arab world
maarat-misrin | معرة مصرين | | syria
ariha-syria | أريحا السورية | | syria
jisr-al-shughur | جسر الشغور | | syria
al-tabqa | مدينة الطبقة | مطار الطبقة | syria
salamiyah | مدينة السلمية | | syria
masyaf | مصياف | | syria
al-safira | بلدة السفيرة | | syria
al-hol | مخيم الهول | | syria
rukban | مخيم الركبان | | syria
nabk | النبك | | syria
qatana | قطنا | | syria
jaramana | جرمانا | | syria
sayyida-zaynab | السيدة زينب | | syria
hasya | حسياء | | syria
shahba | شهبا | | syria
busra | بصرى الشام | بصرى | syria
nawa | مدينة نوى | | syria
inkhil | إنخل | | syria
haditha | مدينة حديثة | | iraq
al-qaim | مدينة القائم | | iraq
hit | هيت | | iraq
anah | عانة | | iraq
rutba | الرطبة | | iraq
tuz-khurmatu | طوزخورماتو | طوز خورماتو | iraq
khanaqin | خانقين | | iraq
mandali | مندلي | | iraq
makhmour | قضاء مخمور | مخيم مخمور | iraq
qayyarah | القيارة | | iraq
shirqat | الشرقاط | | iraq
hawija | الحويجة | | iraq
umm-qasr | أم قصر | | iraq
zubair | مدينة الزبير | | iraq
faw | الفاو | | iraq
taji | قاعدة التاجي | معسكر التاجي | iraq
balad | مدينة بلد | قاعدة بلد | iraq
tabnine | تبنين | | lebanon
aitaroun | عيترون | | lebanon
khiam | بلدة الخيام | | lebanon
kfar-kila | كفركلا | كفر كلا | lebanon
aita-al-shaab | عيتا الشعب | | lebanon
aley | مدينة عاليه | قضاء عاليه | lebanon
batroun | البترون | | lebanon
halba | حلبا | | lebanon
arsal | عرسال | | lebanon
qana | قانا | | lebanon
huwara | حوارة | | palestine
beita | بلدة بيتا | | palestine
tammun | طمون | | palestine
yatta | يطا | | palestine
masafer-yatta | مسافر يطا | | palestine
al-bireh | مدينة البيرة | | palestine
silwan | حي سلوان | بلدة سلوان | palestine
sheikh-jarrah | الشيخ جراح | حي الشيخ جراح | palestine
azzun | عزون | | palestine
zawaida | الزوايدة | | palestine
bani-suheila | بني سهيلا | | palestine
abasan | عبسان | | palestine
beit-sahour | بيت ساحور | | palestine
qalandia | قلنديا | | palestine
kerem-shalom | كرم أبو سالم | | palestine
erez | معبر بيت حانون | إيريز | palestine
netzarim | نتساريم | محور نتساريم | palestine
philadelphi | محور فيلادلفيا | محور صلاح الدين | palestine
bnei-brak | بني براك | | israel
rishon-lezion | ريشون لتسيون | | israel
petah-tikva | بتاح تكفا | | israel
rahat | مدينة رهط | | israel
nahariya | نهاريا | | israel
metula | مستوطنة المطلة | بلدة المطلة | israel
hadera | الخضيرة | | israel
ashdod-port | ميناء أسدود | | israel
kafr-qasim | كفر قاسم | | israel
shefa-amr | شفا عمرو | | israel
tamra | طمرة | | israel
baqa | باقة الغربية | | israel
ajloun | عجلون | | jordan
tafilah | الطفيلة | | jordan
ruwaished | الرويشد | | jordan
azraq | مخيم الأزرق | | jordan
zaatari | مخيم الزعتري | الزعتري | jordan
banha | بنها | | egypt
shibin-el-kom | شبين الكوم | | egypt
kafr-el-dawwar | كفر الدوار | | egypt
sheikh-zayed-city | مدينة الشيخ زايد | | egypt
october-city | مدينة 6 أكتوبر | السادس من أكتوبر | egypt
el-tor | مدينة الطور | | egypt
dahab | دهب | | egypt
rafah-egypt | رفح المصرية | | egypt
sheikh-zuweid | الشيخ زويد | | egypt
bir-al-abd | بئر العبد | | egypt
siwa | سيوة | واحة سيوة | egypt
qusayr | مدينة القصير المصرية | | egypt
safaga | سفاجا | | egypt
marsa-alam | مرسى علم | | egypt
ain-sokhna | العين السخنة | | egypt
salloum | السلوم | | egypt
edfu | إدفو | | egypt
kom-ombo | كوم أمبو | | egypt
abu-simbel | أبو سمبل | | egypt
al-kharj | الخرج | | saudi-arabia
sakaka | سكاكا | | saudi-arabia
al-baha | الباحة | | saudi-arabia
hafr-al-batin | حفر الباطن | | saudi-arabia
unaizah | عنيزة | | saudi-arabia
khobar | مدينة الخبر | محافظة الخبر | saudi-arabia
ras-tanura | رأس تنورة | | saudi-arabia
abqaiq | بقيق | أبقيق | saudi-arabia
# Saudi governorates (session 15): the towns regional news names; names that are also common words only in a longer form
dawadmi | الدوادمي | | saudi-arabia
majmaah | المجمعة | | saudi-arabia
al-qunfudhah | القنفذة | | saudi-arabia
bisha | بيشة | | saudi-arabia
az-zulfi | الزلفي | | saudi-arabia
wadi-ad-dawasir | وادي الدواسر | | saudi-arabia
sabya | صبيا | | saudi-arabia
abu-arish | أبو عريش | ابو عريش، أبوعريش | saudi-arabia
muhayil | محايل عسير | محايل | saudi-arabia
an-namas | النماص | | saudi-arabia
baljurashi | بلجرشي | | saudi-arabia
al-makhwah | المخواة | | saudi-arabia
al-qurayyat | القريات | | saudi-arabia
rafha | رفحاء | | saudi-arabia
al-jumum | الجموم | | saudi-arabia
khulais | خليص | | saudi-arabia
umluj | أملج | املج | saudi-arabia
duba | ضباء | | saudi-arabia
al-bukayriyah | البكيرية | | saudi-arabia
al-aflaj | الأفلاج | | saudi-arabia
al-muzahmiyah | المزاحمية | | saudi-arabia
al-quwayiyah | القويعية | | saudi-arabia
as-sulayyil | السليل | | saudi-arabia
diriyah | الدرعية | | saudi-arabia
thadiq | ثادق | | saudi-arabia
huraymila | حريملاء | | saudi-arabia
ranyah | رنية | | saudi-arabia
al-khurmah | الخرمة | | saudi-arabia
sarat-abidah | سراة عبيدة | | saudi-arabia
rijal-alma | رجال ألمع | | saudi-arabia
tathlith | تثليث | | saudi-arabia
bariq | بارق | | saudi-arabia
sharurah | شرورة | | saudi-arabia
khaybar | خيبر | | saudi-arabia
al-khafji | الخفجي | | saudi-arabia
tanomah | تنومة | | saudi-arabia
dumat-al-jandal | دومة الجندل | | saudi-arabia
samtah | صامطة | | saudi-arabia
ahad-rafidah | أحد رفيدة | | saudi-arabia
al-ghat | الغاط | | saudi-arabia
al-majardah | المجاردة | | saudi-arabia
al-hanakiyah | الحناكية | | saudi-arabia
ad-dayer | الداير | | saudi-arabia
fayfa | فيفاء | | saudi-arabia
balqarn | بلقرن | | saudi-arabia
ar-rass | الرس | | saudi-arabia
rabigh | رابغ | | saudi-arabia
mina | مشعر منى | | saudi-arabia
arafat-mount | جبل عرفات | صعيد عرفات | saudi-arabia
# Saudi governorates and border towns (session 21). A name that is also a common word or a first name (الطوال "the
# long", العارضة "the crossbar", الحرث "tilling", فرسان "knights", عفيف, طريف, الحريق "the fire" ...) is listed only
# with "محافظة" before it.
ahad-al-masarihah | أحد المسارحة | المسارحة | saudi-arabia
at-tuwal | محافظة الطوال | | saudi-arabia
al-aridah | محافظة العارضة | | saudi-arabia
al-harth | محافظة الحرث | | saudi-arabia
damad | ضمد | | saudi-arabia
baish | محافظة بيش | | saudi-arabia
farasan | جزر فرسان | جزيرة فرسان، محافظة فرسان | saudi-arabia
al-idabi | العيدابي | | saudi-arabia
harub | محافظة هروب | | saudi-arabia
ar-rayth | محافظة الريث | | saudi-arabia
ad-darb | محافظة الدرب | | saudi-arabia
al-khubah | الخوبة | | saudi-arabia
habuna | حبونا | | saudi-arabia
badr-al-janoub | بدر الجنوب | | saudi-arabia
yadamah | يدمة | | saudi-arabia
thar | محافظة ثار | | saudi-arabia
khubash | خباش | | saudi-arabia
al-kharkhir | الخرخير | | saudi-arabia
dhahran-al-janoub | ظهران الجنوب | | saudi-arabia
ar-rabuah | الربوعة | | saudi-arabia
al-birk | محافظة البرك | | saudi-arabia
billasmar | بللسمر | | saudi-arabia
al-harajah | محافظة الحرجة | | saudi-arabia
al-lith | محافظة الليث | | saudi-arabia
al-kamil | محافظة الكامل | | saudi-arabia
turubah | محافظة تربة | | saudi-arabia
al-muwayh | المويه | | saudi-arabia
adham | محافظة أضم | | saudi-arabia
al-ardiyat | العرضيات | | saudi-arabia
al-mahd | محافظة المهد | | saudi-arabia
badr | محافظة بدر | | saudi-arabia
al-ais | محافظة العيص | | saudi-arabia
shaqra | محافظة شقراء | | saudi-arabia
hotat-bani-tamim | حوطة بني تميم | | saudi-arabia
afif | محافظة عفيف | | saudi-arabia
al-hariq | محافظة الحريق | | saudi-arabia
dhurma | ضرما | | saudi-arabia
rumah | محافظة رماح | | saudi-arabia
marat | محافظة مرات | | saudi-arabia
ad-dilam | الدلم | | saudi-arabia
al-midhnab | محافظة المذنب | | saudi-arabia
al-badai | محافظة البدائع | | saudi-arabia
al-asyah | الأسياح | | saudi-arabia
an-nabhaniyah | النبهانية | | saudi-arabia
uyun-al-jiwa | عيون الجواء | | saudi-arabia
riyadh-al-khabra | رياض الخبراء | | saudi-arabia
ash-shimasiyah | الشماسية | | saudi-arabia
an-nuayriyah | النعيرية | | saudi-arabia
qaryat-al-ulya | قرية العليا | | saudi-arabia
baqaa | بقعاء | | saudi-arabia
al-ghazalah | محافظة الغزالة | | saudi-arabia
al-hait | محافظة الحائط | | saudi-arabia
ash-shinan | الشنان | | saudi-arabia
tayma | تيماء | | saudi-arabia
al-wajh | محافظة الوجه | | saudi-arabia
haql | محافظة حقل | | saudi-arabia
al-bad | محافظة البدع | | saudi-arabia
turaif | محافظة طريف | | saudi-arabia
al-uwayqilah | العويقيلة | | saudi-arabia
tabarjal | طبرجل | | saudi-arabia
al-mandaq | المندق | | saudi-arabia
qilwah | قلوة | | saudi-arabia
al-aqiq | محافظة العقيق | | saudi-arabia
zinjibar | زنجبار اليمنية | | yemen
ataq | مدينة عتق | | yemen
# Yemen's fronts of 2015 (session 21): districts and towns. Names that are also common words (الظاهر، الصفراء، منبه، كرش،
# القطن ...) or other places (المنصورة, البريقة, الحوطة) are left out; البيضاء only as a governorate. A district inside a
# listed city (Aden's كريتر, خور مكسر ...) is left out too: reports of the city name both, and the place rule has no
# hierarchy, so the two would read as different places.
al-anad | قاعدة العند | العند | yemen
lawdar | لودر | | yemen
mudiyah | مودية | | yemen
al-waziyah | الوازعية | | yemen
jabal-sabir | جبل صبر | | yemen
sirwah | صرواح | | yemen
harib | حريب | | yemen
bayhan | بيحان | | yemen
usaylan | عسيلان | | yemen
al-bayda-yemen | محافظة البيضاء | | yemen
radaa | رداع | | yemen
yarim | يريم | | yemen
damt | دمت | | yemen
qatabah | قعطبة | | yemen
hays | حيس | | yemen
al-khawkhah | الخوخة | | yemen
zabid | زبيد | | yemen
al-jarrahi | الجراحي | | yemen
harad | حرض | | yemen
abs | مديرية عبس | | yemen
razih | رازح | | yemen
shada | مديرية شدا | | yemen
haydan | حيدان | | yemen
saqayn | ساقين | | yemen
majz | مجز | | yemen
kitaf | كتاف | | yemen
al-buqa | منفذ البقع | البقع | yemen
al-malahit | الملاحيط | | yemen
baqim | باقم | | yemen
qatabir | قطابر | | yemen
ash-shihr | الشحر | | yemen
tarim | تريم | | yemen
seiyun | سيئون | | yemen
mocha | المخا | | yemen
midi | ميدي | | yemen
ras-isa | رأس عيسى | | yemen
al-jawf-yemen | محافظة الجوف | | yemen
amran | محافظة عمران | | yemen
raymah | ريمة | | yemen
ras-laffan | رأس لفان | | qatar
al-udeid | قاعدة العديد | | qatar
al-wakrah | الوكرة | | qatar
al-khor | مدينة الخور | | qatar
jebel-ali | جبل علي | | uae
khor-fakkan | خورفكان | | uae
jahra | الجهراء | | kuwait
ahmadi | الأحمدي | | kuwait
muharraq | المحرق | | bahrain
riffa | الرفاع | | bahrain
sur-oman | مدينة صور العمانية | | oman
khasab | ولاية خصب | | oman
musandam | مسندم | | oman
ubari | أوباري | | libya
murzuq | مرزق | | libya
bani-walid | بني وليد | | libya
zintan | الزنتان | | libya
nalut | نالوت | | libya
sabratha | صبراتة | | libya
al-marj | مدينة المرج | | libya
shahat | مدينة شحات | | libya
jufra | الجفرة | | libya
hammamet | مدينة الحمامات | | tunisia
mahdia | المهدية | | tunisia
siliana | سليانة | | tunisia
beja | باجة | | tunisia
zarzis | جرجيس | | tunisia
ben-guerdane | بن قردان | | tunisia
ras-jedir | رأس جدير | | tunisia
djelfa | الجلفة | | algeria
msila | المسيلة | | algeria
laghouat | الأغواط | | algeria
tiaret | تيارت | | algeria
el-oued | ولاية الوادي | | algeria
jijel | جيجل | | algeria
medea | ولاية المدية | | algeria
souk-ahras | سوق أهراس | | algeria
tindouf | تندوف | | algeria
in-amenas | عين أميناس | | algeria
hassi-messaoud | حاسي مسعود | | algeria
ifrane | مدينة إفران | | morocco
errachidia | الرشيدية | | morocco
ouarzazate | ورزازات | | morocco
taroudant | تارودانت | | morocco
beni-mellal | بني ملال | | morocco
khouribga | خريبكة | | morocco
el-jadida | مدينة الجديدة | | morocco
chefchaouen | شفشاون | | morocco
larache | العرائش | | morocco
guerguerat | الكركرات | | morocco
rosso | روصو | | mauritania
atar | مدينة أطار | | mauritania
zouerate | ازويرات | | mauritania
el-daein | الضعين | | sudan
zalingei | زالنجي | | sudan
el-gadarif | القضارف | | sudan
sennar | سنار | | sudan
kosti | كوستي | | sudan
dongola | دنقلا | | sudan
shendi | شندي | | sudan
kutum | مدينة كتم | | sudan
tawila | بلدة طويلة | | sudan
zamzam | مخيم زمزم | | sudan
malakal | ملكال | | south-sudan
bentiu | بانتيو | | south-sudan
abyei | أبيي | | sudan
berbera | بربرة | | somalia
galkayo | جالكعيو | غالكعيو | somalia
jowhar | جوهر الصومالية | | somalia
tadjoura | تاجورة | | djibouti
massawa | مصوع | | eritrea
assab | ميناء عصب | | eritrea
mekelle | ميكيلي | مقلي | ethiopia
bahir-dar | بحر دار | | ethiopia
# More cities elsewhere
sana-port | ميناء الحديدة | | yemen
chabahar | تشابهار | جابهار | iran
qazvin | قزوين | | iran
urmia | أرومية | | iran
rasht | رشت | | iran
hamadan | همدان | | iran
arak | مدينة أراك | | iran
semnan | سمنان | | iran
parchin | بارشين | | iran
isfahan-nuclear | منشأة أصفهان | | iran
erzurum | أرضروم | | turkey
mardin | ماردين | | turkey
kilis | ولاية كلس | كيليس | turkey
sirnak | شرناق | | turkey
bodrum | بودروم | | turkey
edirne | أدرنة | | turkey
eskisehir | إسكيشهير | | turkey
kayseri | مدينة قيصري | | turkey
van-turkey | مدينة وان | | turkey
hakkari | هكاري | | turkey
nakhchivan | نخجوان | | azerbaijan
ganja | كنجة | | azerbaijan
shusha | شوشة | شوشا | azerbaijan
stepanakert | ستيباناكيرت | خانكندي | azerbaijan
batumi | باتومي | | georgia
andijan | أنديجان | | uzbekistan
namangan | نمنغان | | uzbekistan
khiva | خيوة | | uzbekistan
nukus | نوكوس | | uzbekistan
shymkent | شيمكنت | | kazakhstan
osh | مدينة أوش | | kyrgyzstan
khujand | خجند | | tajikistan
kunduz-airport | مطار كابل | | afghanistan
faizabad | فيض آباد | | afghanistan
spin-boldak | سبين بولدك | | afghanistan
torkham | طورخم | معبر طورخم | afghanistan
chaman | مدينة شامان | | pakistan
gwadar | جوادر | غوادر | pakistan
abbottabad | أبوت آباد | | pakistan
muzaffarabad | مظفر آباد | | pakistan
srinagar | سريناغار | | india
pahalgam | باهالغام | | india
amritsar | أمريتسار | | india
lucknow | لكناو | | india
jaipur | جايبور | | india
agra | أغرا | | india
goa | ولاية غوا | | india
kerala | ولاية كيرالا | كيرالا | india
chittagong | شيتاغونغ | | bangladesh
coxs-bazar | كوكس بازار | | bangladesh
rakhine | ولاية راخين | أراكان | myanmar
mandalay | ماندالاي | | myanmar
phuket | بوكيت | | thailand
chiang-mai | شيانغ ماي | | thailand
da-nang | دا نانغ | | vietnam
penang | بينانغ | | malaysia
surabaya | سورابايا | | indonesia
aceh | آتشيه | أتشيه | indonesia
mindanao | مينداناو | | philippines
marawi | مراوي | | philippines
harbin | هاربين | | china
xian | شيان | | china
hangzhou | هانغتشو | | china
nanjing | نانجينغ | | china
chengdu | تشنغدو | | china
kashgar | كاشغر | | china
lhasa | لاسا | | china
yokohama | يوكوهاما | | japan
nagoya | ناغويا | | japan
sapporo | سابورو | | japan
incheon | إنتشون | | south-korea
kaesong | كايسونغ | | north-korea
panmunjom | بانمونجوم | | north-korea
kaohsiung | كاوهسيونغ | | taiwan
murmansk | مورمانسك | | russia
nizhny-novgorod | نيجني نوفغورود | | russia
samara | سامارا | | russia
krasnodar | كراسنودار | | russia
ufa | أوفا | | russia
omsk | أومسك | | russia
irkutsk | إيركوتسك | | russia
khabarovsk | خاباروفسك | | russia
makhachkala | محج قلعة | | russia
tartus-base | قاعدة طرطوس | | syria
hmeimim | قاعدة حميميم | حميميم | syria
engels | إنغلز | | russia
novorossiysk | نوفوروسيسك | | russia
chernobyl | تشيرنوبل | | ukraine
zaporizhzhia-npp | محطة زابوريجيا | | ukraine
bucha | بوتشا | | ukraine
sumy | سومي | | ukraine
poltava | بولتافا | | ukraine
vinnytsia | فينيتسا | | ukraine
kramatorsk | كراماتورسك | | ukraine
sloviansk | سلوفيانسك | | ukraine
melitopol | ميليتوبول | | ukraine
chasiv-yar | تشاسيف يار | | ukraine
kupiansk | كوبيانسك | | ukraine
kerch | كيرتش | جسر القرم | ukraine
gomel | غوميل | | belarus
leeds | ليدز | | united-kingdom
cardiff | كارديف | | united-kingdom
oxford | أكسفورد | | united-kingdom
cambridge | كامبريدج | | united-kingdom
dover | دوفر | | united-kingdom
calais | كاليه | | france
lille | ليل الفرنسية | | france
nantes | نانت | | france
montpellier | مونبلييه | | france
dusseldorf | دوسلدورف | | germany
stuttgart | شتوتغارت | | germany
dresden | دريسدن | | germany
leipzig | لايبزيغ | | germany
ramstein | رامشتاين | قاعدة رامشتاين | germany
genoa | جنوة | | italy
bologna | بولونيا الإيطالية | | italy
palermo | باليرمو | | italy
bilbao | بلباو | | spain
toledo | طليطلة | | spain
marbella | ماربيا | | spain
gothenburg | غوتنبرغ | | sweden
malmo | مالمو | | sweden
bergen | بيرغن | | norway
gdansk | غدانسك | | poland
rzeszow | جيشوف | | poland
odense | أودنسه | | denmark
salzburg | سالزبورغ | | austria
basel | بازل | | switzerland
thessaly | تيسالي | | greece
lesbos | ليسبوس | جزيرة ليسبوس | greece
crete | كريت | جزيرة كريت | greece
rhodes | رودس | | greece
larnaca | لارنكا | | cyprus
limassol | ليماسول | | cyprus
famagusta | فاماغوستا | | cyprus
mostar | موستار | | bosnia
split | مدينة سبليت | | croatia
constanta | كونستانتا | | romania
varna | فارنا | | bulgaria
narva | نارفا | | estonia
tromso | ترومسو | | norway
san-diego | سان دييغو | | usa
phoenix | فينيكس | | usa
denver | دنفر | | usa
minneapolis | مينيابوليس | | usa
pittsburgh | بيتسبرغ | | usa
baltimore | بالتيمور | | usa
nashville | ناشفيل | | usa
austin | مدينة أوستن | | usa
orlando | أورلاندو | | usa
tampa | تامبا | | usa
norfolk | نورفولك | | usa
palm-beach | بالم بيتش | | usa
anchorage | أنكوريج | | usa
honolulu | هونولولو | | usa
pearl-harbor | بيرل هاربر | | usa
silicon-valley | وادي السيليكون | | usa
wall-street | وول ستريت | | usa
calgary | كالغاري | | canada
edmonton | إدمونتون | | canada
tijuana | تيخوانا | | mexico
guadalajara | غوادالاخارا | | mexico
cancun | كانكون | | mexico
medellin | ميديلين | | colombia
cali | كالي | | colombia
maracaibo | ماراكايبو | | venezuela
guayaquil | غواياكيل | | ecuador
cusco | كوسكو | | peru
valparaiso | فالبارايسو | | chile
cordoba-argentina | قرطبة الأرجنتينية | | argentina
rosario | روساريو | | argentina
salvador-bahia | سلفادور البرازيلية | | brazil
manaus | ماناوس | | brazil
belem | بيليم | | brazil
porto-alegre | بورتو أليغري | | brazil
mombasa-port | ميناء مومباسا | | kenya
kisumu | كيسومو | | kenya
arusha | أروشا | | tanzania
mwanza | موانزا | | tanzania
lubumbashi | لوبومباشي | | drc
bukavu | بوكافو | | drc
douala | دوالا | | cameroon
kaduna | كادونا | | nigeria
port-harcourt | بورت هاركورت | | nigeria
agadez | أغاديز | | niger
gao | غاو | | mali
kidal | كيدال | | mali
mopti | موبتي | | mali
bobo-dioulasso | بوبو ديولاسو | | burkina-faso
touba | مدينة طوبى | | senegal
saint-louis-senegal | سان لويس السنغالية | | senegal
kumasi | كوماسي | | ghana
bulawayo | بولاوايو | | zimbabwe
cabo-delgado | كابو ديلغادو | | mozambique
soweto | سويتو | | south-africa
port-elizabeth | بورت إليزابيث | | south-africa
toamasina | تواماسينا | | madagascar
`;
