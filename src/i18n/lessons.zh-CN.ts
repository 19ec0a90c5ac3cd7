import type { lessonsEn } from './lessons.en';

export const lessonsZhCN: Record<keyof typeof lessonsEn, string> = {
  'lessons.title': '课程',
};
