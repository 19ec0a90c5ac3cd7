import type { actionsEn } from './actions.en';

/** “Pod 状态”标签页里的操作控件（简体中文），随该标签页懒加载。 */
export const actionsZhCN: Record<keyof typeof actionsEn, string> = {
  'actions.title': '操作',
  'actions.create': '创建 Pod',
  'actions.preset': '预设',
  'actions.pod': 'Pod',
  'actions.container': '容器',
  'actions.kill': '杀掉容器',
  'actions.exitCode': '退出码',
  'actions.exit': '让它退出',
  'actions.killPause': '杀掉 pause',
  'actions.grace': '宽限期',
  'actions.graceDefault': '默认（{seconds} 秒）',
  'actions.graceSeconds': '{seconds} 秒',
  'actions.graceNow': '0 秒（强制）',
  'actions.delete': '删除 Pod',
  'actions.noPod': '没有选中 Pod。',
};
