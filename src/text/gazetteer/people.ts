// People: slug | Arabic name | other spellings | country slug | best-known office.
// Heads of state and government, foreign and defence ministers and other figures the Arabic press names often, past
// and present. A surname alone is listed only when it is not also an everyday word or a common first name (so "رئيسي",
// "عون", "بري", "سلام", "ظريف" appear only inside full names). The office is the one the person is best known for; the
// title in the text itself, when there is one, overrides it.
export const PEOPLE = `
# United States
donald-trump | دونالد ترامب | ترامب، دونالد ترمب، ترمب | usa | الرئيس الأمريكي
joe-biden | جو بايدن | بايدن، جوزيف بايدن | usa | الرئيس الأمريكي
barack-obama | باراك أوباما | أوباما | usa | الرئيس الأمريكي
george-w-bush | جورج دبليو بوش | جورج بوش الابن، بوش الابن | usa | الرئيس الأمريكي
george-hw-bush | جورج بوش الأب | بوش الأب | usa | الرئيس الأمريكي
bill-clinton | بيل كلينتون | | usa | الرئيس الأمريكي
hillary-clinton | هيلاري كلينتون | هيلاري | usa | وزيرة الخارجية
kamala-harris | كامالا هاريس | هاريس | usa | نائبة الرئيس
jd-vance | جي دي فانس | فانس، جاي دي فانس | usa | نائب الرئيس
mike-pence | مايك بنس | بنس | usa | نائب الرئيس
marco-rubio | ماركو روبيو | روبيو | usa | وزير الخارجية
antony-blinken | أنتوني بلينكن | بلينكن، أنتوني بلينكين | usa | وزير الخارجية
mike-pompeo | مايك بومبيو | بومبيو | usa | وزير الخارجية
rex-tillerson | ريكس تيلرسون | تيلرسون | usa | وزير الخارجية
john-kerry | جون كيري | | usa | وزير الخارجية
condoleezza-rice | كوندوليزا رايس | | usa | وزيرة الخارجية
colin-powell | كولن باول | كولين باول | usa | وزير الخارجية
pete-hegseth | بيت هيغسيث | هيغسيث، هيجسيث، بيت هيجسيث | usa | وزير الدفاع
lloyd-austin | لويد أوستن | لويد أوستين | usa | وزير الدفاع
mark-esper | مارك إسبر | إسبر | usa | وزير الدفاع
jim-mattis | جيمس ماتيس | ماتيس، جيم ماتيس | usa | وزير الدفاع
jake-sullivan | جيك سوليفان | سوليفان | usa | مستشار الأمن القومي
mike-waltz | مايك والتز | والتز | usa | مستشار الأمن القومي
john-bolton | جون بولتون | بولتون | usa | مستشار الأمن القومي
steve-witkoff | ستيف ويتكوف | ويتكوف | usa | المبعوث الخاص
jared-kushner | جاريد كوشنر | كوشنر | usa | مستشار الرئيس
amos-hochstein | آموس هوكشتاين | هوكشتاين، عاموس هوكشتاين | usa | المبعوث الخاص
tom-barrack | توم باراك | توماس باراك | usa | المبعوث الخاص
morgan-ortagus | مورغان أورتاغوس | أورتاغوس | usa | نائبة المبعوث الخاص
zalmay-khalilzad | زلماي خليل زاد | خليل زاد | usa | المبعوث الخاص
brett-mcgurk | بريت ماكغورك | ماكغورك | usa | منسق الشرق الأوسط
tim-lenderking | تيم ليندركينغ | ليندركينغ | usa | المبعوث الخاص
michael-kurilla | مايكل كوريلا | كوريلا، مايكل إريك كوريلا | usa | قائد القيادة المركزية
brad-cooper | براد كوبر | | usa | قائد القيادة المركزية
kenneth-mckenzie | كينيث ماكنزي | ماكنزي | usa | قائد القيادة المركزية
mark-milley | مارك ميلي | | usa | رئيس هيئة الأركان المشتركة
dan-caine | دان كين | | usa | رئيس هيئة الأركان المشتركة
william-burns | وليام بيرنز | ويليام بيرنز | usa | مدير وكالة المخابرات المركزية
john-ratcliffe | جون راتكليف | راتكليف | usa | مدير وكالة المخابرات المركزية
tulsi-gabbard | تولسي غابارد | غابارد | usa | مديرة الاستخبارات الوطنية
linda-thomas-greenfield | ليندا توماس غرينفيلد | توماس غرينفيلد | usa | المندوبة الأمريكية لدى الأمم المتحدة
nikki-haley | نيكي هايلي | هايلي | usa | المندوبة الأمريكية لدى الأمم المتحدة
karoline-leavitt | كارولين ليفيت | ليفيت | usa | المتحدثة باسم البيت الأبيض
matthew-miller | ماثيو ميلر | | usa | المتحدث باسم الخارجية الأمريكية
nancy-pelosi | نانسي بيلوسي | بيلوسي | usa | رئيسة مجلس النواب
chuck-schumer | تشاك شومر | شومر | usa | زعيم الأغلبية في مجلس الشيوخ
bernie-sanders | بيرني ساندرز | ساندرز | usa | سيناتور
elon-musk | إيلون ماسك | إيلون موسك | usa | رجل أعمال
scott-bessent | سكوت بيسنت | بيسنت | usa | وزير الخزانة
janet-yellen | جانيت يلين | يلين | usa | وزيرة الخزانة
jerome-powell | جيروم باول | | usa | رئيس الاحتياطي الفيدرالي
mike-huckabee | مايك هاكابي | هاكابي | usa | السفير الأمريكي لدى إسرائيل
john-f-kennedy | جون كينيدي | جون إف كينيدي | usa | الرئيس الأمريكي
ronald-reagan | رونالد ريغان | ريغان | usa | الرئيس الأمريكي
# Russia
vladimir-putin | فلاديمير بوتين | بوتين | russia | الرئيس الروسي
dmitry-medvedev | دميتري ميدفيديف | ميدفيديف، ديمتري ميدفيديف | russia | نائب رئيس مجلس الأمن الروسي
sergei-lavrov | سيرغي لافروف | سيرجي لافروف، سيرغيي لافروف، سيرغي لافروف، لافروف | russia | وزير الخارجية
mikhail-mishustin | ميخائيل ميشوستين | ميشوستين | russia | رئيس الوزراء
sergei-shoigu | سيرغي شويغو | شويغو، سيرجي شويجو | russia | أمين مجلس الأمن الروسي
andrei-belousov | أندريه بيلوسوف | بيلوسوف | russia | وزير الدفاع
dmitry-peskov | ديمتري بيسكوف | بيسكوف، دميتري بيسكوف | russia | المتحدث باسم الكرملين
maria-zakharova | ماريا زاخاروفا | زاخاروفا | russia | المتحدثة باسم الخارجية الروسية
valery-gerasimov | فاليري غيراسيموف | غيراسيموف، فاليري جيراسيموف | russia | رئيس الأركان
sergei-ryabkov | سيرغي ريابكوف | ريابكوف | russia | نائب وزير الخارجية
mikhail-bogdanov | ميخائيل بوغدانوف | بوغدانوف | russia | نائب وزير الخارجية
vassily-nebenzia | فاسيلي نيبينزيا | نيبينزيا، فاسيلي نيبنزيا | russia | المندوب الروسي لدى الأمم المتحدة
zamir-kabulov | ضمير كابولوف | كابولوف | russia | المبعوث الروسي الخاص إلى أفغانستان
alexander-lavrentiev | ألكسندر لافرنتييف | لافرنتييف | russia | المبعوث الروسي الخاص إلى سوريا
yevgeny-prigozhin | يفغيني بريغوجين | بريغوجين | russia | قائد مجموعة فاغنر
alexei-navalny | أليكسي نافالني | نافالني | russia | معارض
kirill-dmitriev | كيريل دميترييف | دميترييف | russia | المبعوث الرئاسي للاستثمار
yuri-ushakov | يوري أوشاكوف | أوشاكوف | russia | مساعد الرئيس الروسي
nikolai-patrushev | نيكولاي باتروشيف | باتروشيف | russia | أمين مجلس الأمن الروسي
ramzan-kadyrov | رمضان قديروف | قديروف | russia | رئيس الشيشان
boris-yeltsin | بوريس يلتسين | يلتسين | russia | الرئيس الروسي
mikhail-gorbachev | ميخائيل غورباتشوف | غورباتشوف | soviet-union | الزعيم السوفياتي
joseph-stalin | جوزيف ستالين | ستالين | soviet-union | الزعيم السوفياتي
sergey-naryshkin | سيرغي ناريشكين | ناريشكين | russia | مدير جهاز الاستخبارات الخارجية
# China
xi-jinping | شي جين بينغ | شي جينبينغ، شي جين بينج | china | الرئيس الصيني
li-qiang | لي تشيانغ | | china | رئيس مجلس الدولة
li-keqiang | لي كه تشيانغ | | china | رئيس مجلس الدولة
wang-yi | وانغ يي | وانج يي | china | وزير الخارجية
qin-gang | تشين قانغ | تشين غانغ | china | وزير الخارجية
hu-jintao | هو جينتاو | هو جين تاو | china | الرئيس الصيني
mao-zedong | ماو تسي تونغ | ماو تسي تونج | china | الزعيم الصيني
deng-xiaoping | دنغ شياو بينغ | | china | الزعيم الصيني
mao-ning | ماو نينغ | | china | المتحدثة باسم الخارجية الصينية
lin-jian | لين جيان | | china | المتحدث باسم الخارجية الصينية
wang-wenbin | وانغ وين بين | وانغ ون بين | china | المتحدث باسم الخارجية الصينية
dong-jun | دونغ جون | | china | وزير الدفاع
zhai-jun | تشاي جيون | | china | المبعوث الصيني الخاص للشرق الأوسط
# United Kingdom
keir-starmer | كير ستارمر | ستارمر | united-kingdom | رئيس الوزراء
rishi-sunak | ريشي سوناك | سوناك | united-kingdom | رئيس الوزراء
boris-johnson | بوريس جونسون | | united-kingdom | رئيس الوزراء
theresa-may | تيريزا ماي | | united-kingdom | رئيسة الوزراء
liz-truss | ليز تراس | | united-kingdom | رئيسة الوزراء
david-cameron | ديفيد كاميرون | كاميرون | united-kingdom | رئيس الوزراء
tony-blair | توني بلير | بلير | united-kingdom | رئيس الوزراء
gordon-brown | غوردون براون | | united-kingdom | رئيس الوزراء
margaret-thatcher | مارغريت تاتشر | تاتشر | united-kingdom | رئيسة الوزراء
david-lammy | ديفيد لامي | لامي | united-kingdom | وزير الخارجية
yvette-cooper | إيفيت كوبر | | united-kingdom | وزيرة الخارجية
james-cleverly | جيمس كليفرلي | كليفرلي | united-kingdom | وزير الخارجية
john-healey | جون هيلي | | united-kingdom | وزير الدفاع
king-charles | الملك تشارلز الثالث | الملك تشارلز، تشارلز الثالث | united-kingdom | ملك بريطانيا
queen-elizabeth | الملكة إليزابيث الثانية | الملكة إليزابيث، إليزابيث الثانية | united-kingdom | ملكة بريطانيا
nigel-farage | نايجل فاراج | فاراج | united-kingdom | زعيم حزب الإصلاح البريطاني
# France
emmanuel-macron | إيمانويل ماكرون | ماكرون، إمانويل ماكرون | france | الرئيس الفرنسي
jean-noel-barrot | جان نويل بارو | | france | وزير الخارجية
stephane-sejourne | ستيفان سيجورنيه | سيجورنيه | france | وزير الخارجية
catherine-colonna | كاترين كولونا | كولونا | france | وزيرة الخارجية
jean-yves-le-drian | جان إيف لودريان | لودريان | france | وزير الخارجية
francois-bayrou | فرانسوا بايرو | بايرو | france | رئيس الوزراء
michel-barnier | ميشال بارنييه | بارنييه | france | رئيس الوزراء
gabriel-attal | غابرييل أتال | أتال | france | رئيس الوزراء
sebastien-lecornu | سيباستيان لوكورنو | لوكورنو | france | رئيس الوزراء
francois-hollande | فرانسوا هولاند | هولاند | france | الرئيس الفرنسي
nicolas-sarkozy | نيكولا ساركوزي | ساركوزي | france | الرئيس الفرنسي
jacques-chirac | جاك شيراك | شيراك | france | الرئيس الفرنسي
charles-de-gaulle | شارل ديغول | ديغول | france | الرئيس الفرنسي
marine-le-pen | مارين لوبان | لوبان | france | زعيمة التجمع الوطني
# Germany, Italy, Spain and the rest of Europe
olaf-scholz | أولاف شولتس | شولتس، شولتز، أولاف شولتز | germany | المستشار الألماني
friedrich-merz | فريدريش ميرتس | ميرتس، فريدريش ميرز | germany | المستشار الألماني
angela-merkel | أنغيلا ميركل | ميركل، أنجيلا ميركل | germany | المستشارة الألمانية
annalena-baerbock | أنالينا بيربوك | بيربوك | germany | وزيرة الخارجية
johann-wadephul | يوهان فاديفول | فاديفول | germany | وزير الخارجية
frank-walter-steinmeier | فرانك فالتر شتاينماير | شتاينماير | germany | الرئيس الألماني
boris-pistorius | بوريس بيستوريوس | بيستوريوس | germany | وزير الدفاع
giorgia-meloni | جورجيا ميلوني | ميلوني | italy | رئيسة الوزراء
antonio-tajani | أنطونيو تاياني | تاياني | italy | وزير الخارجية
sergio-mattarella | سيرجيو ماتاريلا | ماتاريلا | italy | الرئيس الإيطالي
mario-draghi | ماريو دراغي | دراغي | italy | رئيس الوزراء
silvio-berlusconi | سيلفيو برلسكوني | برلسكوني | italy | رئيس الوزراء
pedro-sanchez | بيدرو سانشيز | سانشيز | spain | رئيس الوزراء
jose-manuel-albares | خوسيه مانويل ألباريس | ألباريس | spain | وزير الخارجية
viktor-orban | فيكتور أوربان | أوربان | hungary | رئيس الوزراء
donald-tusk | دونالد توسك | توسك | poland | رئيس الوزراء
andrzej-duda | أندريه دودا | دودا | poland | الرئيس البولندي
aleksandar-vucic | ألكسندر فوتشيتش | فوتشيتش | serbia | الرئيس الصربي
kyriakos-mitsotakis | كيرياكوس ميتسوتاكيس | ميتسوتاكيس | greece | رئيس الوزراء
nikos-christodoulides | نيكوس خريستودوليدس | خريستودوليدس | cyprus | الرئيس القبرصي
alexander-stubb | ألكسندر ستاب | | finland | الرئيس الفنلندي
mette-frederiksen | ميته فريدريكسن | فريدريكسن | denmark | رئيسة الوزراء
# Ukraine, Belarus, Caucasus, Central Asia
volodymyr-zelensky | فولوديمير زيلينسكي | زيلينسكي، زيلنسكي، فلاديمير زيلينسكي | ukraine | الرئيس الأوكراني
dmytro-kuleba | دميترو كوليبا | كوليبا | ukraine | وزير الخارجية
andrii-sybiha | أندريه سيبيها | سيبيها | ukraine | وزير الخارجية
andriy-yermak | أندريه يرماك | يرماك | ukraine | مدير مكتب الرئيس
rustem-umerov | رستم عمروف | عمروف | ukraine | وزير الدفاع
oleksandr-syrskyi | أولكسندر سيرسكي | سيرسكي | ukraine | قائد الجيش
valerii-zaluzhnyi | فاليري زالوجني | زالوجني | ukraine | قائد الجيش
denys-shmyhal | دينيس شميهال | شميهال | ukraine | رئيس الوزراء
yulia-svyrydenko | يوليا سفيريدينكو | سفيريدينكو | ukraine | رئيسة الوزراء
petro-poroshenko | بيترو بوروشينكو | بوروشينكو | ukraine | الرئيس الأوكراني
alexander-lukashenko | ألكسندر لوكاشينكو | لوكاشينكو | belarus | الرئيس البيلاروسي
ilham-aliyev | إلهام علييف | علييف | azerbaijan | الرئيس الأذربيجاني
nikol-pashinyan | نيكول باشينيان | باشينيان | armenia | رئيس الوزراء
shavkat-mirziyoyev | شوكت ميرضيائيف | ميرضيائيف، شوكت ميرزيوييف، ميرزيوييف | uzbekistan | الرئيس الأوزبكي
bakhtiyor-saidov | بختيار سعيدوف | | uzbekistan | وزير الخارجية
islam-karimov | إسلام كريموف | كريموف | uzbekistan | الرئيس الأوزبكي
kassym-jomart-tokayev | قاسم جومارت توكاييف | توكاييف | kazakhstan | الرئيس الكازاخستاني
nursultan-nazarbayev | نور سلطان نزارباييف | نزارباييف | kazakhstan | الرئيس الكازاخستاني
emomali-rahmon | إمام علي رحمن | إمام علي رحمانوف | tajikistan | الرئيس الطاجيكي
sadyr-japarov | صدر جباروف | جباروف | kyrgyzstan | الرئيس القرغيزي
serdar-berdimuhamedow | سردار بردي محمدوف | | turkmenistan | الرئيس التركمانستاني
# Turkey
recep-tayyip-erdogan | رجب طيب أردوغان | أردوغان، اردوغان، رجب طيب إردوغان، إردوغان | turkey | الرئيس التركي
hakan-fidan | هاكان فيدان | فيدان | turkey | وزير الخارجية
mevlut-cavusoglu | مولود جاويش أوغلو | جاويش أوغلو | turkey | وزير الخارجية
ibrahim-kalin | إبراهيم قالن | قالن | turkey | رئيس جهاز الاستخبارات
yasar-guler | يشار غولر | غولر | turkey | وزير الدفاع
cevdet-yilmaz | جودت يلماز | | turkey | نائب الرئيس
ahmet-davutoglu | أحمد داود أوغلو | داود أوغلو | turkey | رئيس الوزراء
kemal-kilicdaroglu | كمال كليتشدار أوغلو | كليتشدار أوغلو | turkey | زعيم المعارضة
ozgur-ozel | أوزغور أوزيل | أوزيل | turkey | زعيم حزب الشعب الجمهوري
ekrem-imamoglu | أكرم إمام أوغلو | إمام أوغلو | turkey | رئيس بلدية إسطنبول
devlet-bahceli | دولت بهتشلي | بهتشلي | turkey | زعيم حزب الحركة القومية
abdullah-ocalan | عبد الله أوجلان | أوجلان | turkey | زعيم حزب العمال الكردستاني
fethullah-gulen | فتح الله غولن | غولن، فتح الله كولن | turkey | داعية
mustafa-kemal-ataturk | مصطفى كمال أتاتورك | أتاتورك | turkey | مؤسس الجمهورية التركية
# Iran
ali-khamenei | علي خامنئي | خامنئي، آية الله علي خامنئي، آية الله خامنئي | iran | المرشد الأعلى
ruhollah-khomeini | روح الله الخميني | الخميني، آية الله الخميني | iran | المرشد الأعلى
masoud-pezeshkian | مسعود بزشكيان | بزشكيان | iran | الرئيس الإيراني
ebrahim-raisi | إبراهيم رئيسي | | iran | الرئيس الإيراني
hassan-rouhani | حسن روحاني | | iran | الرئيس الإيراني
mahmoud-ahmadinejad | محمود أحمدي نجاد | أحمدي نجاد | iran | الرئيس الإيراني
mohammad-khatami | محمد خاتمي | خاتمي | iran | الرئيس الإيراني
abbas-araghchi | عباس عراقجي | عراقجي | iran | وزير الخارجية
hossein-amir-abdollahian | حسين أمير عبد اللهيان | عبد اللهيان، أمير عبد اللهيان | iran | وزير الخارجية
mohammad-javad-zarif | محمد جواد ظريف | جواد ظريف | iran | وزير الخارجية
ali-larijani | علي لاريجاني | لاريجاني | iran | أمين المجلس الأعلى للأمن القومي
mohammad-bagher-ghalibaf | محمد باقر قاليباف | قاليباف | iran | رئيس البرلمان
qassem-soleimani | قاسم سليماني | | iran | قائد فيلق القدس
esmail-qaani | إسماعيل قاآني | قاآني | iran | قائد فيلق القدس
hossein-salami | حسين سلامي | | iran | قائد الحرس الثوري
mohammad-bagheri | محمد باقري | | iran | رئيس الأركان
esmaeil-baghaei | إسماعيل بقائي | بقائي | iran | المتحدث باسم الخارجية الإيرانية
nasser-kanaani | ناصر كنعاني | | iran | المتحدث باسم الخارجية الإيرانية
mohammad-eslami | محمد إسلامي | | iran | رئيس منظمة الطاقة الذرية
ali-shamkhani | علي شمخاني | شمخاني | iran | أمين المجلس الأعلى للأمن القومي
# Israel
benjamin-netanyahu | بنيامين نتنياهو | نتنياهو، بنيامين نتانياهو، نتانياهو | israel | رئيس الوزراء
yoav-gallant | يوآف غالانت | غالانت، يوآف جالانت | israel | وزير الدفاع
israel-katz | يسرائيل كاتس | كاتس | israel | وزير الدفاع
gideon-saar | جدعون ساعر | ساعر | israel | وزير الخارجية
eli-cohen | إيلي كوهين | | israel | وزير الخارجية
benny-gantz | بيني غانتس | غانتس | israel | وزير
yair-lapid | يائير لابيد | لابيد | israel | زعيم المعارضة
naftali-bennett | نفتالي بينيت | بينيت | israel | رئيس الوزراء
isaac-herzog | إسحاق هرتسوغ | هرتسوغ | israel | الرئيس الإسرائيلي
itamar-ben-gvir | إيتمار بن غفير | بن غفير | israel | وزير الأمن القومي
bezalel-smotrich | بتسلئيل سموتريتش | سموتريتش | israel | وزير المالية
herzi-halevi | هرتسي هاليفي | هاليفي | israel | رئيس الأركان
eyal-zamir | إيال زامير | زامير | israel | رئيس الأركان
ron-dermer | رون ديرمر | ديرمر | israel | وزير الشؤون الاستراتيجية
avichay-adraee | أفيخاي أدرعي | أدرعي | israel | المتحدث باسم الجيش الإسرائيلي
daniel-hagari | دانيال هاغاري | هاغاري | israel | المتحدث باسم الجيش الإسرائيلي
ariel-sharon | أرييل شارون | | israel | رئيس الوزراء
ehud-olmert | إيهود أولمرت | أولمرت | israel | رئيس الوزراء
ehud-barak | إيهود باراك | | israel | رئيس الوزراء
shimon-peres | شمعون بيريز | بيريز | israel | الرئيس الإسرائيلي
yitzhak-rabin | إسحاق رابين | رابين | israel | رئيس الوزراء
golda-meir | غولدا مائير | | israel | رئيسة الوزراء
david-barnea | ديفيد برنياع | برنياع | israel | رئيس الموساد
ronen-bar | رونين بار | | israel | رئيس الشاباك
# Palestine
mahmoud-abbas | محمود عباس | أبو مازن | palestine | الرئيس الفلسطيني
yasser-arafat | ياسر عرفات | عرفات، أبو عمار | palestine | الرئيس الفلسطيني
mohammad-mustafa | محمد مصطفى | | palestine | رئيس الوزراء
mohammad-shtayyeh | محمد اشتية | اشتية، محمد اشتيه | palestine | رئيس الوزراء
riyad-al-maliki | رياض المالكي | | palestine | وزير الخارجية
varsen-aghabekian | فارسين أغابكيان | أغابكيان | palestine | وزيرة الخارجية
hussein-al-sheikh | حسين الشيخ | | palestine | نائب الرئيس
jibril-rajoub | جبريل الرجوب | الرجوب | palestine | أمين سر اللجنة المركزية لحركة فتح
marwan-barghouti | مروان البرغوثي | | palestine | القيادي في حركة فتح
ismail-haniyeh | إسماعيل هنية | هنية | palestine | رئيس المكتب السياسي لحركة حماس
yahya-sinwar | يحيى السنوار | السنوار | palestine | رئيس المكتب السياسي لحركة حماس
mohammed-sinwar | محمد السنوار | | palestine | القائد العسكري لحركة حماس
khaled-meshaal | خالد مشعل | | palestine | القيادي في حركة حماس
khalil-al-hayya | خليل الحية | | palestine | القيادي في حركة حماس
mohammed-deif | محمد الضيف | | palestine | قائد كتائب القسام
abu-obaida | أبو عبيدة | | palestine | المتحدث باسم كتائب القسام
saleh-al-arouri | صالح العاروري | العاروري | palestine | نائب رئيس المكتب السياسي لحركة حماس
ziyad-nakhalah | زياد النخالة | النخالة | palestine | الأمين العام لحركة الجهاد الإسلامي
mousa-abu-marzouk | موسى أبو مرزوق | أبو مرزوق | palestine | القيادي في حركة حماس
osama-hamdan | أسامة حمدان | | palestine | القيادي في حركة حماس
ahmed-yassin | الشيخ أحمد ياسين | أحمد ياسين | palestine | مؤسس حركة حماس
# Lebanon
michel-aoun | ميشال عون | ميشيل عون | lebanon | الرئيس اللبناني
joseph-aoun | جوزيف عون | | lebanon | الرئيس اللبناني
najib-mikati | نجيب ميقاتي | ميقاتي | lebanon | رئيس الحكومة
nawaf-salam | نواف سلام | | lebanon | رئيس الحكومة
nabih-berri | نبيه بري | | lebanon | رئيس مجلس النواب
saad-hariri | سعد الحريري | الحريري | lebanon | رئيس الحكومة
rafik-hariri | رفيق الحريري | | lebanon | رئيس الحكومة
hassan-nasrallah | حسن نصر الله | نصر الله، نصرالله، حسن نصرالله | lebanon | الأمين العام لحزب الله
naim-qassem | نعيم قاسم | | lebanon | الأمين العام لحزب الله
hashem-safieddine | هاشم صفي الدين | صفي الدين | lebanon | رئيس المجلس التنفيذي لحزب الله
gebran-bassil | جبران باسيل | باسيل | lebanon | رئيس التيار الوطني الحر
samir-geagea | سمير جعجع | جعجع | lebanon | رئيس حزب القوات اللبنانية
walid-jumblatt | وليد جنبلاط | جنبلاط | lebanon | الزعيم الدرزي
abdallah-bou-habib | عبد الله بو حبيب | بو حبيب | lebanon | وزير الخارجية
youssef-rajji | يوسف رجي | | lebanon | وزير الخارجية
fouad-siniora | فؤاد السنيورة | السنيورة | lebanon | رئيس الحكومة
tammam-salam | تمام سلام | | lebanon | رئيس الحكومة
# Syria
bashar-al-assad | بشار الأسد | الأسد | syria | الرئيس السوري
hafez-al-assad | حافظ الأسد | | syria | الرئيس السوري
maher-al-assad | ماهر الأسد | | syria | قائد الفرقة الرابعة
asma-al-assad | أسماء الأسد | | syria | زوجة الرئيس السوري
ahmed-al-sharaa | أحمد الشرع | أبو محمد الجولاني، الجولاني | syria | الرئيس السوري
asaad-al-shaibani | أسعد حسن الشيباني | أسعد الشيباني، الشيباني | syria | وزير الخارجية
murhaf-abu-qasra | مرهف أبو قصرة | أبو قصرة | syria | وزير الدفاع
mohammed-al-bashir | محمد البشير | | syria | رئيس الحكومة
walid-muallem | وليد المعلم | | syria | وزير الخارجية
faisal-mekdad | فيصل المقداد | المقداد | syria | وزير الخارجية
bassam-sabbagh | بسام صباغ | | syria | وزير الخارجية
hussein-arnous | حسين عرنوس | عرنوس | syria | رئيس الحكومة
bashar-jaafari | بشار الجعفري | | syria | المندوب السوري لدى الأمم المتحدة
mazloum-abdi | مظلوم عبدي | | syria | قائد قوات سوريا الديمقراطية
# Iraq
mohammed-shia-al-sudani | محمد شياع السوداني | شياع السوداني | iraq | رئيس الوزراء
mustafa-al-kadhimi | مصطفى الكاظمي | الكاظمي | iraq | رئيس الوزراء
adil-abdul-mahdi | عادل عبد المهدي | | iraq | رئيس الوزراء
haider-al-abadi | حيدر العبادي | العبادي | iraq | رئيس الوزراء
nouri-al-maliki | نوري المالكي | المالكي | iraq | رئيس الوزراء
saddam-hussein | صدام حسين | | iraq | الرئيس العراقي
abdul-latif-rashid | عبد اللطيف رشيد | | iraq | الرئيس العراقي
barham-salih | برهم صالح | | iraq | الرئيس العراقي
fuad-hussein | فؤاد حسين | | iraq | وزير الخارجية
muqtada-al-sadr | مقتدى الصدر | | iraq | زعيم التيار الصدري
masoud-barzani | مسعود بارزاني | مسعود البارزاني | iraq | زعيم الحزب الديمقراطي الكردستاني
nechirvan-barzani | نيجيرفان بارزاني | نيجيرفان البارزاني | iraq | رئيس إقليم كردستان
masrour-barzani | مسرور بارزاني | مسرور البارزاني | iraq | رئيس حكومة إقليم كردستان
ali-al-sistani | علي السيستاني | السيستاني، آية الله علي السيستاني | iraq | المرجع الشيعي
mohammed-al-halbousi | محمد الحلبوسي | الحلبوسي | iraq | رئيس البرلمان
abu-mahdi-al-muhandis | أبو مهدي المهندس | | iraq | نائب رئيس هيئة الحشد الشعبي
qais-al-khazali | قيس الخزعلي | الخزعلي | iraq | الأمين العام لعصائب أهل الحق
hadi-al-amiri | هادي العامري | | iraq | الأمين العام لمنظمة بدر
falih-al-fayyadh | فالح الفياض | الفياض | iraq | رئيس هيئة الحشد الشعبي
abu-bakr-al-baghdadi | أبو بكر البغدادي | | iraq | زعيم تنظيم الدولة الإسلامية
# Gulf
king-salman | سلمان بن عبد العزيز | الملك سلمان، سلمان بن عبدالعزيز، خادم الحرمين الشريفين | saudi-arabia | العاهل السعودي
mohammed-bin-salman | محمد بن سلمان | بن سلمان | saudi-arabia | ولي العهد السعودي
faisal-bin-farhan | فيصل بن فرحان | الأمير فيصل بن فرحان، فيصل بن فرحان آل سعود | saudi-arabia | وزير الخارجية
adel-al-jubeir | عادل الجبير | الجبير | saudi-arabia | وزير الدولة للشؤون الخارجية
khalid-bin-salman | خالد بن سلمان | | saudi-arabia | وزير الدفاع
abdulaziz-bin-salman | عبد العزيز بن سلمان | عبدالعزيز بن سلمان | saudi-arabia | وزير الطاقة
king-abdullah-saudi | عبد الله بن عبد العزيز | الملك عبد الله بن عبد العزيز | saudi-arabia | العاهل السعودي
turki-al-faisal | تركي الفيصل | | saudi-arabia | رئيس الاستخبارات السابق
osama-bin-laden | أسامة بن لادن | بن لادن | saudi-arabia | زعيم تنظيم القاعدة
mohamed-bin-zayed | محمد بن زايد | محمد بن زايد آل نهيان | uae | رئيس الإمارات
khalifa-bin-zayed | خليفة بن زايد | خليفة بن زايد آل نهيان | uae | رئيس الإمارات
zayed-bin-sultan | زايد بن سلطان آل نهيان | الشيخ زايد | uae | مؤسس دولة الإمارات
mohammed-bin-rashid | محمد بن راشد | محمد بن راشد آل مكتوم | uae | حاكم دبي
abdullah-bin-zayed | عبد الله بن زايد | عبدالله بن زايد، عبد الله بن زايد آل نهيان | uae | وزير الخارجية
anwar-gargash | أنور قرقاش | قرقاش | uae | المستشار الدبلوماسي لرئيس الدولة
tahnoun-bin-zayed | طحنون بن زايد | | uae | مستشار الأمن الوطني
mansour-bin-zayed | منصور بن زايد | | uae | نائب رئيس الدولة
tamim-bin-hamad | تميم بن حمد آل ثاني | تميم بن حمد، الشيخ تميم، الأمير تميم | qatar | أمير قطر
hamad-bin-khalifa | حمد بن خليفة آل ثاني | حمد بن خليفة | qatar | أمير قطر
mohammed-bin-abdulrahman | محمد بن عبد الرحمن آل ثاني | محمد بن عبدالرحمن آل ثاني، محمد بن عبد الرحمن | qatar | رئيس مجلس الوزراء ووزير الخارجية
hamad-bin-jassim | حمد بن جاسم | حمد بن جاسم آل ثاني | qatar | رئيس الوزراء
majed-al-ansari | ماجد الأنصاري | | qatar | المتحدث باسم الخارجية القطرية
mishal-al-ahmad | مشعل الأحمد الجابر الصباح | الشيخ مشعل الأحمد، مشعل الأحمد | kuwait | أمير الكويت
nawaf-al-ahmad | نواف الأحمد الجابر الصباح | الشيخ نواف الأحمد، نواف الأحمد | kuwait | أمير الكويت
sabah-al-ahmad | صباح الأحمد الجابر الصباح | الشيخ صباح الأحمد، صباح الأحمد | kuwait | أمير الكويت
abdullah-al-yahya | عبد الله اليحيا | عبدالله اليحيا | kuwait | وزير الخارجية
hamad-bin-isa | حمد بن عيسى آل خليفة | الملك حمد بن عيسى، حمد بن عيسى | bahrain | ملك البحرين
salman-bin-hamad | سلمان بن حمد آل خليفة | الأمير سلمان بن حمد | bahrain | ولي العهد رئيس مجلس الوزراء
abdullatif-al-zayani | عبد اللطيف الزياني | عبداللطيف الزياني، الزياني | bahrain | وزير الخارجية
haitham-bin-tariq | هيثم بن طارق | السلطان هيثم بن طارق، السلطان هيثم | oman | سلطان عمان
qaboos-bin-said | قابوس بن سعيد | السلطان قابوس | oman | سلطان عمان
badr-albusaidi | بدر البوسعيدي | البوسعيدي، بدر بن حمد البوسعيدي | oman | وزير الخارجية
yusuf-bin-alawi | يوسف بن علوي | | oman | وزير الخارجية
jassem-albudaiwi | جاسم البديوي | جاسم محمد البديوي، البديوي | kuwait | الأمين العام لمجلس التعاون الخليجي
# Jordan, Egypt
king-abdullah-ii | عبد الله الثاني | الملك عبد الله الثاني، عبدالله الثاني | jordan | العاهل الأردني
crown-prince-hussein | الحسين بن عبد الله | الأمير الحسين بن عبد الله الثاني | jordan | ولي العهد الأردني
king-hussein | الحسين بن طلال | الملك حسين، الملك الحسين بن طلال | jordan | العاهل الأردني
queen-rania | الملكة رانيا | | jordan | ملكة الأردن
ayman-safadi | أيمن الصفدي | الصفدي | jordan | وزير الخارجية
jafar-hassan | جعفر حسان | | jordan | رئيس الوزراء
bisher-al-khasawneh | بشر الخصاونة | الخصاونة | jordan | رئيس الوزراء
abdel-fattah-el-sisi | عبد الفتاح السيسي | السيسي، عبدالفتاح السيسي | egypt | الرئيس المصري
mostafa-madbouly | مصطفى مدبولي | مدبولي | egypt | رئيس الوزراء
badr-abdelatty | بدر عبد العاطي | عبد العاطي | egypt | وزير الخارجية
sameh-shoukry | سامح شكري | | egypt | وزير الخارجية
hosni-mubarak | حسني مبارك | | egypt | الرئيس المصري
mohamed-morsi | محمد مرسي | | egypt | الرئيس المصري
gamal-abdel-nasser | جمال عبد الناصر | عبد الناصر | egypt | الرئيس المصري
anwar-sadat | أنور السادات | السادات | egypt | الرئيس المصري
ahmed-aboul-gheit | أحمد أبو الغيط | أبو الغيط | egypt | الأمين العام لجامعة الدول العربية
amr-moussa | عمرو موسى | | egypt | الأمين العام لجامعة الدول العربية
abbas-kamel | عباس كامل | | egypt | رئيس المخابرات العامة
hassan-rashad | حسن رشاد | | egypt | رئيس المخابرات العامة
mohamed-elbaradei | محمد البرادعي | البرادعي | egypt | المدير العام للوكالة الدولية للطاقة الذرية
ahmed-el-tayeb | أحمد الطيب | | egypt | شيخ الأزهر
# Maghreb and Libya
muammar-gaddafi | معمر القذافي | القذافي | libya | الزعيم الليبي
saif-al-islam-gaddafi | سيف الإسلام القذافي | | libya | نجل الزعيم الليبي
khalifa-haftar | خليفة حفتر | حفتر | libya | قائد الجيش الوطني الليبي
saddam-haftar | صدام حفتر | | libya | نائب قائد الجيش الوطني الليبي
abdul-hamid-dbeibah | عبد الحميد الدبيبة | الدبيبة، عبدالحميد الدبيبة | libya | رئيس حكومة الوحدة الوطنية
mohamed-al-menfi | محمد المنفي | المنفي | libya | رئيس المجلس الرئاسي
aguila-saleh | عقيلة صالح | | libya | رئيس مجلس النواب
fayez-al-sarraj | فائز السراج | | libya | رئيس المجلس الرئاسي
fathi-bashagha | فتحي باشاغا | باشاغا | libya | رئيس الحكومة
osama-hammad | أسامة حماد | | libya | رئيس الحكومة
kais-saied | قيس سعيد | | tunisia | الرئيس التونسي
zine-el-abidine-ben-ali | زين العابدين بن علي | | tunisia | الرئيس التونسي
beji-caid-essebsi | الباجي قائد السبسي | السبسي | tunisia | الرئيس التونسي
habib-bourguiba | الحبيب بورقيبة | بورقيبة | tunisia | الرئيس التونسي
rached-ghannouchi | راشد الغنوشي | الغنوشي | tunisia | رئيس حركة النهضة
nabil-ammar | نبيل عمار | | tunisia | وزير الخارجية
mohamed-ali-nafti | محمد علي النفطي | | tunisia | وزير الخارجية
abdelmadjid-tebboune | عبد المجيد تبون | تبون، عبدالمجيد تبون | algeria | الرئيس الجزائري
ahmed-attaf | أحمد عطاف | عطاف | algeria | وزير الخارجية
ramtane-lamamra | رمطان لعمامرة | لعمامرة | algeria | وزير الخارجية
abdelaziz-bouteflika | عبد العزيز بوتفليقة | بوتفليقة | algeria | الرئيس الجزائري
said-chanegriha | السعيد شنقريحة | شنقريحة | algeria | رئيس أركان الجيش
mohammed-vi | محمد السادس | الملك محمد السادس | morocco | العاهل المغربي
hassan-ii | الحسن الثاني | الملك الحسن الثاني | morocco | العاهل المغربي
nasser-bourita | ناصر بوريطة | بوريطة | morocco | وزير الخارجية
aziz-akhannouch | عزيز أخنوش | أخنوش | morocco | رئيس الحكومة
mohamed-ould-ghazouani | محمد ولد الشيخ الغزواني | محمد ولد الغزواني، ولد الغزواني، الغزواني | mauritania | الرئيس الموريتاني
# Sudan, Horn of Africa, Yemen
abdel-fattah-al-burhan | عبد الفتاح البرهان | عبدالفتاح البرهان | sudan | رئيس مجلس السيادة
mohamed-hamdan-dagalo | محمد حمدان دقلو | حميدتي، دقلو | sudan | قائد قوات الدعم السريع
omar-al-bashir | عمر البشير | عمر حسن البشير | sudan | الرئيس السوداني
abdalla-hamdok | عبد الله حمدوك | حمدوك، عبدالله حمدوك | sudan | رئيس الوزراء
kamil-idris | كامل إدريس | | sudan | رئيس الوزراء
abiy-ahmed | آبي أحمد | أبي أحمد | ethiopia | رئيس الوزراء
isaias-afwerki | أسياس أفورقي | أفورقي، إسياس أفورقي | eritrea | الرئيس الإريتري
hassan-sheikh-mohamud | حسن شيخ محمود | | somalia | الرئيس الصومالي
ismail-omar-guelleh | إسماعيل عمر جيله | جيله | djibouti | رئيس جيبوتي
william-ruto | وليام روتو | روتو | kenya | الرئيس الكيني
salva-kiir | سلفا كير | سلفاكير | south-sudan | رئيس جنوب السودان
abdul-malik-al-houthi | عبد الملك الحوثي | عبدالملك الحوثي | yemen | زعيم جماعة الحوثيين
rashad-al-alimi | رشاد العليمي | العليمي | yemen | رئيس مجلس القيادة الرئاسي
abdrabbuh-mansur-hadi | عبد ربه منصور هادي | عبدربه منصور هادي، منصور هادي | yemen | الرئيس اليمني
ali-abdullah-saleh | علي عبد الله صالح | علي عبدالله صالح | yemen | الرئيس اليمني
mahdi-al-mashat | مهدي المشاط | المشاط | yemen | رئيس المجلس السياسي الأعلى
mohammed-abdulsalam | محمد عبد السلام | محمد عبدالسلام | yemen | المتحدث باسم الحوثيين
yahya-saree | يحيى سريع | | yemen | المتحدث العسكري باسم الحوثيين
aidarous-al-zubaidi | عيدروس الزبيدي | الزبيدي | yemen | رئيس المجلس الانتقالي الجنوبي
# Afghanistan, Pakistan, India
haibatullah-akhundzada | هبة الله آخوند زاده | هبة الله أخوندزاده، هبة الله آخوندزاده، آخوند زاده، أخوندزاده | afghanistan | زعيم حركة طالبان
amir-khan-muttaqi | أمير خان متقي | متقي، أمير خان متقى | afghanistan | وزير الخارجية
mohammad-hassan-akhund | محمد حسن آخوند | الملا محمد حسن آخوند | afghanistan | رئيس الوزراء
zabihullah-mujahid | ذبيح الله مجاهد | | afghanistan | المتحدث باسم حكومة طالبان
sirajuddin-haqqani | سراج الدين حقاني | | afghanistan | وزير الداخلية
abdul-ghani-baradar | عبد الغني برادر | الملا برادر، الملا عبد الغني برادر | afghanistan | نائب رئيس الوزراء
mullah-omar | الملا محمد عمر | الملا عمر | afghanistan | زعيم حركة طالبان
mohammad-yaqoob | محمد يعقوب مجاهد | الملا يعقوب | afghanistan | وزير الدفاع
ashraf-ghani | أشرف غني | | afghanistan | الرئيس الأفغاني
hamid-karzai | حامد كرزاي | كرزاي | afghanistan | الرئيس الأفغاني
abdullah-abdullah | عبد الله عبد الله | | afghanistan | رئيس المجلس الأعلى للمصالحة
shehbaz-sharif | شهباز شريف | | pakistan | رئيس الوزراء
nawaz-sharif | نواز شريف | | pakistan | رئيس الوزراء
imran-khan | عمران خان | | pakistan | رئيس الوزراء
ishaq-dar | إسحاق دار | | pakistan | وزير الخارجية
asif-ali-zardari | آصف علي زرداري | زرداري | pakistan | الرئيس الباكستاني
asim-munir | عاصم منير | | pakistan | قائد الجيش
bilawal-bhutto | بلاول بوتو زرداري | بلاول بوتو | pakistan | وزير الخارجية
benazir-bhutto | بينظير بوتو | بي نظير بوتو | pakistan | رئيسة الوزراء
narendra-modi | ناريندرا مودي | مودي | india | رئيس الوزراء
subrahmanyam-jaishankar | سوبراهمانيام جايشانكار | جايشانكار | india | وزير الخارجية
rahul-gandhi | راهول غاندي | | india | زعيم المعارضة
mahatma-gandhi | المهاتما غاندي | مهاتما غاندي | india | زعيم الاستقلال
# East Asia and the Pacific
kim-jong-un | كيم جونغ أون | كيم جونغ اون | north-korea | الزعيم الكوري الشمالي
yoon-suk-yeol | يون سوك يول | | south-korea | الرئيس الكوري الجنوبي
lee-jae-myung | لي جاي ميونغ | لي جيه ميونغ | south-korea | الرئيس الكوري الجنوبي
shigeru-ishiba | شيغيرو إيشيبا | إيشيبا | japan | رئيس الوزراء
fumio-kishida | فوميو كيشيدا | كيشيدا | japan | رئيس الوزراء
shinzo-abe | شينزو آبي | | japan | رئيس الوزراء
sanae-takaichi | ساناي تاكايتشي | تاكايتشي | japan | رئيسة الوزراء
lai-ching-te | لاي تشينغ تي | | taiwan | رئيس تايوان
anwar-ibrahim | أنور إبراهيم | | malaysia | رئيس الوزراء
prabowo-subianto | برابوو سوبيانتو | برابوو | indonesia | الرئيس الإندونيسي
joko-widodo | جوكو ويدودو | ويدودو | indonesia | الرئيس الإندونيسي
ferdinand-marcos-jr | فرديناند ماركوس الابن | فرديناند ماركوس | philippines | الرئيس الفلبيني
anthony-albanese | أنتوني ألبانيز | ألبانيز | australia | رئيس الوزراء
# Americas and Africa
justin-trudeau | جاستن ترودو | ترودو | canada | رئيس الوزراء
mark-carney | مارك كارني | كارني | canada | رئيس الوزراء
claudia-sheinbaum | كلاوديا شينباوم | شينباوم | mexico | رئيسة المكسيك
lula-da-silva | لويس إيناسيو لولا دا سيلفا | لولا دا سيلفا | brazil | الرئيس البرازيلي
jair-bolsonaro | جايير بولسونارو | بولسونارو | brazil | الرئيس البرازيلي
javier-milei | خافيير ميلي | | argentina | الرئيس الأرجنتيني
nicolas-maduro | نيكولاس مادورو | مادورو | venezuela | الرئيس الفنزويلي
hugo-chavez | هوغو تشافيز | تشافيز | venezuela | الرئيس الفنزويلي
fidel-castro | فيدل كاسترو | كاسترو | cuba | الزعيم الكوبي
gustavo-petro | غوستافو بيترو | | colombia | الرئيس الكولومبي
cyril-ramaphosa | سيريل رامافوزا | رامافوزا | south-africa | رئيس جنوب أفريقيا
nelson-mandela | نيلسون مانديلا | مانديلا | south-africa | رئيس جنوب أفريقيا
paul-kagame | بول كاغامي | كاغامي | rwanda | الرئيس الرواندي
bola-tinubu | بولا تينوبو | تينوبو | nigeria | الرئيس النيجيري
# International officials and religious leaders
antonio-guterres | أنطونيو غوتيريش | غوتيريش، غوتيريس، أنطونيو غوتيريس، انطونيو جوتيريش، جوتيريش | | الأمين العام للأمم المتحدة
ban-ki-moon | بان كي مون | | south-korea | الأمين العام للأمم المتحدة
kofi-annan | كوفي عنان | | ghana | الأمين العام للأمم المتحدة
stephane-dujarric | ستيفان دوجاريك | دوجاريك | | المتحدث باسم الأمين العام للأمم المتحدة
mark-rutte | مارك روته | روته، مارك روتي | netherlands | الأمين العام لحلف شمال الأطلسي
jens-stoltenberg | ينس ستولتنبرغ | ستولتنبرغ، يانس ستولتنبرغ | norway | الأمين العام لحلف شمال الأطلسي
ursula-von-der-leyen | أورسولا فون دير لاين | فون دير لاين | germany | رئيسة المفوضية الأوروبية
josep-borrell | جوزيب بوريل | بوريل | spain | مسؤول السياسة الخارجية في الاتحاد الأوروبي
kaja-kallas | كايا كالاس | كالاس | estonia | مسؤولة السياسة الخارجية في الاتحاد الأوروبي
antonio-costa | أنطونيو كوستا | | portugal | رئيس المجلس الأوروبي
charles-michel | شارل ميشيل | | belgium | رئيس المجلس الأوروبي
rafael-grossi | رافائيل غروسي | غروسي، رافاييل غروسي | argentina | المدير العام للوكالة الدولية للطاقة الذرية
tedros-adhanom | تيدروس أدهانوم غيبريسوس | تيدروس، تيدروس أدهانوم | ethiopia | المدير العام لمنظمة الصحة العالمية
philippe-lazzarini | فيليب لازاريني | لازاريني | switzerland | المفوض العام للأونروا
hissein-brahim-taha | حسين إبراهيم طه | | chad | الأمين العام لمنظمة التعاون الإسلامي
moussa-faki | موسى فكي محمد | موسى فقي محمد | chad | رئيس مفوضية الاتحاد الأفريقي
kristalina-georgieva | كريستالينا غورغييفا | غورغييفا | bulgaria | المديرة العامة لصندوق النقد الدولي
karim-khan | كريم خان | | united-kingdom | المدعي العام للمحكمة الجنائية الدولية
geir-pedersen | غير بيدرسن | بيدرسن، غير بيدرسون | norway | المبعوث الأممي إلى سوريا
staffan-de-mistura | ستافان دي ميستورا | دي ميستورا | | المبعوث الأممي
hans-grundberg | هانس غروندبرغ | غروندبرغ | sweden | المبعوث الأممي إلى اليمن
martin-griffiths | مارتن غريفيث | غريفيث | united-kingdom | منسق الشؤون الإنسانية
tom-fletcher | توم فليتشر | | united-kingdom | منسق الشؤون الإنسانية
volker-turk | فولكر تورك | | austria | المفوض السامي لحقوق الإنسان
filippo-grandi | فيليبو غراندي | غراندي | italy | المفوض السامي لشؤون اللاجئين
francesca-albanese | فرانشيسكا ألبانيزي | ألبانيزي | italy | المقررة الأممية الخاصة
pope-francis | البابا فرنسيس | البابا فرانسيس | vatican | بابا الفاتيكان
pope-leo-xiv | البابا لاون الرابع عشر | البابا ليو الرابع عشر | vatican | بابا الفاتيكان
ayman-al-zawahiri | أيمن الظواهري | الظواهري | egypt | زعيم تنظيم القاعدة
# More foreign ministers and heads of government, past and present
saud-al-faisal | سعود الفيصل | الأمير سعود الفيصل | saudi-arabia | وزير الخارجية
ibrahim-al-assaf | إبراهيم العساف | | saudi-arabia | وزير الخارجية
ahmad-al-abdullah | أحمد العبد الله | أحمد عبد الله الأحمد الصباح | kuwait | رئيس مجلس الوزراء
salem-al-sabah | سالم عبد الله الجابر الصباح | | kuwait | وزير الخارجية
sabah-khalid | صباح الخالد | صباح الخالد الحمد الصباح | kuwait | رئيس مجلس الوزراء
ahmad-nasser-al-sabah | أحمد ناصر المحمد الصباح | | kuwait | وزير الخارجية
khalid-bin-ahmed-al-khalifa | خالد بن أحمد آل خليفة | | bahrain | وزير الخارجية
hoshyar-zebari | هوشيار زيباري | زيباري | iraq | وزير الخارجية
ibrahim-al-jaafari | إبراهيم الجعفري | | iraq | وزير الخارجية
hani-al-mulki | هاني الملقي | الملقي | jordan | رئيس الوزراء
omar-razzaz | عمر الرزاز | الرزاز | jordan | رئيس الوزراء
nasser-judeh | ناصر جودة | | jordan | وزير الخارجية
ahmed-awad-bin-mubarak | أحمد عوض بن مبارك | بن مبارك | yemen | رئيس الوزراء
shaya-al-zindani | شائع الزنداني | | yemen | وزير الخارجية
salem-bin-breik | سالم بن بريك | | yemen | رئيس الوزراء
mohamed-salem-ould-merzouk | محمد سالم ولد مرزوك | ولد مرزوك | mauritania | وزير الخارجية
ali-youssef-al-sharif | علي يوسف الشريف | | sudan | وزير الخارجية
nadir-larbaoui | نذير العرباوي | العرباوي | algeria | الوزير الأول
sifi-ghrieb | سيفي غريب | | algeria | الوزير الأول
najla-bouden | نجلاء بودن | | tunisia | رئيسة الحكومة
kamel-madouri | كمال المدوري | | tunisia | رئيس الحكومة
sara-zaafrani | سارة الزعفراني الزنزري | | tunisia | رئيسة الحكومة
najla-al-mangoush | نجلاء المنقوش | | libya | وزيرة الخارجية
ahmed-maiteeq | أحمد معيتيق | معيتيق | libya | نائب رئيس المجلس الرئاسي
sherif-ismail | شريف إسماعيل | | egypt | رئيس الوزراء
ibrahim-mahlab | إبراهيم محلب | محلب | egypt | رئيس الوزراء
hazem-el-beblawi | حازم الببلاوي | الببلاوي | egypt | رئيس الوزراء
hassan-diab | حسان دياب | | lebanon | رئيس الحكومة
michel-sleiman | ميشال سليمان | | lebanon | الرئيس اللبناني
emile-lahoud | إميل لحود | لحود | lebanon | الرئيس اللبناني
adnan-mansour | عدنان منصور | | lebanon | وزير الخارجية
farouk-al-sharaa | فاروق الشرع | | syria | نائب الرئيس السوري
riyad-farid-hijab | رياض حجاب | | syria | رئيس الوزراء
saeb-erekat | صائب عريقات | عريقات | palestine | أمين سر اللجنة التنفيذية لمنظمة التحرير
rami-hamdallah | رامي الحمد الله | | palestine | رئيس الوزراء
salam-fayyad | سلام فياض | | palestine | رئيس الوزراء
ali-akbar-velayati | علي أكبر ولايتي | | iran | مستشار المرشد للشؤون الدولية
ali-akbar-salehi | علي أكبر صالحي | | iran | وزير الخارجية
manouchehr-mottaki | منوشهر متكي | | iran | وزير الخارجية
kamal-kharrazi | كمال خرازي | خرازي | iran | رئيس المجلس الاستراتيجي للعلاقات الخارجية
mohammad-mokhber | محمد مخبر | | iran | النائب الأول للرئيس
binali-yildirim | بن علي يلدريم | يلدريم | turkey | رئيس الوزراء
abdullah-gul | عبد الله غل | | turkey | الرئيس التركي
avigdor-lieberman | أفيغدور ليبرمان | ليبرمان | israel | وزير الدفاع
tzipi-livni | تسيبي ليفني | ليفني | israel | وزيرة الخارجية
igor-ivanov | إيغور إيفانوف | | russia | وزير الخارجية
yevgeny-primakov | يفغيني بريماكوف | بريماكوف | russia | رئيس الوزراء
yang-jiechi | يانغ جيه تشي | | china | وزير الخارجية
madeleine-albright | مادلين أولبرايت | أولبرايت | usa | وزيرة الخارجية
james-baker | جيمس بيكر | | usa | وزير الخارجية
henry-kissinger | هنري كيسنجر | كيسنجر | usa | وزير الخارجية
donald-rumsfeld | دونالد رامسفيلد | رامسفيلد | usa | وزير الدفاع
dick-cheney | ديك تشيني | تشيني | usa | نائب الرئيس
william-hague | وليام هيغ | | united-kingdom | وزير الخارجية
jack-straw | جاك سترو | | united-kingdom | وزير الخارجية
laurent-fabius | لوران فابيوس | فابيوس | france | وزير الخارجية
heiko-maas | هايكو ماس | | germany | وزير الخارجية
sigmar-gabriel | زيغمار غابرييل | | germany | وزير الخارجية
federica-mogherini | فيديريكا موغيريني | موغيريني | italy | مسؤولة السياسة الخارجية في الاتحاد الأوروبي
catherine-ashton | كاثرين آشتون | آشتون | united-kingdom | مسؤولة السياسة الخارجية في الاتحاد الأوروبي
javier-solana | خافيير سولانا | سولانا | spain | الأمين العام لحلف شمال الأطلسي
nabil-elaraby | نبيل العربي | | egypt | الأمين العام لجامعة الدول العربية
hossam-zaki | حسام زكي | | egypt | الأمين العام المساعد لجامعة الدول العربية
nayef-al-hajraf | نايف الحجرف | الحجرف | kuwait | الأمين العام لمجلس التعاون الخليجي
abdulrahman-al-attiyah | عبد الرحمن العطية | | qatar | الأمين العام لمجلس التعاون الخليجي
yousef-al-othaimeen | يوسف العثيمين | العثيمين | saudi-arabia | الأمين العام لمنظمة التعاون الإسلامي
martin-kobler | مارتن كوبلر | كوبلر | germany | المبعوث الأممي إلى ليبيا
ghassan-salame | غسان سلامة | | lebanon | المبعوث الأممي إلى ليبيا
stephanie-williams | ستيفاني وليامز | ستيفاني ويليامز | usa | المبعوثة الأممية إلى ليبيا
abdoulaye-bathily | عبد الله باتيلي | باتيلي | senegal | المبعوث الأممي إلى ليبيا
hanna-tetteh | هانا تيتيه | تيتيه | ghana | المبعوثة الأممية إلى ليبيا
jeanine-hennis-plasschaert | جينين هينيس بلاسخارت | بلاسخارت | netherlands | الممثلة الأممية في لبنان
lakhdar-brahimi | الأخضر الإبراهيمي | | algeria | المبعوث الأممي
roza-otunbayeva | روزا أوتونباييفا | أوتونباييفا | kyrgyzstan | رئيسة بعثة الأمم المتحدة في أفغانستان
rola-dashti | رولا دشتي | | kuwait | الأمينة التنفيذية للإسكوا
`;
