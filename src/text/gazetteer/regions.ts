// Regions, continents, seas: slug | Arabic name | other spellings | country slug (when inside one country)
export const REGIONS = `
central-asia | آسيا الوسطى | وسط آسيا |
`;
