/** The languages of the interface, the exports and the messages: Vietnamese first, English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
