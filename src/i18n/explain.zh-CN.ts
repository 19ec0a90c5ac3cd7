import type { explainEn } from './explain.en';

/** 随事件给出的讲解（简体中文）：讲解的句子、各命名空间共享的含义；随第一条讲解或第一次选命名空间懒加载。 */
export const explainZhCN: Record<keyof typeof explainEn, string> = {
  'narrate.podCreated': '已创建 Pod {pod}',
  'narrate.pauseDied': '{pod} 的 pause 容器死亡',
  'narrate.sandboxStopped': 'kubelet 停掉了 {pod} 的沙箱（pause）',
  'narrate.sandboxRecreated': '{pod} 的沙箱已重建（第 {attempt} 次）',
  'narrate.ipChanged': '{pod} 的 Pod IP：{from} → {to}',
  'narrate.ipAssigned': '{pod} 分到 IP {ip}',
  'narrate.ipReleased': '{pod} 的状态里不再有 IP {ip}（沙箱未就绪）',
  'narrate.terminating': '{pod} 正在终止',
  'narrate.imageChanged': '{pod} 原地更新：{container} 的镜像 {from} → {to}',
  'narrate.exited': '{container} 退出，退出码 {code}（{reason}）',
  'narrate.exitedHeld': '{container} 已退出（{code}）；kubelet 当前这次同步做完后 kubectl 才会显示',
  'narrate.restarted': '{container} 已重启（{count}）',
  'narrate.started': '{container} 已启动',
  'narrate.imageRefused': '{container} 拿不到镜像：STATUS 显示 {reason}',
  'narrate.crashLoop': '{container}：STATUS 现在显示 CrashLoopBackOff',
  'narrate.backOff': 'kubelet 退避：{container} 退出 {seconds} 秒后才重启',
  'narrate.phase': '{pod}：阶段 {from} → {to}',
  'narrate.podGone': 'Pod {pod} 已消失',
  'ns.net.caption': '共享：同一个 IP、同一套端口；容器之间用 localhost 互访。',
  'ns.ipc.caption': '共享：同一组 System V IPC 对象和 POSIX 消息队列（Pod 内还共用同一个 /dev/shm）。',
  'ns.uts.caption': '共享：所有容器使用同一个主机名（Pod 名）。',
  'ns.pid.caption':
    '每个容器独有：只看得到自己的进程树；设置 shareProcessNamespace: true 后共享，pause 成为所有容器的 1 号进程。',
  'ns.mnt.caption': '每个容器独有：各自的文件系统视图；共享数据请通过卷（volume）。',
  'ns.cgroup.caption': '每个容器独有：各自看到自己的 cgroup 根（各自的资源限制）。',
  'ns.user.caption':
    '默认使用节点（宿主机）的用户命名空间；设置 hostUsers: false 后每个 Pod 一个（容器内的 UID 0 映射为宿主机上的非特权 UID）。',
};
