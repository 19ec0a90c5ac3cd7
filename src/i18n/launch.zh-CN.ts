import type { launchEn } from './launch.en';

/** 链接里的参数无法全部照办时的提示；只在出现这种情况时才加载。 */
export const launchZhCN: Record<keyof typeof launchEn, string> = {
  'url.invalid': 'URL 参数 {name}={value} 无效，应为：{expected}。',
  'url.unknown': '已忽略未知的 URL 参数 "{name}"（PodScope 读取的参数有 {known}）。',
  'url.tooLong': 'URL 参数 {name} 有 {length} 个字符，上限是 {max}。',
  'url.expect.lang': '"zh-CN" 或 "en"',
  'url.expect.theme': '"light"、"dark" 或 "system"',
  'url.expect.controls': '"none"、"minimal" 或 "full"',
  'url.expect.name': '小写的名称',
  'url.expect.oneOf': '{values} 之一',
  'url.expect.speed': '0.25 到 20 之间的数',
  'url.expect.time': '0 到 {max} 之间的整数虚拟毫秒（一天）',
  'url.expect.step': '从 1 开始的步骤编号',
  'url.expect.origin': '一个源，例如 https://docs.example.com',
  'url.unknownScenario': '未知的场景 "{id}"：已打开默认示例。',
  'url.unknownLesson': '未知的课程 "{id}"：课程菜单里列出了现有的课程。',
  'url.stepPastEnd': '课程 "{id}" 只有 {count} 步：已打开最后一步。',
  'url.unknownPod': '这个场景里没有名为 "{name}" 的 Pod：没有选中任何 Pod。',
  'url.stateFailed': '这个链接保存的状态无法打开（{reason}），显示的是默认示例。',
  'url.stateRefused': '其中一个操作被拒绝：{message}',
};
