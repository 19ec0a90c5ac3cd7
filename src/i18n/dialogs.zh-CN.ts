import type { dialogsEn } from './dialogs.en';

/** 快捷键对话框和分享操作的提示（简体中文），随各自的懒加载模块注册。 */
export const dialogsZhCN: Record<keyof typeof dialogsEn, string> = {
  'share.copied': '链接已复制（{length} 个字符），打开它会回到现在这个状态。',
  'share.exported': '状态已保存为 podscope-state.json。',
  'share.imported': '状态已导入：重放了 {actions} 个操作。',
  'share.importFailed': '导入失败：{message}。没有做任何改动。',
  'share.tooLarge': '文件有 {size} 字节，最多 2 MB',
  'share.pictureSaved': '图片已保存为 {format}。',
  'share.pictureFailed': '无法导出图片：{message}',
  'shortcut.playPause': '播放 / 暂停',
  'shortcut.step': '跳到下一个事件',
  'shortcut.kill': '杀掉选中的容器',
  'shortcut.killPause': '杀掉选中 Pod 的 pause 容器',
  'shortcut.delete': '删除选中的 Pod',
  'shortcut.nextNamespace': '高亮下一种命名空间',
  'shortcut.nextPod': '选中下一个 Pod',
  'shortcut.faster': '加速',
  'shortcut.slower': '减速',
  'shortcut.reset': '重置到开始',
  'shortcut.presenter': '开 / 关演示模式',
  'shortcut.help': '显示这个列表',
  'shortcut.title': '键盘快捷键',
  'shortcut.close': '关闭',
  'shortcut.space': '空格',
  'shortcut.note': '在输入框、编辑器或终端里打字时，快捷键不起作用。',
};
