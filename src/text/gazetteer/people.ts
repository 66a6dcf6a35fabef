// People: slug | Arabic name | other spellings (surname alone only when unambiguous) | country slug | best-known office
export const PEOPLE = `
sergei-lavrov | سيرغي لافروف | سيرجي لافروف، سيرغيي لافروف، لافروف | russia | وزير الخارجية
donald-trump | دونالد ترامب | ترامب، دونالد ترمب، ترمب | usa | الرئيس
amir-khan-muttaqi | أمير خان متقي | متقي، أمير خان متقى | afghanistan | وزير الخارجية
`;
