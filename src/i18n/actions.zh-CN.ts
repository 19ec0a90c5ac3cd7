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
  'actions.exitCodeEffective': '实际退出码为 {code}：内核只保留低 8 位',
  'actions.exitCodeAs': '实际退出码为 {code}',
  'actions.exit': '让它退出',
  'actions.killPause': '杀掉 pause',
  'actions.grace': '宽限期',
  'actions.graceDefault': '默认（{seconds} 秒）',
  'actions.graceSeconds': '{seconds} 秒',
  'actions.graceNow': '0 秒（强制）',
  'actions.delete': '删除 Pod',
  'actions.noPod': '没有选中 Pod。',
  'preset.sidecar': '应用 + 日志边车，共享 emptyDir',
  'preset.single': '单个容器',
  'preset.init': 'Init 容器 + 应用',
  'preset.portClash': '两个容器抢占 80 端口',
  'preset.sharedPid': '共享 PID 命名空间（shareProcessNamespace）',
  'preset.job': '会运行结束的 Job 式 Pod',

  'ns.table.caption': '{pod} 的命名空间：哪些容器共享同一个 id',
  'ns.table.exited': '已退出',
  'ns.table.notStarted': '尚未启动',
  'notice.rewritten':
    '在时间线结束之前的这一刻操作，会从这里重新开始：之后已播放的内容（到 {end} 秒）及其间的操作都已不在。',
  'notice.error': '被拒绝：{message}',
  'notice.dismiss': '关闭',
};
