/** Lessons strings (English). */
export const lessonsEn = {
  'lessons.title': 'Lessons',
} as const;
