/** Free play strings (English). */
export const freeplayEn = {
  'freeplay.title': 'Free play',
} as const;
