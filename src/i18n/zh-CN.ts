import type { EagerCatalogue } from './en';
import { canvasZhCN } from './canvas.zh-CN';
import { panelZhCN } from './panel.zh-CN';
import { shellZhCN } from './shell.zh-CN';

/** 首屏（外壳、画布、面板）的简体中文消息；课程和自由练习的消息随各自的懒加载模块注册。 */
export const zhCN: EagerCatalogue = { ...shellZhCN, ...canvasZhCN, ...panelZhCN };
