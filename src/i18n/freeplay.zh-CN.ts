import type { freeplayEn } from './freeplay.en';

export const freeplayZhCN: Record<keyof typeof freeplayEn, string> = {
  'freeplay.title': '自由练习',
};
