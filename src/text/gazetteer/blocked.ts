// Phrases that contain a gazetteer name but do not mention the entity. They are matched like any entry (longest match
// first) and then dropped, so "مسقط رأسه" (his birthplace) is not Muscat and "مجلس الأمن القومي" is not the UN
// Security Council. One phrase per line, display form.
export const BLOCKED = `
مسقط رأس
مسقط رأسه
مسقط رأسها
مسقط الرأس
مجلس الأمن القومي
مجلس الأمن الوطني
مجلس الأمن الداخلي
صلاة المغرب
أذان المغرب
صلاتي المغرب والعشاء
المغرب والعشاء
شبه الجزيرة
# Mangroves, not Crimea
غابات القرم
أشجار القرم
شجر القرم
# Verbs and nouns that a clitic turns into a short place name
# "for the Hajj" (ل + الحج), not "to Lahj": the same letters, and the Hajj is the far likelier reading
للحج
# Platini, not "in Latin"
بلاتيني
وجده
لجده
فسرت
كسرت
لقم
الجمعية العامة للشركة
القيادة المركزية للحزب
القيادة المركزية للحركة
# "القاعدة" alone is al-Qaeda in the press, but not in these
القاعدة العسكرية
القاعدة الجوية
القاعدة البحرية
القاعدة الأمريكية
القاعدة الأميركية
القاعدة الروسية
القاعدة التركية
القاعدة الشعبية
القاعدة الانتخابية
القاعدة القانونية
القاعدة الذهبية
القاعدة الصناعية
`;
