import type { EagerCatalogue } from './en';
import { canvasZhCN } from './canvas.zh-CN';
import { shellZhCN } from './shell.zh-CN';

/** 首屏（外壳、画布）的简体中文消息；课程、自由练习、状态标签页等的消息随各自的懒加载模块注册。 */
export const zhCN: EagerCatalogue = { ...shellZhCN, ...canvasZhCN };
