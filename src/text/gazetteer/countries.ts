// Countries: slug | Arabic name | other names | demonym stems (masculine singular) | broken plurals and other forms
export const COUNTRIES = `
russia | روسيا | روسيا الاتحادية، الاتحاد الروسي، روسية | روسي | الروس
usa | الولايات المتحدة | الولايات المتحدة الأمريكية، الولايات المتحدة الأميركية، أمريكا، أميركا، أمیرکا | أمريكي، أميركي | الأمريكان، الأميركان
afghanistan | أفغانستان | | أفغاني | الأفغان
uzbekistan | أوزبكستان | أوزبكستان، اوزباكستان | أوزبكي، أوزبكستاني | الأوزبك
china | الصين | جمهورية الصين الشعبية | صيني |
`;
