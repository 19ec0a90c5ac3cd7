import type { shellEn } from './shell.en';

export const shellZhCN: Record<keyof typeof shellEn, string> = {
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
  'tabs.label': '面板',
  'tabs.status': 'Pod 状态',
  'tabs.lessons': '课程',
  'tabs.freePlay': '自由练习',
};
