import type { lessonsEn } from './lessons.en';

/** 课程文案（简体中文）：与 lessons.en.ts 的键和占位符一一对应。 */
export const lessonsZhCN: Record<keyof typeof lessonsEn, string> = {
  'lessons.title': '课程',

  // ── 课程面板 ──
  'lessons.ui.intro': '每节课把 Pod 的一个知识点变成你亲手做、亲眼看的实验：先猜，再动手，最后看证据。',
  'lessons.ui.lessonNumber': '第 {number} 课',
  'lessons.ui.stepsDone': '已完成 {done}/{total} 步',
  'lessons.ui.completed': '已学完',
  'lessons.ui.start': '开始',
  'lessons.ui.continue': '继续',
  'lessons.ui.review': '复习',
  'lessons.ui.stepOf': '第 {step} 步，共 {total} 步',
  'lessons.ui.guessFirst': '先猜一猜，再动手试试。',
  'lessons.ui.orCanvas': '也可以用画布上或“Pod 状态”标签页里的同一个按钮。',
  'lessons.ui.waiting': '正在看 kubelet 干活……',
  'lessons.ui.paused': '时间已暂停，继续播放后才会有变化。',
  'lessons.ui.play': '播放',
  'lessons.ui.offScript': '这是另一个操作——随便探索没关系！这一步还在等：{act}。',
  'lessons.ui.result': '发生了什么',
  'lessons.ui.feedback': '{verdict}你的猜测：{choice}。{feedback}',
  'lessons.ui.right': '猜对了！',
  'lessons.ui.notQuite': '不太对。',
  'lessons.ui.answer': '答案：{choice}。{feedback}',
  'lessons.ui.moreDetail': '深入一点……',
  'lessons.ui.previous': '上一步',
  'lessons.ui.next': '下一步',
  'lessons.ui.nextLesson': '下一课：{title}',
  'lessons.ui.allDone': '返回课程列表',
  'lessons.ui.restart': '重新开始本课',
  'lessons.ui.menu': '全部课程',
  'lessons.ui.freePlay': '带着当前场景自由探索',
  'lessons.ui.leftLesson': '你已离开“{title}”。场景原样保留，可以在“Pod 状态”标签页里接着试。',
  'lessons.ui.lessonDone': '本课完成，干得漂亮！',
  'lessons.ui.listSeparator': '、',
  'lessons.ui.nothing': '无',

  // ── 1. Pod 是什么 ──
  'lessons.what-is-a-pod.title': 'Pod 是什么？',
  'lessons.what-is-a-pod.summary': 'Kubernetes 运行的最小单元：同一个节点上、共用一个 IP 的一组容器。',
  'lessons.what-is-a-pod.one-ip.title': '一个 Pod，一个 IP',
  'lessons.what-is-a-pod.one-ip.look':
    '大框就是 Pod web。里面有 app（nginx）、log-shipper，正中间是 pause 容器。蓝色标签是它的 IP。',
  'lessons.what-is-a-pod.one-ip.question': 'web 有几个 IP 地址？',
  'lessons.what-is-a-pod.one-ip.choice.per-container': '每个容器一个，共两个',
  'lessons.what-is-a-pod.one-ip.feedback.per-container':
    'Pod 里的容器没有各自的 IP。数数蓝色标签：只有一个，挂在 Pod 上。',
  'lessons.what-is-a-pod.one-ip.choice.one': '整个 Pod 一个',
  'lessons.what-is-a-pod.one-ip.feedback.one': 'Pod 里所有容器共用这一个地址。',
  'lessons.what-is-a-pod.one-ip.choice.service': '没有，要等创建了 Service 才有',
  'lessons.what-is-a-pod.one-ip.feedback.service':
    'Service 是在 Pod 前面提供一个稳定地址；而每个 Pod 在沙箱建好时就有自己的 IP（设置了 hostNetwork: true 的除外，它用的是节点的 IP）。',
  'lessons.what-is-a-pod.one-ip.explain':
    'web 只有一个 IP：{ip}，两个容器（{containers}）都用它。整个 Pod 跑在同一个节点 {node} 上：调度器把它当作一个整体只调度了一次——“{scheduled}”。',

  'lessons.what-is-a-pod.smallest-unit.title': '最小单元',
  'lessons.what-is-a-pod.smallest-unit.look':
    '在 Kubernetes 里你不会直接运行一个裸容器，而是创建 Pod。我们来建一个只有一个 nginx 容器的 Pod，叫 hello。',
  'lessons.what-is-a-pod.smallest-unit.question': 'hello 只有一个容器。容器运行时会为它启动几个容器？',
  'lessons.what-is-a-pod.smallest-unit.choice.one': '一个，就是 nginx',
  'lessons.what-is-a-pod.smallest-unit.feedback.one':
    '运行时还会启动一个 pause 容器：它就是沙箱，给 Pod 提供命名空间和 IP。',
  'lessons.what-is-a-pod.smallest-unit.choice.two': '两个：nginx 和一个 pause 容器',
  'lessons.what-is-a-pod.smallest-unit.feedback.two': '你的容器，加上把 Pod 撑起来的 pause 容器。',
  'lessons.what-is-a-pod.smallest-unit.act': '创建 Pod hello',
  'lessons.what-is-a-pod.smallest-unit.explain':
    'crictl pods 现在列出 hello 的一个沙箱（{sandbox}，也就是 pause 容器），crictl ps 列出一个业务容器（{container}）。所以哪怕只有一个容器的 Pod，实际也跑着两个。hello 也拿到了自己的 IP：{ip}。',
  'lessons.what-is-a-pod.smallest-unit.detail':
    '笔记里说一个 Pod 至少包含两个容器：应用容器和 pause 容器。运行时里通常确实如此，但 kubectl 仍显示 1/1：pause 是基础设施，不在你的 Pod spec 里。也有运行时换了做法（比如 CRI-O 可以不启动 pause 进程，用别的方式固定住命名空间），但“沙箱”这个概念不变。',

  'lessons.what-is-a-pod.together.title': '该放在一起的容器',
  'lessons.what-is-a-pod.together.look':
    'app 把日志写到 /var/log/nginx，log-shipper 的任务就是读这些日志再转发出去。两者挂载了同一个卷 logs。',
  'lessons.what-is-a-pod.together.question': 'nginx 往访问日志里写了一行。log-shipper 读得到吗？',
  'lessons.what-is-a-pod.together.choice.yes': '读得到',
  'lessons.what-is-a-pod.together.feedback.yes': '它们共享卷 logs，这个文件两边都有。',
  'lessons.what-is-a-pod.together.choice.no': '读不到，每个容器的文件各管各的',
  'lessons.what-is-a-pod.together.feedback.no': '每个容器确实有自己的文件系统——但两边都挂载的卷是共享的。',
  'lessons.what-is-a-pod.together.act': '往 access.log 写一行',
  'lessons.what-is-a-pod.together.explain':
    'log-shipper 通过两者都挂载的卷 {volume} 看到了 {path}，内容是“{content}”。这两个容器共享文件、网络和生命周期，正是“超亲密”关系，所以放进同一个 Pod。两个彼此独立的应用（比如商城和它的数据库）则应放在不同的 Pod 里，这样才能各自扩缩容、各自升级、各自调度。',
  'lessons.what-is-a-pod.together.detail':
    'log-shipper 是一个边车（sidecar）：restartPolicy: Always 的 Init 容器（Kubernetes 1.29 起）。它比 app 先启动，并一直陪着 app 运行，一行日志都不会漏。',

  // ── 2. 容器之间共享什么 ──
  'lessons.shared-namespaces.title': '容器之间共享什么',
  'lessons.shared-namespaces.summary': '网络、IPC 和主机名：由 pause 容器持有，所有容器加入。',
  'lessons.shared-namespaces.net.title': '同一个网络栈',
  'lessons.shared-namespaces.net.look':
    '每个命名空间都标着 inode 号，和 ls -l /proc/<pid>/ns 的输出一样：号码相同就是同一个命名空间。点一下“网络（net）”对比看看。',
  'lessons.shared-namespaces.net.question': 'app 和 log-shipper 看到的网卡是同一套吗？',
  'lessons.shared-namespaces.net.choice.same': '是，完全同一套',
  'lessons.shared-namespaces.net.feedback.same': '同一个网络命名空间，所以只有一个 eth0、一个 IP、一套端口。',
  'lessons.shared-namespaces.net.choice.own': '不是，每个容器有自己的 eth0',
  'lessons.shared-namespaces.net.feedback.own':
    '不同 Pod 之间才是这样。同一个 Pod 里，所有容器都加入 pause 容器的网络命名空间。',
  'lessons.shared-namespaces.net.act': '高亮网络命名空间',
  'lessons.shared-namespaces.net.explain':
    'pause {pause}、app {app}、log-shipper {sidecar}：号码相同，是同一个网络命名空间。同样的网卡、同样的路由、同一个 IP {ip}、同一套端口。所以 log-shipper 用 localhost:80 就能访问 nginx，既不需要 Service，也不需要 Pod IP。',

  'lessons.shared-namespaces.ports.title': '同一套端口',
  'lessons.shared-namespaces.ports.look':
    '既然共用一个网络栈，端口自然也共用。我们把两个都监听 80 端口的 nginx 放进同一个 Pod，叫 clash。',
  'lessons.shared-namespaces.ports.question': '两个容器都监听 80 端口，会怎样？',
  'lessons.shared-namespaces.ports.choice.both-run': '都能跑：每个容器有自己的端口',
  'lessons.shared-namespaces.ports.feedback.both-run': '不行：一个网络命名空间里只有一个 80 端口。',
  'lessons.shared-namespaces.ports.choice.one-fails': '后启动的失败：地址已被占用',
  'lessons.shared-namespaces.ports.feedback.one-fails': '和同一台机器上的两个程序抢端口一样。',
  'lessons.shared-namespaces.ports.choice.remapped': 'Kubernetes 把其中一个换到别的端口',
  'lessons.shared-namespaces.ports.feedback.remapped': 'Kubernetes 从不改动你的进程绑定的端口。',
  'lessons.shared-namespaces.ports.act': '创建 Pod clash',
  'lessons.shared-namespaces.ports.explain':
    '{failed} 以退出码 {exitCode} 崩溃，日志写着：{line}。它的邻居已经占用了 Pod 唯一网络栈上的 80 端口。kubelet 会一直重启它（重启次数：{restarts}），但它会一直失败：解决办法是给其中一个换个端口。真实的 kubectl apply 其实会给出警告（“duplicate port definition”），但 containerPort 只是说明性的：Kubernetes 会提醒，不会拒绝。',

  'lessons.shared-namespaces.ipc.title': '共享的 IPC',
  'lessons.shared-namespaces.ipc.look':
    'IPC 命名空间隔离的是 System V IPC（共享内存、信号量、消息队列）和 POSIX 消息队列。点一下“IPC”。',
  'lessons.shared-namespaces.ipc.question': 'app 创建了一块共享内存。log-shipper 能挂上去用吗？',
  'lessons.shared-namespaces.ipc.choice.yes': '能',
  'lessons.shared-namespaces.ipc.feedback.yes': '同一个 IPC 命名空间，看到的是同一批共享内存段。',
  'lessons.shared-namespaces.ipc.choice.no': '不能',
  'lessons.shared-namespaces.ipc.feedback.no': 'Pod 与 Pod 之间不能；同一个 Pod 里 IPC 命名空间是共享的。',
  'lessons.shared-namespaces.ipc.act': '高亮 IPC 命名空间',
  'lessons.shared-namespaces.ipc.explain':
    'pause {pause}、app {app}、log-shipper {sidecar}：同一个 IPC 命名空间。app 用 shmget() 创建的共享内存段，在 log-shipper 里用 ipcs -m 就能看到；Pod 内的容器还共用同一个 /dev/shm。其他每个 Pod 都有自己的 IPC 命名空间（节点自己的 {host} 又是另一个），所以 web 之外谁也看不到这些共享内存段。',

  'lessons.shared-namespaces.uts.title': '同一个主机名',
  'lessons.shared-namespaces.uts.look': 'UTS 命名空间里存放的是主机名。点一下“UTS（主机名）”。',
  'lessons.shared-namespaces.uts.question': '在 log-shipper 里执行 hostname，会输出什么？',
  'lessons.shared-namespaces.uts.choice.pod-name': 'web，Pod 的名字',
  'lessons.shared-namespaces.uts.feedback.pod-name': '主机名属于 Pod，而这个 Pod 叫 web。',
  'lessons.shared-namespaces.uts.choice.container-name': 'log-shipper，容器自己的名字',
  'lessons.shared-namespaces.uts.feedback.container-name':
    'Pod 里的容器没有各自的主机名：它们共用一个 UTS 命名空间。',
  'lessons.shared-namespaces.uts.choice.node-name': 'node-1，节点的名字',
  'lessons.shared-namespaces.uts.feedback.node-name':
    '只有设置了 hostNetwork: true 才会这样，那时 Pod 用的是节点的网络和 UTS 命名空间。',
  'lessons.shared-namespaces.uts.act': '高亮 UTS 命名空间',
  'lessons.shared-namespaces.uts.explain':
    '两个容器都在 pause 容器的 UTS 命名空间 {app} 里，所以共用一个主机名：{hostname}，也就是 Pod 的名字。节点 {node} 有它自己的（{host}）。',
  'lessons.shared-namespaces.uts.detail':
    '笔记里说 Pod 内容器共享 Network、IPC 和 UTS 命名空间。这是默认情况，Pod 也可以改：hostNetwork: true、hostIPC: true 会改用节点自己的命名空间；shareProcessNamespace: true 会再共享 PID 命名空间；hostUsers: false 会给 Pod 加一个用户命名空间。后两个下一课演示。',

  // ── 3. 每个容器自己留着什么 ──
  'lessons.own-namespaces.title': '每个容器自己留着什么',
  'lessons.own-namespaces.summary': '文件、进程和用户：mnt、pid、user 命名空间，以及改变它们的开关。',
  'lessons.own-namespaces.mnt.title': '自己的文件系统',
  'lessons.own-namespaces.mnt.look':
    '每个容器都从自己的镜像启动，有自己的挂载命名空间。让 app 在卷之外写一个文件。',
  'lessons.own-namespaces.mnt.question': 'app 写了 /tmp/cache.txt。log-shipper 读得到吗？',
  'lessons.own-namespaces.mnt.choice.yes': '读得到，它们在同一个 Pod 里',
  'lessons.own-namespaces.mnt.feedback.yes':
    '同一个 Pod 不等于同一个文件系统：/tmp 在 app 自己的文件系统里。',
  'lessons.own-namespaces.mnt.choice.no': '读不到',
  'lessons.own-namespaces.mnt.feedback.no': '这个文件在 app 自己的文件系统里。',
  'lessons.own-namespaces.mnt.act': '在 app 里写 /tmp/cache.txt',
  'lessons.own-namespaces.mnt.explain':
    'app 现在能看到 {appFiles}；log-shipper 能看到的文件：{sidecarFiles}。两者的挂载命名空间不同（{appMnt} 和 {sidecarMnt}）：每个容器有自己的根文件系统，{path} 只存在于 app 的文件系统里。',

  'lessons.own-namespaces.volume.title': '共享文件：通过卷',
  'lessons.own-namespaces.volume.look':
    '这次写到 /var/log/nginx 下，两个容器都在这里挂载了 emptyDir 卷 logs。',
  'lessons.own-namespaces.volume.question': 'app 写了 /var/log/nginx/error.log。这次 log-shipper 读得到吗？',
  'lessons.own-namespaces.volume.choice.yes': '读得到',
  'lessons.own-namespaces.volume.feedback.yes': '文件在共享卷上。',
  'lessons.own-namespaces.volume.choice.no': '读不到',
  'lessons.own-namespaces.volume.feedback.no': '这个路径是两个容器都挂载的卷，所以这次是共享的。',
  'lessons.own-namespaces.volume.act': '在 app 里写 error.log',
  'lessons.own-namespaces.volume.explain':
    '这次 log-shipper 也看到了（{sidecarFiles}）：文件落在了两个容器都挂载的卷 {volume} 里。容器之间共享文件，应该通过卷，这是设计上的正路。（Pod 的 /dev/shm 也是共享的；共享 PID 命名空间时，还能经 /proc/<pid>/root 访问别的容器的文件。）',

  'lessons.own-namespaces.pid.title': '自己的进程',
  'lessons.own-namespaces.pid.look': '点一下“PID”：每个容器都有自己的 PID 命名空间。',
  'lessons.own-namespaces.pid.question': 'log-shipper 用 ps 能看到 nginx 的进程吗？',
  'lessons.own-namespaces.pid.choice.yes': '能',
  'lessons.own-namespaces.pid.feedback.yes': '默认不能：每个容器有自己的 PID 命名空间。',
  'lessons.own-namespaces.pid.choice.no': '不能',
  'lessons.own-namespaces.pid.feedback.no': '默认情况下 ps 只显示本容器的进程。',
  'lessons.own-namespaces.pid.act': '高亮 PID 命名空间',
  'lessons.own-namespaces.pid.explain':
    '三个不同的号码：app {app}、log-shipper {sidecar}、pause {pause}。在每个容器里，ps 只列出自己的进程，容器的主进程就是那里的 1 号进程。',

  'lessons.own-namespaces.share-pid.title': '开关：shareProcessNamespace',
  'lessons.own-namespaces.share-pid.look':
    'Pod 可以要求所有容器共用一个 PID 命名空间。创建 Pod debug（一个 nginx 加一个 shell），并设置 shareProcessNamespace: true。',
  'lessons.own-namespaces.share-pid.question': '在 debug 的每个容器里，1 号进程是谁？',
  'lessons.own-namespaces.share-pid.choice.nginx': 'nginx',
  'lessons.own-namespaces.share-pid.feedback.nginx':
    '只有不共享、nginx 独占一个 PID 命名空间时，它才是 1 号进程。',
  'lessons.own-namespaces.share-pid.choice.pause': 'pause',
  'lessons.own-namespaces.share-pid.feedback.pause': 'pause 最先启动，所以是共享命名空间里的 1 号进程。',
  'lessons.own-namespaces.share-pid.choice.each': '各容器自己的主进程',
  'lessons.own-namespaces.share-pid.feedback.each': '那是默认情况。共享之后只有一个 1 号进程。',
  'lessons.own-namespaces.share-pid.act': '创建 Pod debug',
  'lessons.own-namespaces.share-pid.explain':
    '{pod} 的所有容器现在都在 pause 容器的 PID 命名空间 {pid} 里。pause 最先启动（宿主机 PID {pausePid}），所以它是所有容器的 1 号进程：在 shell 里执行 ps，能看到 pause、nginx（主进程和 2 个 worker 进程）和 sleep。作为 1 号进程，pause 会收养孤儿进程，并在它们退出时回收，避免僵尸进程越积越多。',
  'lessons.own-namespaces.share-pid.detail':
    '笔记里说 PID 是隔离的。这是默认情况。设置 shareProcessNamespace: true 后，容器共用一个 PID 命名空间（方便调试，或者给邻居发信号）；设置 hostPID: true 甚至能看到节点上的所有进程。不共享时，每个容器自己的 1 号进程得自己回收僵尸进程。',

  'lessons.own-namespaces.user.title': '用户：默认用节点的',
  'lessons.own-namespaces.user.look': '点一下“用户（user）”，把容器的 user 号码和节点的对比一下。',
  'lessons.own-namespaces.user.question': '每个容器都有自己的用户命名空间吗？',
  'lessons.own-namespaces.user.choice.each': '有，每个容器一个',
  'lessons.own-namespaces.user.feedback.each': '没有哪个容器会单独拥有一个。',
  'lessons.own-namespaces.user.choice.host': '没有：都用节点的',
  'lessons.own-namespaces.user.feedback.host': '默认不会新建用户命名空间：容器直接使用节点自己的那个。',
  'lessons.own-namespaces.user.choice.pod': '整个 Pod 共用一个',
  'lessons.own-namespaces.user.feedback.pod': '只有 Pod 设置了 hostUsers: false 才会这样（下一步）。',
  'lessons.own-namespaces.user.act': '高亮用户命名空间',
  'lessons.own-namespaces.user.explain':
    'app 和 log-shipper 显示的是 {user}，就是节点自己的（{node}）。默认情况下容器没有自己的用户命名空间：容器里的 UID 0 就是节点上的 UID 0。约束它的只有运行时默认收紧的 capabilities（以及节点上启用的 AppArmor/SELinux）；seccomp 只有在 Pod 指定 RuntimeDefault、或 kubelet 开启 seccompDefault 时才生效。',

  'lessons.own-namespaces.host-users.title': '开关：hostUsers: false',
  'lessons.own-namespaces.host-users.look': '创建 Pod isolated，设置 hostUsers: false。',
  'lessons.own-namespaces.host-users.question': 'hostUsers: false 改变了什么？',
  'lessons.own-namespaces.host-users.choice.each': '每个容器各有一个用户命名空间',
  'lessons.own-namespaces.host-users.feedback.each': '接近了：是新建了一个，但整个 Pod 共用。',
  'lessons.own-namespaces.host-users.choice.pod': 'Pod 有了一个，所有容器共用',
  'lessons.own-namespaces.host-users.feedback.pod':
    '新建一个用户命名空间，Pod 的所有容器和 pause 容器都加入它。',
  'lessons.own-namespaces.host-users.choice.same': '看不出变化',
  'lessons.own-namespaces.host-users.feedback.same': '看看 user 号码：变了。',
  'lessons.own-namespaces.host-users.act': '创建 Pod isolated',
  'lessons.own-namespaces.host-users.explain':
    '{pod} 有了自己的用户命名空间 {user}，由它的容器和 pause 容器共用，不再是节点的 {node}。容器里的 root 被映射到节点上一段非特权的 UID，即使逃出容器也拿不到多少权限。',
  'lessons.own-namespaces.host-users.detail':
    '笔记里把 USER 和 Mount、PID 一起列为“每个容器隔离”。实际上容器从来不会单独拥有用户命名空间：默认用节点的；设置 hostUsers: false 后整个 Pod 共用一个新的。该特性自 Kubernetes 1.33 起默认启用，但每个 Pod 仍需自己显式开启；它要求 Linux 6.3 及以上，以及 containerd 2.0+ 或 CRI-O 1.25+。顺便一提，（在 cgroup v2 节点上）cgroup 命名空间和 mnt 一样，是每个容器各自一个。',

  // ── 4. pause 容器 ──
  'lessons.pause-container.title': 'pause 容器',
  'lessons.pause-container.summary': '最先创建，持有 Pod 的命名空间和 IP，除此之外只是等待。',
  'lessons.pause-container.first.title': '谁最先出现？',
  'lessons.pause-container.first.look': '节点现在是空的。创建 Pod web，看看先出现什么、顺序如何。',
  'lessons.pause-container.first.question': '哪个容器最先起来？',
  'lessons.pause-container.first.choice.app': 'app',
  'lessons.pause-container.first.feedback.app': 'app 得等：它要加入的命名空间必须先存在。',
  'lessons.pause-container.first.choice.sidecar': 'log-shipper（它是 Init 容器）',
  'lessons.pause-container.first.feedback.sidecar': 'Init 容器和边车确实比 app 先启动，但在沙箱之后。',
  'lessons.pause-container.first.choice.pause': 'pause',
  'lessons.pause-container.first.feedback.pause': '沙箱最先创建。',
  'lessons.pause-container.first.act': '创建 Pod web',
  'lessons.pause-container.first.explain':
    '沙箱（pause 容器）在 {sandboxAt} 创建，IP {ip} 同时就绪。你的第一个容器 {first} 直到 {firstAt} 才创建。kubelet 总是先建沙箱，然后你的容器再加入它的命名空间。',

  'lessons.pause-container.holds.title': '它持有命名空间和 IP',
  'lessons.pause-container.holds.look': '点一下“网络（net）”：这些层画在 pause 容器周围，因为它们归它所有。',
  'lessons.pause-container.holds.question': 'Pod 的 IP 归哪个容器所有？',
  'lessons.pause-container.holds.choice.app': 'app',
  'lessons.pause-container.holds.feedback.app': 'app 只是在它加入的命名空间里用这个 IP。',
  'lessons.pause-container.holds.choice.pause': 'pause',
  'lessons.pause-container.holds.feedback.pause': 'IP 属于随 pause 一起创建的网络命名空间。',
  'lessons.pause-container.holds.choice.node': '都不是，归节点',
  'lessons.pause-container.holds.feedback.node': '地址确实由节点分配，但它配置在 Pod 自己的网络命名空间里。',
  'lessons.pause-container.holds.act': '高亮网络命名空间',
  'lessons.pause-container.holds.explain':
    'IP {ip} 位于 pause 容器的网络命名空间 {net} 里；你的容器加入的也正是它的 {ipc} 和 {uts}。这些命名空间由 pause 持有，业务容器只是借用。',

  'lessons.pause-container.steady.title': '容器来来去去，pause 一直都在',
  'lessons.pause-container.steady.look': '杀掉 app，同时盯着 pause 容器。',
  'lessons.pause-container.steady.question': '杀掉 app 后，pause 会怎样？',
  'lessons.pause-container.steady.choice.restarts-too': '跟着重启',
  'lessons.pause-container.steady.feedback.restarts-too': '业务容器挂了，pause 不受影响。',
  'lessons.pause-container.steady.choice.untouched': '什么都不发生',
  'lessons.pause-container.steady.feedback.untouched': 'pause 照常运行。',
  'lessons.pause-container.steady.choice.pod-ends': 'Pod 结束',
  'lessons.pause-container.steady.feedback.pod-ends': 'Pod 继续运行，kubelet 在 Pod 里把 app 重启。',
  'lessons.pause-container.steady.act': '杀掉 app',
  'lessons.pause-container.steady.explain':
    'app 重启了（重启次数：{restarts}），新实例加入的还是同一个 {net}。沙箱 {sandbox} 纹丝不动，仍是 {attempt} 号沙箱。正因为 pause 一直撑着这些命名空间，业务容器挂了又起，Pod 的 IP 都不会丢。',

  'lessons.pause-container.tiny.title': '小巧，几乎什么都不做',
  'lessons.pause-container.tiny.look': '看看 pause 六边形：一个进程，一个 PID。',
  'lessons.pause-container.tiny.question': 'pause 进程平时都在干什么？',
  'lessons.pause-container.tiny.choice.proxy': '在容器之间转发流量',
  'lessons.pause-container.tiny.feedback.proxy': '没有任何代理：容器共用一个网络栈，流量直接走。',
  'lessons.pause-container.tiny.choice.waits': '等信号（共享 PID 命名空间时顺便回收僵尸进程）',
  'lessons.pause-container.tiny.feedback.waits': '它一直睡着，直到有信号到来。',
  'lessons.pause-container.tiny.choice.health': '做健康检查',
  'lessons.pause-container.tiny.feedback.health': '探针由 kubelet 执行，不是 pause。',
  'lessons.pause-container.tiny.explain':
    'pause 进程（宿主机 PID {pid}）是一个很小的静态程序，镜像远不到 1 MB。它调用 pause() 睡下，直到信号到来：收到 SIGTERM 或 SIGINT 就退出，收到 SIGCHLD 就回收退出的子进程。只有 Pod 共享一个 PID 命名空间时它才会有子进程，比如上一课的 debug Pod。等待期间完全不占 CPU。',
  'lessons.pause-container.tiny.detail':
    '笔记里说 pause 配置在 kubelet 中，并且负责维持 Pod 的生命、管理 Pod 的资源。如今 pause 镜像是容器运行时的配置（containerd 的 sandbox 镜像、CRI-O 的 pause_image）；kubelet 原来的 --pod-infra-container-image 参数已在 Kubernetes 1.35 中移除。Pod 的资源限制由 kubelet 创建的 Pod 级 cgroup 来执行，pause 只是住在里面。Pod 对象则保存在 API server 里：pause 活着并不能保住它，pause 死了也不会让它结束（见“pause 容器挂了会怎样”）。再说一个细节：containerd 和 CRI-O 会先自己创建 Pod 的网络命名空间，并把它固定（pin）在一个文件上，然后才启动 pause，pause 只是加入它。所以“pause 持有命名空间”是一种简化说法：实际上持有它们的是整个沙箱（运行时加 pause）。',

  // ── 5. 业务容器挂了会怎样 ──
  'lessons.kill-app.title': '业务容器挂了会怎样',
  'lessons.kill-app.summary':
    '原地重启，IP 不变，重启次数加一；如果一再崩溃，重启会越来越慢（CrashLoopBackOff）。',
  'lessons.kill-app.restart.title': '杀掉 app',
  'lessons.kill-app.restart.look':
    '标签上是 web 的 IP。记下它，然后用 SIGKILL 杀掉 app（就像 OOM killer 或 kill -9）。',
  'lessons.kill-app.restart.question': '杀掉 app 容器后，Pod 的 IP 会怎样？',
  'lessons.kill-app.restart.choice.same-ip': '保持不变',
  'lessons.kill-app.restart.feedback.same-ip': '网络命名空间属于 pause，而 pause 没受影响。',
  'lessons.kill-app.restart.choice.new-ip': '会变',
  'lessons.kill-app.restart.feedback.new-ip': 'IP 属于沙箱而不是 app，而沙箱并没有挂。',
  'lessons.kill-app.restart.choice.pod-gone': 'Pod 被删除',
  'lessons.kill-app.restart.feedback.pod-gone': '容器挂了从不会删除 Pod：kubelet 会重启容器。',
  'lessons.kill-app.restart.act': '杀掉 app',
  'lessons.kill-app.restart.explain':
    'app 以退出码 {exitCode} 退出（128 + 9，即 SIGKILL）。因为重启策略（restartPolicy）是 {policy}，kubelet 发现后立刻启动了新实例：RESTARTS 现在是 {restarts}。Pod IP 仍是 {ip}：沙箱和它的网络命名空间始终都在。',

  'lessons.kill-app.back-off.title': '一挂再挂：CrashLoopBackOff',
  'lessons.kill-app.back-off.look': 'app 又跑起来了。马上再杀它一次。',
  'lessons.kill-app.back-off.question': '再杀一次，它什么时候回来？',
  'lessons.kill-app.back-off.choice.at-once': '和上次一样，立刻回来',
  'lessons.kill-app.back-off.feedback.at-once': '只有第一次重启是立即的。',
  'lessons.kill-app.back-off.choice.waits': '退避一段时间后回来',
  'lessons.kill-app.back-off.feedback.waits': 'kubelet 会等待，而且每崩一次等得更久。',
  'lessons.kill-app.back-off.choice.never': '再也不回来',
  'lessons.kill-app.back-off.feedback.never': '会回来的，只是晚一点。',
  'lessons.kill-app.back-off.act': '再杀一次 app',
  'lessons.kill-app.back-off.explain':
    '这次 kubelet 选择等待：事件写着“{event}”，{delay} 秒之后 app 会自己回来。STATUS 此刻仍是 {status}：它是 kubelet 在这一轮同步开始时写下的，那时还没决定等待。重启 app 的那一轮同步才写上 CrashLoopBackOff；等待超过一分钟时，kubelet 每分钟一次的重新同步会更早写上。退避时间从 10 秒开始，每崩一次翻倍（20 秒、40 秒……），最多 5 分钟；正常运行满 10 分钟后清零。IP 仍是 {ip}。',
  'lessons.kill-app.back-off.detail':
    '笔记里说 Pod 不会自愈。容器会：kubelet 会按 restartPolicy 原地重启它们。真正不会自己回来的是被删除的 Pod，那要靠控制器（见“Pod 终有一死”）。',

  'lessons.kill-app.never.title': 'restartPolicy: Never',
  'lessons.kill-app.never.look': 'batch 跑的是一次性任务，restartPolicy: Never。杀掉它的 worker。',
  'lessons.kill-app.never.question': 'worker 会怎样？',
  'lessons.kill-app.never.choice.restarts': '像 app 一样重启',
  'lessons.kill-app.never.feedback.restarts': 'restartPolicy: Never 时不会。',
  'lessons.kill-app.never.choice.stays-down': '不再启动，Pod 失败',
  'lessons.kill-app.never.feedback.stays-down':
    'restartPolicy: Never 说到做到：容器不再启动，Pod 的 phase 变成 Failed。',
  'lessons.kill-app.never.choice.deleted': 'Pod 消失',
  'lessons.kill-app.never.feedback.deleted':
    'Pod 对象会留下来展示失败结果，直到有人删除它（或集群回收旧的已结束 Pod）。',
  'lessons.kill-app.never.act': '杀掉 worker',
  'lessons.kill-app.never.explain':
    'worker 没有被重启：RESTARTS 还是 0，退出码 {exitCode}，Pod 的 phase 是 {phase}。Pod 对象还在，状态里仍记着它最后的 IP {ip}（只是留档：沙箱已停，这个地址已经释放），直到你删除它。如果是 restartPolicy: OnFailure，它会被重启，因为退出码不是 0。',
  'lessons.kill-app.never.detail':
    '笔记里说，即使没有容器在运行，pause 也能保证 Pod 不被删除。看看 batch：它失败后，kubelet 把它的沙箱也停了（pause 没了，IP 也回到了地址池），可 Pod 依然列在那里。留住 Pod 的是 API server，只有删除操作才会移除它。',

  // ── 6. pause 容器挂了会怎样 ──
  'lessons.kill-pause.title': 'pause 容器挂了会怎样',
  'lessons.kill-pause.summary':
    '沙箱被重建：所有容器重启，IP 通常会变——但 Pod 还是那个 Pod（restartPolicy 为 Never 时除外）。',
  'lessons.kill-pause.ip.title': '杀掉 pause',
  'lessons.kill-pause.ip.look': 'web 运行在 0 号沙箱里，IP 写在标签上。接下来，杀掉 pause 容器本身。',
  'lessons.kill-pause.ip.question': '如果杀掉 pause 容器，Pod 的 IP 会变吗？',
  'lessons.kill-pause.ip.choice.changes': '会变',
  'lessons.kill-pause.ip.feedback.changes':
    'IP 属于沙箱。kubelet 替换挂掉的沙箱时，会拆掉旧的网络命名空间（IP 回到地址池），新沙箱拿到新的网络命名空间，通常也拿到一个新地址。',
  'lessons.kill-pause.ip.choice.stays': '不会变',
  'lessons.kill-pause.ip.feedback.stays': '网络命名空间随沙箱而去，新沙箱会拿到一个新地址。',
  'lessons.kill-pause.ip.act': '杀掉 pause',
  'lessons.kill-pause.ip.explain':
    'kubelet 发现沙箱挂了，记下 SandboxChanged 事件：“{event}”。接着，它停掉所有容器，用新的命名空间建起 {attempt} 号沙箱，并拿到新 IP：{oldIp} → {newIp}。然后把所有容器重新启动：app 重启次数 {appRestarts}，log-shipper 重启次数 {sidecarRestarts}。',

  'lessons.kill-pause.same-pod.title': '还是原来那个 Pod 吗？',
  'lessons.kill-pause.same-pod.look': 'web 里的一切都重启了。看看它的名字和状态。',
  'lessons.kill-pause.same-pod.question': 'web 还是原来那个 Pod 吗？',
  'lessons.kill-pause.same-pod.choice.same': '是：名字相同，UID 相同',
  'lessons.kill-pause.same-pod.feedback.same': '被替换的只是沙箱。',
  'lessons.kill-pause.same-pod.choice.new': '不是：换成了一个新 Pod',
  'lessons.kill-pause.same-pod.feedback.new': '并没有新建 Pod：还是同一个对象、同一个 UID。',
  'lessons.kill-pause.same-pod.explain':
    '名字相同，UID 也相同（{uid}）：Pod 对象从未离开 API server。被换掉的只是沙箱：运行时里同时列着 {oldAttempt} 号（未就绪）和 {newAttempt} 号（就绪）两个沙箱，都属于这一个 Pod。',
  'lessons.kill-pause.same-pod.detail':
    '笔记里说 Pod 的生命周期只跟 pause（Infra）容器一致。差不多，但不完全：pause 挂了，Pod 依然活着，只有沙箱被替换，IP 通常会变（有些网络插件能保住原 IP）。Pod 会在这些情况下结束：被删除或被驱逐、超过 activeDeadlineSeconds，或者容器都已运行结束且 restartPolicy 不允许再重启（下一步）。',

  'lessons.kill-pause.never.title': '如果 restartPolicy: Never 呢？',
  'lessons.kill-pause.never.look': 'batch 的 restartPolicy 是 Never。杀掉它的 pause 容器。',
  'lessons.kill-pause.never.question': 'kubelet 会给 batch 重建沙箱吗？',
  'lessons.kill-pause.never.choice.rebuilt': '会，和 web 一样',
  'lessons.kill-pause.never.feedback.rebuilt': '这次不会：batch 里没有任何容器允许重启。',
  'lessons.kill-pause.never.choice.ends': '不会：Pod 就此结束',
  'lessons.kill-pause.never.feedback.ends': '没有可以重启的容器，kubelet 也就没有理由重建沙箱。',
  'lessons.kill-pause.never.act': '杀掉 batch 的 pause',
  'lessons.kill-pause.never.explain':
    '这次没有新沙箱。restartPolicy: Never 时 kubelet 不能重启 worker，也就没必要重建沙箱：它停掉了 worker（“{event}”，退出码 {exitCode}），Pod 以 {phase} 结束。退出码 137 表示 SIGKILL：worker 里的 sleep 是它自己 PID 命名空间的 1 号进程，又没有 SIGTERM 处理函数，内核就把 SIGTERM 丢弃了；等 batch 的 5 秒宽限期用完，kubelet 只能用 SIGKILL 结束它。',

  // ── 7. Pod 终有一死 ──
  'lessons.mortal-pods.title': 'Pod 终有一死',
  'lessons.mortal-pods.summary': '被删除的 Pod 不会回来，控制器会另建一个新的。',
  'lessons.mortal-pods.bare.title': '删除一个没人管的 Pod',
  'lessons.mortal-pods.bare.look': 'solo 是手工创建的，没有控制器管它。两个 web-… Pod 属于 ReplicaSet web。',
  'lessons.mortal-pods.bare.question': '删除 solo 之后会怎样？',
  'lessons.mortal-pods.bare.choice.restarts': 'kubelet 把它重启',
  'lessons.mortal-pods.bare.feedback.restarts': 'kubelet 重启的是容器，从不重启已删除的 Pod。',
  'lessons.mortal-pods.bare.choice.replaced': 'Kubernetes 补建一个',
  'lessons.mortal-pods.bare.feedback.replaced': '只有控制器才会补建，而 solo 不归任何控制器管。',
  'lessons.mortal-pods.bare.choice.gone': '永远消失',
  'lessons.mortal-pods.bare.feedback.gone': 'solo 没有主人，自然也没有谁会把它带回来。',
  'lessons.mortal-pods.bare.act': '删除 solo',
  'lessons.mortal-pods.bare.explain':
    'solo 先进入 Terminating（nginx 收到停止信号 SIGQUIT：nginx 镜像指定用它来优雅退出，而不是默认的 SIGTERM），随后消失。没有谁把它带回来，它的 IP {ip} 也回到了节点的地址池（现在还有 {free} 个空闲地址）。',

  'lessons.mortal-pods.owned.title': '删除一个归控制器管的 Pod',
  'lessons.mortal-pods.owned.look': '现在删除一个 web-… Pod。ReplicaSet web 要求始终有两个在运行。',
  'lessons.mortal-pods.owned.question': '回来的是什么？',
  'lessons.mortal-pods.owned.choice.same': '还是那个 Pod，重启了而已',
  'lessons.mortal-pods.owned.feedback.same': '被删除的 Pod 永远不会复活，控制器也做不到。',
  'lessons.mortal-pods.owned.choice.new': '一个新 Pod，新名字、新 IP',
  'lessons.mortal-pods.owned.feedback.new': 'ReplicaSet 按模板新建一个替代品：长得像，但已是另一个 Pod。',
  'lessons.mortal-pods.owned.choice.nothing': '什么都没有',
  'lessons.mortal-pods.owned.feedback.nothing': 'ReplicaSet 发现少了一个，就会新建一个 Pod。',
  'lessons.mortal-pods.owned.act': '删除一个 web Pod',
  'lessons.mortal-pods.owned.explain':
    'ReplicaSet 发现少了一个 Pod，就又建了一个：“{event}”。{oldName}（{oldIp}）没了；{newName} 是一个全新的 Pod，新名字、新 UID、新 IP {newIp}。控制器做的是替换 Pod，而不是让它复活。',
  'lessons.mortal-pods.owned.detail':
    '笔记里说一般通过控制器来创建和管理 Pod。没错，不过要看清它做的是什么：替换，而不是复活。即使是会沿用名字（如 db-0）的 StatefulSet，建出来的也是一个新的 Pod 对象，UID 是新的，IP 通常也是新的。',

  // ── 8. 数据能活多久 ──
  'lessons.pod-volumes.title': '数据能活多久',
  'lessons.pod-volumes.summary': '容器自己的文件、emptyDir、PersistentVolume：三种不同的寿命。',
  'lessons.pod-volumes.restart.title': '杀掉容器',
  'lessons.pod-volumes.restart.look':
    'app 已经写了三个文件：自己文件系统里的 /tmp/scratch.txt，emptyDir 卷 cache 里的 /cache/session.txt，以及 PersistentVolumeClaim web-data 里的 /data/orders.txt。',
  'lessons.pod-volumes.restart.question': '杀掉 app，新实例能找到哪些文件？',
  'lessons.pod-volumes.restart.choice.all': '三个都在',
  'lessons.pod-volumes.restart.feedback.all': '/tmp 在旧实例自己的文件系统里，随旧实例一起没了。',
  'lessons.pod-volumes.restart.choice.volumes': '卷里的那两个',
  'lessons.pod-volumes.restart.feedback.volumes': '卷属于 Pod，而不属于某个容器。',
  'lessons.pod-volumes.restart.choice.none': '一个都没有',
  'lessons.pod-volumes.restart.feedback.none': '卷的数据能撑过容器重启。',
  'lessons.pod-volumes.restart.act': '杀掉 app',
  'lessons.pod-volumes.restart.explain':
    '新的 app 实例找到了 {kept}，但 {lost} 不见了：它存在旧实例的可写层里。卷属于 Pod，所以比任何一个容器活得久。',

  'lessons.pod-volumes.delete.title': '删除 Pod',
  'lessons.pod-volumes.delete.look': '现在把 web 本身删掉。',
  'lessons.pod-volumes.delete.question': '两个卷里的数据会怎样？',
  'lessons.pod-volumes.delete.choice.both-gone': '都没了',
  'lessons.pod-volumes.delete.feedback.both-gone': '其中一个是存在 Pod 之外的。',
  'lessons.pod-volumes.delete.choice.both-kept': '都还在',
  'lessons.pod-volumes.delete.feedback.both-kept': 'emptyDir 是为这个 Pod 创建的，会跟着它一起走。',
  'lessons.pod-volumes.delete.choice.pv-kept': 'emptyDir 没了，PersistentVolume 的数据还在',
  'lessons.pod-volumes.delete.feedback.pv-kept': 'emptyDir 属于 Pod，而 PVC 的数据存在 Pod 之外。',
  'lessons.pod-volumes.delete.act': '删除 web',
  'lessons.pod-volumes.delete.explain':
    'web（UID {uid}）没了，它的 emptyDir cache 也一起没了：emptyDir 随 Pod 创建，Pod 被移除时就被清空。而 PVC web-data 是一个独立的 API 对象。它的数据还在吗？下一步见分晓。',

  'lessons.pod-volumes.recreate.title': '重新创建 Pod',
  'lessons.pod-volumes.recreate.look': '用同一份清单再创建一次 web。',
  'lessons.pod-volumes.recreate.question': '这次 app 能找到什么？',
  'lessons.pod-volumes.recreate.choice.both': '两个卷里的文件都在',
  'lessons.pod-volumes.recreate.feedback.both': 'emptyDir 是新建的，里面是空的。',
  'lessons.pod-volumes.recreate.choice.orders': '只有 /data/orders.txt',
  'lessons.pod-volumes.recreate.feedback.orders': 'PVC 里的数据一直在等着它；emptyDir 则是全新的。',
  'lessons.pod-volumes.recreate.choice.nothing': '什么都没有',
  'lessons.pod-volumes.recreate.feedback.nothing': 'PersistentVolume 保住了它的数据。',
  'lessons.pod-volumes.recreate.act': '重新创建 web',
  'lessons.pod-volumes.recreate.explain':
    '新的 web（一个新 Pod，UID {uid}）看到的是 {files}。{found} 里还是“{content}”：它保存在 PVC web-data 里。emptyDir /cache 则是空的。',
  'lessons.pod-volumes.recreate.detail':
    '笔记里说存储卷独立于 Pod 的生命周期。对 PersistentVolume（以及 NFS 这类存在节点之外的存储）来说确实如此。emptyDir 的寿命则和它的 Pod 完全一样：能撑过容器重启，甚至 pause 崩溃，但撑不过删除。',

  // ── 9. 为什么要有 Pod ──
  'lessons.why-pods.title': '为什么要有 Pod？',
  'lessons.why-pods.summary': '部署、扩缩容、调度，都以 Pod 为一个整体。',
  'lessons.why-pods.deploy.title': '部署一个整体',
  'lessons.why-pods.deploy.look':
    '节点是空的。我们想运行 nginx 加它的日志转发器，并让 ReplicaSet 保证它一直在跑。',
  'lessons.why-pods.deploy.question': '你要交给 Kubernetes 的是什么？',
  'lessons.why-pods.deploy.choice.containers': '两个容器，一个一个交',
  'lessons.why-pods.deploy.feedback.containers': 'Kubernetes 从不接收裸容器：那样它们没办法待在一起。',
  'lessons.why-pods.deploy.choice.template': '一个包含两个容器的 Pod 模板',
  'lessons.why-pods.deploy.feedback.template': 'Pod 模板让这两个容器无论在哪儿运行都在一起。',
  'lessons.why-pods.deploy.act': '创建 ReplicaSet web（1 个副本）',
  'lessons.why-pods.deploy.explain':
    '一个模板，一个整体：ReplicaSet 创建了 {pod}，app 和 log-shipper 在同一个沙箱里、在 {node} 上一起起来了。你部署的是 Pod，容器随 Pod 而来。',

  'lessons.why-pods.scale.title': '扩容这个整体',
  'lessons.why-pods.scale.look': '流量上来了。把 web 扩到 3 个副本。',
  'lessons.why-pods.scale.question': '复制的是什么？',
  'lessons.why-pods.scale.choice.containers': '只复制 app 容器',
  'lessons.why-pods.scale.feedback.containers': '一个副本就是一个完整的 Pod：容器、pause 和 IP。',
  'lessons.why-pods.scale.choice.pods': '整个 Pod，带着自己的 pause 和 IP',
  'lessons.why-pods.scale.feedback.pods': '每个副本都是一个完整的 Pod，有自己的沙箱和 IP。',
  'lessons.why-pods.scale.act': '扩到 3 个',
  'lessons.why-pods.scale.explain':
    '三个完整的 Pod，各有自己的 pause 容器、app、log-shipper 和 IP：{pods}。调度器把每个 Pod 作为一个整体调度一次（共 {scheduled} 个 Scheduled 事件，每个 Pod 一个）：同一个 Pod 的容器总是落在同一个节点上。',

  'lessons.why-pods.scale-down.title': '缩容',
  'lessons.why-pods.scale-down.look': '流量回落了。缩回 1 个。',
  'lessons.why-pods.scale-down.question': '被移除的是什么？',
  'lessons.why-pods.scale-down.choice.containers': '其中一部分容器',
  'lessons.why-pods.scale-down.feedback.containers': '没法只移除半个 Pod。',
  'lessons.why-pods.scale-down.choice.pods': '整个 Pod',
  'lessons.why-pods.scale-down.feedback.pods': 'Pod 总是整个地加、整个地删。',
  'lessons.why-pods.scale-down.act': '缩到 1 个',
  'lessons.why-pods.scale-down.explain':
    '{removed} 被整个删除（容器、沙箱和 IP 一起），剩下 {left}。部署、扩缩容、调度和删除，操作的都是 Pod。',
  'lessons.why-pods.scale-down.detail':
    '实际工作中一般用 Deployment：它替你管理 ReplicaSet，还支持滚动更新。另外，调度器会算出 Pod 的有效资源请求（大致是：所有长期运行容器的请求之和；如果某个 Init 步骤需要的更多，就取那个），再找一个装得下整个 Pod 的节点——这就是笔记里说的统一资源管理与分配。',
};
