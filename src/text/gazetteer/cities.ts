// Cities: slug | Arabic name | other spellings | country slug
export const CITIES = `
moscow | موسكو | | russia
kazan | قازان | كازان | russia
tashkent | طشقند | طاشقند | uzbekistan
washington | واشنطن | | usa
kabul | كابل | | afghanistan
beijing | بكين | بيجين | china
`;
