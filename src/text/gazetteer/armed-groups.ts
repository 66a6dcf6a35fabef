// Armed groups and movements: slug | Arabic name | other names | country slug | adjectives
export const ARMED_GROUPS = `
taliban | طالبان | حركة طالبان |  afghanistan
`;
