import type { panelEn } from './panel.en';

export const panelZhCN: Record<keyof typeof panelEn, string> = {
  'panel.pods.heading': 'Pod 列表',
  'panel.pods.caption': 'default 命名空间中的 Pod（kubectl get pods -o wide 的输出）',
  'panel.pods.empty': 'default 命名空间中没有资源（No resources found）。',
  'panel.pods.hint': '点击 Pod 名称，查看它的详情和事件。',

  'panel.describe.title': '详情',
  'panel.describe.heading': '{name} 的详情',
  'panel.describe.none': '在上面的表格中选择一个 Pod 查看详情。',
  'panel.describe.initContainers': 'Init 容器（{count}）',
  'panel.describe.containers': '容器（{count}）',
  'panel.describe.sidecar': '边车容器（restartPolicy: Always）',
  'panel.describe.conditions': '状况（Conditions）',

  'panel.ns.heading': '命名空间',
  'panel.ns.intro':
    '即 ls -l /proc/<pid>/ns 显示的 inode 编号。编号相同就是同一个命名空间：Pod 共享的命名空间由 pause 容器持有。',
  'panel.ns.pause': 'pause 容器（沙箱 {id}，{state}，PID {pid}）',
  'panel.ns.container': '{name} 容器',
  'panel.ns.exited': '{name} 容器（已退出）',
  'panel.ns.notCreated': '{name}：尚未创建',
  'panel.ns.noSandbox': '还没有沙箱：pause 容器尚未创建。',
  'panel.ns.colId': '命名空间',
  'panel.ns.colShared': '与谁共享',
  'panel.ns.samePause': '与 pause 相同',
  'panel.ns.oldPause': '与上一个 pause 相同',
  'panel.ns.own': '不共享（独有）',
  'panel.ns.host': '节点（宿主机）',
  'panel.ns.podShared': 'Pod 的各个容器',

  'panel.events.heading': '事件',
  'panel.events.caption': '{name} 的事件（kubectl describe pod 的输出，最新的在最后）',
  'panel.events.allCaption': '所有 Pod 的事件，最新的在最后（kubectl get events --sort-by=.lastTimestamp）',
  'panel.events.showAll': '显示所有 Pod 的事件',
  'panel.events.none': '暂无事件。',
};
