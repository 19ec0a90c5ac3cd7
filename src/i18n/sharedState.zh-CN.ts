import type { sharedStateEn } from './sharedState.en';

/** 分享链接或导入文件为什么打不开；与读取它们的代码一起加载。 */
export const sharedStateZhCN: Record<keyof typeof sharedStateEn, string> = {
  'state.notPodScope': '这不是 PodScope 保存的状态',
  'state.version': '保存的状态是第 {version} 版，这个 PodScope 只能读取第 1 版',
  'state.scenario': '保存的状态没有写明有效的场景',
  'state.unknownScenario': '保存的状态写的是未知的场景 "{id}"',
  'state.seed': '保存的状态没有有效的随机种子',
  'state.time': '保存的状态里的时间无效',
  'state.timeTooFar': '保存的状态里的时间超过了一个虚拟日（{max} 毫秒）',
  'state.noLog': '保存的状态没有操作记录',
  'state.logTooLong': '操作记录超过 {max} 条',
  'state.entryShape': '第 {n} 个操作不是 [时间, 操作] 的形式',
  'state.entryTime': '第 {n} 个操作的时间不是数字，或没有按先后排列',
  'state.entryTooFar': '第 {n} 个操作的时间超过了一个虚拟日（{max} 毫秒）',
  'state.entryType': '第 {n} 个操作的类型 {type} 未知',
  'state.notJson': '保存的状态不是有效的 JSON（被截断或已损坏）',
  'state.unreadable': '分享链接里的状态无法读取（被截断或已损坏）',
  'state.inflatesTooFar': '分享链接里的状态解压后超过 {max} 字节',
  'share.linkTooLong':
    '这次操作太长，放不进链接：链接里的状态有 {length} 个字符，而 PodScope 最多只能打开 {max} 个。请用“导出 JSON”保存它。',
};
