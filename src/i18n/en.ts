import { canvasEn } from './canvas.en';
import { freeplayEn } from './freeplay.en';
import { lessonsEn } from './lessons.en';
import { panelEn } from './panel.en';
import { shellEn } from './shell.en';

/**
 * English catalogue: the source of message keys, assembled from one file per area of the app.
 * zh-CN must define every key (enforced by its type and by a test).
 */
export const en = { ...shellEn, ...canvasEn, ...panelEn, ...lessonsEn, ...freeplayEn } as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
