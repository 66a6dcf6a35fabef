// News outlets and agencies: slug | Arabic name | other names | country slug
export const MEDIA = `
rt | روسيا اليوم | قناة روسيا اليوم، آر تي | russia
`;
