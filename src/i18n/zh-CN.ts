import type { Catalogue } from './en';
import { canvasZhCN } from './canvas.zh-CN';
import { freeplayZhCN } from './freeplay.zh-CN';
import { lessonsZhCN } from './lessons.zh-CN';
import { panelZhCN } from './panel.zh-CN';
import { shellZhCN } from './shell.zh-CN';

/** 简体中文目录：按应用区域分文件，必须包含 en 中的每一个键。 */
export const zhCN: Catalogue = { ...shellZhCN, ...canvasZhCN, ...panelZhCN, ...lessonsZhCN, ...freeplayZhCN };
