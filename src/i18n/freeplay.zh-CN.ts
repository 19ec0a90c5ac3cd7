import type { freeplayEn } from './freeplay.en';

/** Free play strings (Simplified Chinese). Commands and tool output stay as the tools print them. */
export const freeplayZhCN: Record<keyof typeof freeplayEn, string> = {
  'freeplay.title': '自由练习',
  'freeplay.intro': '编写一个 Pod 清单并应用它，再用节点管理员的工具看看它的内部。',

  'freeplay.editor.heading': 'Pod 清单',
  'freeplay.editor.label': 'Pod 清单（YAML）',
  'freeplay.editor.preset': '预设',
  'freeplay.editor.load': '载入编辑器',
  'freeplay.editor.apply': '应用',
  'freeplay.editor.keys': '在编辑器中，Tab 用于缩进。先按 Esc 再按 Tab 可离开编辑器。',
  'freeplay.editor.checking': '正在检查…',
  'freeplay.editor.applied': '已应用，kubectl 输出“{result}”。画布显示了新的 Pod。',
  'freeplay.editor.unchanged': '已应用，kubectl 输出“{result}”。Pod 已经和这份清单一致，所以什么都没变。',
  'freeplay.editor.replaced':
    '已应用，kubectl 输出“{result}”。Pod 只有容器镜像、标签和注解能原地修改（kubectl apply 会拒绝这次修改），所以 PodScope 删除了它并新建了一个（新的 UID、新的 IP），和 kubectl replace --force 一样。',
  'freeplay.editor.configured':
    '已应用，kubectl 输出“{result}”。原地修改：还是同一个 Pod（UID 和 IP 不变）。镜像变了的容器会被 kubelet 重启；标签和注解的修改不会重启任何东西。',
  'freeplay.editor.notApplied': '未应用：请先修正下面的错误。',
  'freeplay.editor.refused': '模拟器拒绝了它：{message}',

  'freeplay.switches.legend': '开关（会直接修改清单）',
  'freeplay.switches.shareProcessNamespace': 'Pod 共用一个 PID 命名空间，pause 是 1 号进程',
  'freeplay.switches.hostNetwork': '使用节点的网络（和主机名）',
  'freeplay.switches.hostPID': '能看到节点上的进程',
  'freeplay.switches.hostIPC': '使用节点的 IPC 命名空间',
  'freeplay.switches.hostUsers': 'Pod 拥有自己的用户命名空间（在里面是 root，在节点上不是）',
  'freeplay.switches.restartPolicy': '重启策略 restartPolicy',
  'freeplay.switches.disabled': 'YAML 能被解析后，开关才会重新可用。',

  'freeplay.problems.heading': '问题',
  'freeplay.problems.none': '没有问题，可以应用。',
  'freeplay.problems.count': '错误：{errors} · 警告：{warnings}',
  'freeplay.problems.error': '错误',
  'freeplay.problems.warning': '警告',
  'freeplay.problems.at': '第 {line} 行，第 {col} 列',
  'freeplay.problems.whole': '整个清单',
  'freeplay.problems.goTo': '跳到第 {line} 行第 {col} 列',
  'freeplay.problems.notPod':
    'PodScope 只模拟 Pod：这里只能应用 kind: Pod（apiVersion: v1），不能应用 kind: {kind}。',
  'freeplay.problems.notPodTemplate':
    'PodScope 只模拟 Pod：这里只能应用 kind: Pod（apiVersion: v1），不能应用 kind: {kind}。想试试 {kind} 的 Pod，可以把它的 {path} 复制到一个 Pod 里。',
  'freeplay.problems.syntax':
    'YAML 语法错误：文本无法解析，其他检查要等它能解析后才进行。下面是 YAML 解析器的原话：',
  'freeplay.problems.field': 'API 服务器会拒绝这一项。下面是它的原话（真实集群上也是英文）：',
  'freeplay.problems.document': '整个清单被拒绝。下面是检查给出的原话：',
  'freeplay.problems.size': '在解析前就被拒绝：清单有 {value} 个字符，上限是 {max}。',
  'freeplay.problems.items': '在解析前就被拒绝：行数和列表项超过 {max} 个。',
  'freeplay.problems.depth': '已拒绝：清单嵌套超过 {max} 层。',
  'freeplay.problems.nodes': '已拒绝：清单中的值超过 {max} 个。',
  'freeplay.problems.keys': '已拒绝：某个映射的键太多。',
  'freeplay.problems.aliases': '已拒绝：YAML 别名太多（“十亿笑声”式展开），最多只展开 {max} 个。',
  'freeplay.problems.documents':
    '一次一个 Pod：这段文本包含 {count} 个文档。只保留一个，其余的之后再分别应用。',
  'freeplay.problems.unknownField':
    'Pod 没有这个字段（拼写错误？）。“应用”会丢弃它，就像 API 服务器带警告时那样；kubectl apply 默认会拒绝，除非加 --validate=warn。',
  'freeplay.problems.serverWarning': 'API 服务器会接受，但会给出警告。真实集群的原话是：',
  'freeplay.problems.admission':
    'API 服务器拒绝这个 Pod：Pod 只能使用已存在的 ServiceAccount，而这个集群只有一个，default。真实集群的原话是：',
  'freeplay.problems.probe':
    '{field} 会保留，但 PodScope 不运行探针：容器一运行就算就绪，检查失败也不会让它重启。',
  'freeplay.problems.hook':
    '{field} 会保留，但 PodScope 不运行生命周期钩子：启动后没有 postStart，删除时发 TERM 之前也没有 preStop。',
  'freeplay.problems.pasteRefused': '这次修改被拒绝：清单将有 {value} 个字符，上限是 {max}。',

  'freeplay.terminal.heading': '终端',
  'freeplay.terminal.input': '命令',
  'freeplay.terminal.run': '运行',
  'freeplay.terminal.output': '终端输出',
  'freeplay.terminal.keys':
    'Enter 运行 · ↑/↓ 历史记录 · Tab 补全名称（没有可补全的内容时移到下一个控件）· Esc 离开输入框 · 输入 help',
  'freeplay.terminal.welcome': '这是 node-1 上的 shell。输入 help 查看它能做什么。',
  'freeplay.terminal.completions': '可选补全：{list}',
  'freeplay.terminal.refused': '模拟器拒绝了它：{message}',
  'freeplay.terminal.stopWatch': '停止观察（Ctrl+C）',
  'freeplay.terminal.onlyKinds': '这里只模拟 pods、events 和 nodes。',
  'freeplay.terminal.replaced':
    'Pod 只有容器镜像、标签和注解能原地修改：kubectl apply 会拒绝这次修改。PodScope 删除了这个 Pod 并重新创建（新的 UID、新的 IP），和 kubectl replace --force 一样。',
  'freeplay.terminal.onePod': '这里的 kubectl delete 每次只删除一个 Pod：请逐个删除。',
  'freeplay.terminal.noteLabel': 'PodScope 说明',
  'freeplay.terminal.slimImage':
    '{image} 镜像里没有 {command}，真实集群里也一样：它基于精简版 Debian，没有装 procps 和 iproute2。BusyBox 镜像两者都有：在那里 ip 显示 Pod 共享的网络；ps 只有在 Pod 的容器共享一个 PID 命名空间（shareProcessNamespace: true）时才能看到其他容器的进程。',
  'freeplay.terminal.notSimulated': '这里没有模拟 {command}（输入 help 查看能做什么）。',
  'freeplay.terminal.help': `命令（按真实工具的格式，从模拟状态中回答）：
  kubectl get pods [-o wide|yaml|json]     列出 Pod
  kubectl get pods -w                      并在每次变化时再打印一行（Ctrl+C 停止）
  kubectl get events                       kubelet 和调度器报告的事件（API 的顺序：按对象；
      加 --sort-by=.lastTimestamp 则按时间）
  kubectl get nodes [-o wide]              Pod 所在的节点
  kubectl describe pod NAME                详情、容器状态和事件
  kubectl logs NAME [-c C] [--previous]    容器打印的日志
  kubectl exec NAME [-c C] -- COMMAND      在容器中运行命令：
      hostname, ip addr, ps aux（nginx 的精简镜像里没有这两个：BusyBox 有）,
      ls -l /proc/self/ns (or /proc/1/ns), cat /proc/self/uid_map,
      ipcs -m, ls /, ls 挂载路径, cat 文件, curl localhost:端口
  kubectl delete pod NAME [--grace-period=N]
  kubectl apply -f - [--validate=warn]     应用编辑器中的清单（有未知字段时拒绝；
                                           加 warn 则丢弃未知字段并给出警告）
  crictl pods | crictl ps -a | crictl inspectp ID    运行时的视角：沙箱（pause）和容器
  lsns                                     节点上的命名空间及其所有者
  clear                                    清屏`,
};
