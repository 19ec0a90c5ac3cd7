import type { Catalogue } from './en';

/** 简体中文目录：必须包含 en 中的每一个键。 */
export const zhCN: Catalogue = {
  'app.name': 'PodScope',
  'app.tagline': '看清 Kubernetes Pod 的内部',
  'app.skipToCanvas': '跳到 Pod 画布',
  'lang.label': '语言',
  'theme.label': '主题',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.system': '跟随系统',
  'canvas.label': 'Pod 画布',
  'panel.label': '状态面板',
  'panel.placeholder': 'Pod 状态、事件和操作按钮显示在这里。',
};
