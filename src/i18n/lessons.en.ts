/**
 * Lessons strings (English): the lesson panel, then each lesson in teaching order. Keys of a step:
 * `lessons.<lesson>.<step>.{title,look,question,choice.*,feedback.*,act,explain,detail}`. Placeholders in
 * `explain` are live values from the simulation (see each lesson's `evidence`).
 */
export const lessonsEn = {
  'lessons.title': 'Lessons',

  // ── The lesson panel ──
  'lessons.ui.intro':
    'Each lesson turns one idea about Pods into something you do and see. Guess first, then try it, then check the evidence.',
  'lessons.ui.lessonNumber': 'Lesson {number}',
  'lessons.ui.stepsDone': '{done} of {total} steps done',
  'lessons.ui.completed': 'Completed',
  'lessons.ui.start': 'Start',
  'lessons.ui.continue': 'Continue',
  'lessons.ui.review': 'Review',
  'lessons.ui.stepOf': 'Step {step} of {total}',
  'lessons.ui.guessFirst': 'Make a guess first, then try it.',
  'lessons.ui.orCanvas': 'The same control on the canvas or in the Pod status tab works too.',
  'lessons.ui.waiting': 'Watching the kubelet at work…',
  'lessons.ui.paused': 'Time is paused, so nothing will happen until it runs again.',
  'lessons.ui.play': 'Play',
  'lessons.ui.offScript':
    'That was a different action — exploring is fine! This step is still waiting for: {act}.',
  'lessons.ui.result': 'What happened',
  'lessons.ui.feedback': '{verdict} You guessed: {choice}. {feedback}',
  'lessons.ui.right': 'Right!',
  'lessons.ui.notQuite': 'Not quite.',
  'lessons.ui.answer': 'The answer: {choice}. {feedback}',
  'lessons.ui.moreDetail': 'In more detail…',
  'lessons.ui.previous': 'Previous step',
  'lessons.ui.next': 'Next step',
  'lessons.ui.nextLesson': 'Next lesson: {title}',
  'lessons.ui.allDone': 'Back to all lessons',
  'lessons.ui.restart': 'Restart lesson',
  'lessons.ui.menu': 'All lessons',
  'lessons.ui.freePlay': 'Free play with this scene',
  'lessons.ui.leftLesson':
    'You left “{title}”. The scene stays as it was: keep experimenting in the Pod status tab.',
  'lessons.ui.lessonDone': 'Lesson complete — well done!',
  'lessons.ui.listSeparator': ', ',
  'lessons.ui.nothing': 'nothing',

  // ── 1. What is a Pod? ──
  'lessons.what-is-a-pod.title': 'What is a Pod?',
  'lessons.what-is-a-pod.summary':
    'The smallest thing Kubernetes runs: containers on one Node, sharing one IP.',
  'lessons.what-is-a-pod.one-ip.title': 'One Pod, one IP',
  'lessons.what-is-a-pod.one-ip.look':
    'The big box is the Pod web. Inside it: app (nginx), log-shipper, and the pause container in the middle. The blue tag is its IP.',
  'lessons.what-is-a-pod.one-ip.question': 'How many IP addresses does web have?',
  'lessons.what-is-a-pod.one-ip.choice.per-container': 'One per container: two',
  'lessons.what-is-a-pod.one-ip.feedback.per-container':
    'Containers in a Pod don’t get IPs of their own. Count the blue tags: there’s one, on the Pod.',
  'lessons.what-is-a-pod.one-ip.choice.one': 'One, for the whole Pod',
  'lessons.what-is-a-pod.one-ip.feedback.one': 'Every container in the Pod uses that one address.',
  'lessons.what-is-a-pod.one-ip.choice.service': 'None, until you create a Service',
  'lessons.what-is-a-pod.one-ip.feedback.service':
    'A Service puts a stable address in front of Pods, but every Pod gets its own IP as soon as its sandbox is up (unless it uses hostNetwork: true and shares the Node’s).',
  'lessons.what-is-a-pod.one-ip.explain':
    'web has exactly one IP, {ip}, and both its containers ({containers}) use it. The whole Pod runs on one Node, {node}: the scheduler placed it once, as a unit — “{scheduled}”.',

  'lessons.what-is-a-pod.smallest-unit.title': 'The smallest unit',
  'lessons.what-is-a-pod.smallest-unit.look':
    'In Kubernetes you never run a bare container: you create a Pod. Let’s make one with a single nginx container, called hello.',
  'lessons.what-is-a-pod.smallest-unit.question':
    'hello has one container. How many containers will the runtime start for it?',
  'lessons.what-is-a-pod.smallest-unit.choice.one': 'One: just nginx',
  'lessons.what-is-a-pod.smallest-unit.feedback.one':
    'The runtime also starts a pause container: the sandbox that gives the Pod its namespaces and its IP.',
  'lessons.what-is-a-pod.smallest-unit.choice.two': 'Two: nginx and a pause container',
  'lessons.what-is-a-pod.smallest-unit.feedback.two':
    'Your container, plus the pause container that holds the Pod together.',
  'lessons.what-is-a-pod.smallest-unit.act': 'Create Pod hello',
  'lessons.what-is-a-pod.smallest-unit.explain':
    'crictl pods now lists one sandbox for hello ({sandbox}: that’s the pause container), and crictl ps lists one app container ({container}). So even a one-container Pod runs two. hello got its own IP too: {ip}.',
  'lessons.what-is-a-pod.smallest-unit.detail':
    'The note says every Pod has at least two containers, an app and pause. That’s what the runtime usually runs, but kubectl still shows 1/1: pause is plumbing, not part of your Pod spec. Some runtimes do the sandbox job differently (CRI-O, for example, can skip the pause process and hold the namespaces another way) — the idea of a sandbox stays the same.',

  'lessons.what-is-a-pod.together.title': 'Containers that belong together',
  'lessons.what-is-a-pod.together.look':
    'app writes its logs to /var/log/nginx. log-shipper is there to read them and send them on. Both mount the same volume, logs.',
  'lessons.what-is-a-pod.together.question':
    'nginx writes a line to its access log. Can log-shipper read it?',
  'lessons.what-is-a-pod.together.choice.yes': 'Yes',
  'lessons.what-is-a-pod.together.feedback.yes': 'They share the logs volume, so the file is in both.',
  'lessons.what-is-a-pod.together.choice.no': 'No, each container has its own files',
  'lessons.what-is-a-pod.together.feedback.no':
    'Each does have its own filesystem — but a volume mounted in both is shared.',
  'lessons.what-is-a-pod.together.act': 'Write a line to access.log',
  'lessons.what-is-a-pod.together.explain':
    'log-shipper sees {path} with “{content}”, through the volume {volume} that both mount. These two share files, the network and a lifecycle, so they belong in one Pod. Two independent apps (a shop and its database) go in separate Pods, so each can be scaled, updated and moved on its own.',
  'lessons.what-is-a-pod.together.detail':
    'log-shipper is a sidecar: an init container with restartPolicy: Always (Kubernetes 1.29 and later). It starts before app and keeps running beside it, so no log line is missed.',

  // ── 2. What the containers share ──
  'lessons.shared-namespaces.title': 'What the containers share',
  'lessons.shared-namespaces.summary':
    'Network, IPC and hostname: held by the pause container, joined by every container.',
  'lessons.shared-namespaces.net.title': 'One network stack',
  'lessons.shared-namespaces.net.look':
    'Every namespace shows its inode id, the way ls -l /proc/<pid>/ns prints it: the same id means the same namespace. Highlight Network and compare.',
  'lessons.shared-namespaces.net.question': 'Do app and log-shipper see the same network interfaces?',
  'lessons.shared-namespaces.net.choice.same': 'Yes, the very same ones',
  'lessons.shared-namespaces.net.feedback.same':
    'One network namespace, so one eth0, one IP, one set of ports.',
  'lessons.shared-namespaces.net.choice.own': 'No, each container has its own eth0',
  'lessons.shared-namespaces.net.feedback.own':
    'That’s how separate Pods work. Inside one Pod, every container joins the pause container’s network namespace.',
  'lessons.shared-namespaces.net.act': 'Highlight Network',
  'lessons.shared-namespaces.net.explain':
    'pause {pause}, app {app}, log-shipper {sidecar}: one id, one network namespace. Same interfaces, same routes, same IP {ip}, same ports. So log-shipper reaches nginx at localhost:80, with no Service and no Pod IP needed.',

  'lessons.shared-namespaces.ports.title': 'One set of ports',
  'lessons.shared-namespaces.ports.look':
    'If the containers share one network stack, they share its ports too. Let’s put two nginx servers, both on port 80, into one Pod called clash.',
  'lessons.shared-namespaces.ports.question': 'Both containers listen on port 80. What happens?',
  'lessons.shared-namespaces.ports.choice.both-run': 'Both run: each container has its own ports',
  'lessons.shared-namespaces.ports.feedback.both-run': 'They don’t: one network namespace has one port 80.',
  'lessons.shared-namespaces.ports.choice.one-fails': 'The second fails: address already in use',
  'lessons.shared-namespaces.ports.feedback.one-fails': 'Just like two programs on one machine.',
  'lessons.shared-namespaces.ports.choice.remapped': 'Kubernetes moves one to another port',
  'lessons.shared-namespaces.ports.feedback.remapped':
    'Kubernetes never changes the ports your processes bind.',
  'lessons.shared-namespaces.ports.act': 'Create Pod clash',
  'lessons.shared-namespaces.ports.explain':
    '{failed} crashed with exit code {exitCode} and logged: {line}. Its neighbour already held port 80 on the Pod’s one network stack. The kubelet keeps restarting it (restarts: {restarts}), and it keeps failing: the fix is a different port in one of them. A real kubectl apply even warns (“duplicate port definition”), but containerPort is only informational: Kubernetes warns, it doesn’t refuse.',

  'lessons.shared-namespaces.ipc.title': 'Shared IPC',
  'lessons.shared-namespaces.ipc.look':
    'An IPC namespace scopes System V IPC (shared memory, semaphores, message queues) and POSIX message queues. Highlight IPC.',
  'lessons.shared-namespaces.ipc.question':
    'app creates a shared-memory segment. Can log-shipper attach to it?',
  'lessons.shared-namespaces.ipc.choice.yes': 'Yes',
  'lessons.shared-namespaces.ipc.feedback.yes': 'Same IPC namespace, same segments.',
  'lessons.shared-namespaces.ipc.choice.no': 'No',
  'lessons.shared-namespaces.ipc.feedback.no':
    'Between Pods, no. Inside one Pod the IPC namespace is shared.',
  'lessons.shared-namespaces.ipc.act': 'Highlight IPC',
  'lessons.shared-namespaces.ipc.explain':
    'pause {pause}, app {app}, log-shipper {sidecar}: one IPC namespace. A segment app creates with shmget() shows up in log-shipper’s ipcs -m, and the Pod’s containers share one /dev/shm as well. Every other Pod has an IPC namespace of its own (and the Node’s, {host}, is different again), so nothing outside web sees these segments.',

  'lessons.shared-namespaces.uts.title': 'One hostname',
  'lessons.shared-namespaces.uts.look': 'The UTS namespace holds the hostname. Highlight UTS (hostname).',
  'lessons.shared-namespaces.uts.question': 'What does hostname print in log-shipper?',
  'lessons.shared-namespaces.uts.choice.pod-name': 'web, the Pod’s name',
  'lessons.shared-namespaces.uts.feedback.pod-name': 'The hostname belongs to the Pod, and the Pod is web.',
  'lessons.shared-namespaces.uts.choice.container-name': 'log-shipper, its container’s name',
  'lessons.shared-namespaces.uts.feedback.container-name':
    'Containers in a Pod don’t get hostnames of their own: they share one UTS namespace.',
  'lessons.shared-namespaces.uts.choice.node-name': 'node-1, the Node’s name',
  'lessons.shared-namespaces.uts.feedback.node-name':
    'Only with hostNetwork: true, which puts the Pod in the Node’s network and UTS namespaces.',
  'lessons.shared-namespaces.uts.act': 'Highlight UTS',
  'lessons.shared-namespaces.uts.explain':
    'Both containers are in {app}, the pause container’s UTS namespace, so they share one hostname: {hostname}, the Pod’s name. The Node {node} has its own ({host}).',
  'lessons.shared-namespaces.uts.detail':
    'The note says a Pod’s containers share the network, IPC and UTS namespaces. That’s the default, and a Pod can change it: hostNetwork: true and hostIPC: true use the Node’s own namespaces instead, shareProcessNamespace: true adds a shared PID namespace, and hostUsers: false adds a user namespace for the Pod. The next lesson shows the last two.',

  // ── 3. What each container keeps to itself ──
  'lessons.own-namespaces.title': 'What each container keeps',
  'lessons.own-namespaces.summary':
    'Files, processes and users: the mnt, pid and user namespaces, and the switches that change them.',
  'lessons.own-namespaces.mnt.title': 'Its own filesystem',
  'lessons.own-namespaces.mnt.look':
    'Each container starts from its own image, in its own mount namespace. Let app write a file outside any volume.',
  'lessons.own-namespaces.mnt.question': 'app writes /tmp/cache.txt. Can log-shipper read it?',
  'lessons.own-namespaces.mnt.choice.yes': 'Yes, they’re in the same Pod',
  'lessons.own-namespaces.mnt.feedback.yes':
    'Sharing a Pod doesn’t mean sharing a filesystem: /tmp is inside app’s own.',
  'lessons.own-namespaces.mnt.choice.no': 'No',
  'lessons.own-namespaces.mnt.feedback.no': 'The file is in app’s own filesystem.',
  'lessons.own-namespaces.mnt.act': 'Write /tmp/cache.txt in app',
  'lessons.own-namespaces.mnt.explain':
    'app now sees {appFiles}; log-shipper sees {sidecarFiles}. Their mount namespaces differ ({appMnt} and {sidecarMnt}): each container has its own root filesystem, and {path} exists only in app’s.',

  'lessons.own-namespaces.volume.title': 'Sharing files: through a volume',
  'lessons.own-namespaces.volume.look':
    'Now write into /var/log/nginx, where both containers mount the emptyDir volume logs.',
  'lessons.own-namespaces.volume.question':
    'app writes /var/log/nginx/error.log. Can log-shipper read this one?',
  'lessons.own-namespaces.volume.choice.yes': 'Yes',
  'lessons.own-namespaces.volume.feedback.yes': 'It’s on the shared volume.',
  'lessons.own-namespaces.volume.choice.no': 'No',
  'lessons.own-namespaces.volume.feedback.no':
    'This path is a volume mounted in both containers, so this time it is shared.',
  'lessons.own-namespaces.volume.act': 'Write error.log in app',
  'lessons.own-namespaces.volume.explain':
    'This time log-shipper sees it too ({sidecarFiles}): the file landed in the volume {volume}, which both containers mount. To share files between containers, use a volume: that is the designed way. (The Pod’s /dev/shm is shared too, and with a shared PID namespace another container’s files can be reached through /proc/<pid>/root.)',

  'lessons.own-namespaces.pid.title': 'Its own processes',
  'lessons.own-namespaces.pid.look': 'Highlight PID: every container has a PID namespace of its own.',
  'lessons.own-namespaces.pid.question': 'Can log-shipper see nginx’s processes with ps?',
  'lessons.own-namespaces.pid.choice.yes': 'Yes',
  'lessons.own-namespaces.pid.feedback.yes': 'Not by default: each container has its own PID namespace.',
  'lessons.own-namespaces.pid.choice.no': 'No',
  'lessons.own-namespaces.pid.feedback.no': 'By default ps shows only the container’s own processes.',
  'lessons.own-namespaces.pid.act': 'Highlight PID',
  'lessons.own-namespaces.pid.explain':
    'Three different ids: app {app}, log-shipper {sidecar}, pause {pause}. In each container ps lists only its own processes, and its main process is PID 1 there.',

  'lessons.own-namespaces.share-pid.title': 'Switch: shareProcessNamespace',
  'lessons.own-namespaces.share-pid.look':
    'A Pod can ask for one PID namespace for all its containers. Create debug, a Pod with shareProcessNamespace: true (nginx and a shell).',
  'lessons.own-namespaces.share-pid.question': 'Which process is PID 1 for every container in debug?',
  'lessons.own-namespaces.share-pid.choice.nginx': 'nginx',
  'lessons.own-namespaces.share-pid.feedback.nginx':
    'nginx is PID 1 only in a PID namespace of its own, without sharing.',
  'lessons.own-namespaces.share-pid.choice.pause': 'pause',
  'lessons.own-namespaces.share-pid.feedback.pause':
    'Pause started first, so it is PID 1 of the shared namespace.',
  'lessons.own-namespaces.share-pid.choice.each': 'Each container’s own main process',
  'lessons.own-namespaces.share-pid.feedback.each':
    'That’s the default. With sharing there is only one PID 1.',
  'lessons.own-namespaces.share-pid.act': 'Create Pod debug',
  'lessons.own-namespaces.share-pid.explain':
    'Every container of {pod} now has the pause container’s PID namespace, {pid}. pause started first (host PID {pausePid}), so it is PID 1 for all of them: ps in shell lists pause, nginx (its master and 2 worker processes) and sleep. As PID 1, pause adopts orphaned processes and reaps them when they exit, so no zombies pile up.',
  'lessons.own-namespaces.share-pid.detail':
    'The note says PID is isolated. That’s the default. With shareProcessNamespace: true the containers share one PID namespace (handy for debugging, or to signal a neighbour), and with hostPID: true they see every process on the Node. Without sharing, each container’s own PID 1 has to reap its zombies itself.',

  'lessons.own-namespaces.user.title': 'Users: the Node’s, by default',
  'lessons.own-namespaces.user.look': 'Highlight User and compare the containers’ user ids with the Node’s.',
  'lessons.own-namespaces.user.question': 'Does each container get its own user namespace?',
  'lessons.own-namespaces.user.choice.each': 'Yes, one per container',
  'lessons.own-namespaces.user.feedback.each': 'No container gets one of its own.',
  'lessons.own-namespaces.user.choice.host': 'No: they use the Node’s',
  'lessons.own-namespaces.user.feedback.host':
    'By default no new user namespace is created: the containers stay in the Node’s own.',
  'lessons.own-namespaces.user.choice.pod': 'One for the whole Pod',
  'lessons.own-namespaces.user.feedback.pod':
    'Only when the Pod asks for one with hostUsers: false (next step).',
  'lessons.own-namespaces.user.act': 'Highlight User',
  'lessons.own-namespaces.user.explain':
    'app and log-shipper show {user}, the Node’s own ({node}). By default a container gets no user namespace of its own: UID 0 inside is UID 0 on the Node. What holds it back is the runtime’s reduced set of capabilities (and AppArmor or SELinux, where the Node has them); seccomp filters it only if the Pod asks for RuntimeDefault or the kubelet turns on seccompDefault.',

  'lessons.own-namespaces.host-users.title': 'Switch: hostUsers: false',
  'lessons.own-namespaces.host-users.look': 'Create isolated, a Pod with hostUsers: false.',
  'lessons.own-namespaces.host-users.question': 'What does hostUsers: false change?',
  'lessons.own-namespaces.host-users.choice.each': 'Each container gets its own user namespace',
  'lessons.own-namespaces.host-users.feedback.each': 'Close: a new one, but one for the whole Pod.',
  'lessons.own-namespaces.host-users.choice.pod': 'The Pod gets one, shared by its containers',
  'lessons.own-namespaces.host-users.feedback.pod':
    'One new user namespace, joined by every container of the Pod and by its pause container.',
  'lessons.own-namespaces.host-users.choice.same': 'Nothing you can see',
  'lessons.own-namespaces.host-users.feedback.same': 'Look at the user ids: they change.',
  'lessons.own-namespaces.host-users.act': 'Create Pod isolated',
  'lessons.own-namespaces.host-users.explain':
    '{pod} got a user namespace of its own, {user}, shared by its containers and its pause container, not the Node’s {node}. Root inside is mapped to an unprivileged UID range on the Node, so breaking out of the container gains far less.',
  'lessons.own-namespaces.host-users.detail':
    'The note lists USER with mount and PID as kept per container. In fact a container never gets a user namespace of its own: by default it uses the Node’s, and with hostUsers: false the whole Pod shares a new one. The feature is on by default since Kubernetes 1.33, but each Pod must still ask for it; it needs Linux 6.3 or later and containerd 2.0+ or CRI-O 1.25+. cgroup namespaces, by the way, are per container, like mnt (on cgroup v2 Nodes).',

  // ── 4. The pause container ──
  'lessons.pause-container.title': 'The pause container',
  'lessons.pause-container.summary':
    'Created first, holds the Pod’s namespaces and IP, and otherwise just waits.',
  'lessons.pause-container.first.title': 'Who comes first?',
  'lessons.pause-container.first.look':
    'The Node is empty. Create the Pod web and watch what appears, and in which order.',
  'lessons.pause-container.first.question': 'Which container comes up first?',
  'lessons.pause-container.first.choice.app': 'app',
  'lessons.pause-container.first.feedback.app': 'app waits: the namespaces it joins must exist first.',
  'lessons.pause-container.first.choice.sidecar': 'log-shipper (it’s an init container)',
  'lessons.pause-container.first.feedback.sidecar':
    'Init containers and sidecars start before app, but after the sandbox.',
  'lessons.pause-container.first.choice.pause': 'pause',
  'lessons.pause-container.first.feedback.pause': 'The sandbox comes first.',
  'lessons.pause-container.first.act': 'Create Pod web',
  'lessons.pause-container.first.explain':
    'The sandbox (the pause container) was created at {sandboxAt}, with the IP {ip} already set up. The first of your containers, {first}, came at {firstAt}. The kubelet always creates the sandbox first; your containers then join its namespaces.',

  'lessons.pause-container.holds.title': 'It holds the namespaces and the IP',
  'lessons.pause-container.holds.look':
    'Highlight Network: the layers are drawn around the pause container because it owns them.',
  'lessons.pause-container.holds.question': 'Which container owns the Pod’s IP?',
  'lessons.pause-container.holds.choice.app': 'app',
  'lessons.pause-container.holds.feedback.app': 'app only uses the IP, in a namespace it joined.',
  'lessons.pause-container.holds.choice.pause': 'pause',
  'lessons.pause-container.holds.feedback.pause':
    'The IP belongs to the network namespace created with pause.',
  'lessons.pause-container.holds.choice.node': 'None: the Node does',
  'lessons.pause-container.holds.feedback.node':
    'The Node hands out the address, but it is set up in the Pod’s own network namespace.',
  'lessons.pause-container.holds.act': 'Highlight Network',
  'lessons.pause-container.holds.explain':
    'The IP {ip} lives in the pause container’s network namespace {net}; its {ipc} and {uts} are the ones your containers joined. pause holds them; the app containers only borrow them.',

  'lessons.pause-container.steady.title': 'Containers come and go, pause stays',
  'lessons.pause-container.steady.look': 'Kill app and keep an eye on the pause container.',
  'lessons.pause-container.steady.question': 'You kill app. What happens to pause?',
  'lessons.pause-container.steady.choice.restarts-too': 'It restarts too',
  'lessons.pause-container.steady.feedback.restarts-too': 'pause isn’t touched when an app container dies.',
  'lessons.pause-container.steady.choice.untouched': 'Nothing',
  'lessons.pause-container.steady.feedback.untouched': 'The pause container keeps running.',
  'lessons.pause-container.steady.choice.pod-ends': 'The Pod ends',
  'lessons.pause-container.steady.feedback.pod-ends':
    'The Pod keeps running; the kubelet restarts app inside it.',
  'lessons.pause-container.steady.act': 'Kill app',
  'lessons.pause-container.steady.explain':
    'app restarted (restarts: {restarts}) and its new instance joined the same {net}. The sandbox {sandbox} is untouched: still sandbox #{attempt}. Because pause keeps the namespaces open, an app container can die and come back without the Pod losing its IP.',

  'lessons.pause-container.tiny.title': 'Tiny, and does almost nothing',
  'lessons.pause-container.tiny.look': 'Look at the pause hexagon: one process, one PID.',
  'lessons.pause-container.tiny.question': 'What does the pause process do all day?',
  'lessons.pause-container.tiny.choice.proxy': 'Forwards traffic between containers',
  'lessons.pause-container.tiny.feedback.proxy':
    'No proxy involved: the containers share one network stack, so traffic flows straight through it.',
  'lessons.pause-container.tiny.choice.waits':
    'Waits for signals (and reaps zombies, when the PID namespace is shared)',
  'lessons.pause-container.tiny.feedback.waits': 'It sleeps until a signal arrives.',
  'lessons.pause-container.tiny.choice.health': 'Runs health checks',
  'lessons.pause-container.tiny.feedback.health': 'Probes are run by the kubelet, not by pause.',
  'lessons.pause-container.tiny.explain':
    'The pause process (host PID {pid}) is a tiny static program; its image is well under 1 MB. It calls pause() and sleeps until a signal arrives: on SIGTERM or SIGINT it exits, on SIGCHLD it reaps exited children. It has children only when the Pod shares one PID namespace, like the previous lesson’s debug Pod. While it waits, it uses no CPU at all.',
  'lessons.pause-container.tiny.detail':
    'The note says pause is configured in the kubelet, and that it keeps the Pod alive and manages its resources. Today the pause image is a setting of the container runtime (containerd’s sandbox image, CRI-O’s pause_image); the kubelet’s old --pod-infra-container-image flag was removed in Kubernetes 1.35. A Pod’s resource limits are enforced by a Pod-level cgroup that the kubelet creates; pause simply lives in it. And the Pod object lives in the API server: a running pause doesn’t keep it, and a dead pause doesn’t end it (see “When the pause container dies”). One more detail: containerd and CRI-O create the Pod’s network namespace themselves and pin it to a file before pause starts; pause only joins it. So “pause holds the namespaces” is a simplification: in practice the sandbox (runtime plus pause) holds them.',

  // ── 5. When an app container dies ──
  'lessons.kill-app.title': 'When an app container dies',
  'lessons.kill-app.summary':
    'It restarts in place with the same IP and a higher restart count; if it keeps crashing, the restarts slow down (CrashLoopBackOff).',
  'lessons.kill-app.restart.title': 'Kill app',
  'lessons.kill-app.restart.look':
    'The tag shows web’s IP. Note it, then kill app with SIGKILL (like the OOM killer or kill -9).',
  'lessons.kill-app.restart.question': 'You kill the app container. What happens to the Pod’s IP?',
  'lessons.kill-app.restart.choice.same-ip': 'It stays the same',
  'lessons.kill-app.restart.feedback.same-ip': 'The network namespace belongs to pause, which is untouched.',
  'lessons.kill-app.restart.choice.new-ip': 'It changes',
  'lessons.kill-app.restart.feedback.new-ip':
    'The IP belongs to the sandbox, not to app, and the sandbox didn’t die.',
  'lessons.kill-app.restart.choice.pod-gone': 'The Pod is deleted',
  'lessons.kill-app.restart.feedback.pod-gone':
    'A dead container never deletes its Pod: the kubelet restarts the container.',
  'lessons.kill-app.restart.act': 'Kill app',
  'lessons.kill-app.restart.explain':
    'app died with exit code {exitCode} (128 + 9: SIGKILL). The kubelet noticed and started a new instance at once, because restartPolicy is {policy}: RESTARTS is now {restarts}. The Pod IP is still {ip}: the sandbox and its network namespace never went away.',

  'lessons.kill-app.back-off.title': 'Again and again: CrashLoopBackOff',
  'lessons.kill-app.back-off.look': 'app is running again. Kill it a second time, right away.',
  'lessons.kill-app.back-off.question': 'You kill it again. When does it come back?',
  'lessons.kill-app.back-off.choice.at-once': 'Right away, like before',
  'lessons.kill-app.back-off.feedback.at-once': 'Only the first restart is immediate.',
  'lessons.kill-app.back-off.choice.waits': 'After a back-off delay',
  'lessons.kill-app.back-off.feedback.waits': 'The kubelet waits, and waits longer after each crash.',
  'lessons.kill-app.back-off.choice.never': 'Never',
  'lessons.kill-app.back-off.feedback.never': 'It does come back, just later.',
  'lessons.kill-app.back-off.act': 'Kill app again',
  'lessons.kill-app.back-off.explain':
    'This time the kubelet waits: the Event says “{event}”, and app comes back by itself after {delay} s. STATUS still says {status}: the kubelet wrote it as this sync began, before it chose to wait. The sync that restarts app writes CrashLoopBackOff; for a wait over a minute, the kubelet’s one-minute resync writes it sooner. The delay starts at 10 s and doubles after each crash (20 s, 40 s…) up to 5 minutes; 10 minutes of running fine resets it. The IP is still {ip}.',
  'lessons.kill-app.back-off.detail':
    'The note says Pods don’t heal themselves. Containers do: the kubelet restarts them in place, as restartPolicy says. What never comes back by itself is a deleted Pod; that takes a controller (see “Pods are mortal”).',

  'lessons.kill-app.never.title': 'restartPolicy: Never',
  'lessons.kill-app.never.look': 'batch runs a one-off job with restartPolicy: Never. Kill its worker.',
  'lessons.kill-app.never.question': 'What happens to worker?',
  'lessons.kill-app.never.choice.restarts': 'It restarts, like app',
  'lessons.kill-app.never.feedback.restarts': 'Not with restartPolicy: Never.',
  'lessons.kill-app.never.choice.stays-down': 'It stays down, and the Pod fails',
  'lessons.kill-app.never.feedback.stays-down':
    'restartPolicy: Never means just that: the container stays down and the Pod’s phase turns Failed.',
  'lessons.kill-app.never.choice.deleted': 'The Pod disappears',
  'lessons.kill-app.never.feedback.deleted':
    'The Pod object stays, showing the failure, until someone deletes it (or the cluster garbage-collects old finished Pods).',
  'lessons.kill-app.never.act': 'Kill worker',
  'lessons.kill-app.never.explain':
    'worker was not restarted: RESTARTS stays 0, the exit code is {exitCode}, and the Pod’s phase is {phase}. The Pod object is still there, still reporting its last IP {ip} (for the record only: the sandbox is stopped and the address is free again), until you delete it. With restartPolicy: OnFailure it would have restarted, because the exit code isn’t 0.',
  'lessons.kill-app.never.detail':
    'The note says pause keeps a Pod from being removed while no containers run. Look at batch: once it failed, the kubelet stopped its sandbox too (pause is gone and its IP is back in the pool), yet the Pod is still listed. It’s the API server that keeps a Pod, and only deleting it removes it.',

  // ── 6. When the pause container dies ──
  'lessons.kill-pause.title': 'When the pause container dies',
  'lessons.kill-pause.summary':
    'The sandbox is rebuilt: every container restarts and the IP usually changes, yet the Pod lives on (unless restartPolicy is Never).',
  'lessons.kill-pause.ip.title': 'Kill pause',
  'lessons.kill-pause.ip.look':
    'web runs in sandbox #0, with the IP on its tag. Next, kill the pause container itself.',
  'lessons.kill-pause.ip.question': 'If you kill the pause container, will the Pod IP change?',
  'lessons.kill-pause.ip.choice.changes': 'Yes',
  'lessons.kill-pause.ip.feedback.changes':
    'The IP belongs to the sandbox. The kubelet replaces the dead sandbox: it tears down the old network namespace (the IP goes back to the pool), and the new sandbox gets a new namespace and, usually, a new address.',
  'lessons.kill-pause.ip.choice.stays': 'No',
  'lessons.kill-pause.ip.feedback.stays':
    'The network namespace goes with the sandbox, and a new sandbox gets a fresh address.',
  'lessons.kill-pause.ip.act': 'Kill pause',
  'lessons.kill-pause.ip.explain':
    'The kubelet noticed the dead sandbox. Its Event SandboxChanged says: “{event}” It stopped every container, built sandbox #{attempt} with new namespaces, and got a new IP: {oldIp} → {newIp}. Then it started every container again: app restarts {appRestarts}, log-shipper restarts {sidecarRestarts}.',

  'lessons.kill-pause.same-pod.title': 'Still the same Pod?',
  'lessons.kill-pause.same-pod.look': 'Everything inside web restarted. Look at its name and its status.',
  'lessons.kill-pause.same-pod.question': 'Is web still the same Pod?',
  'lessons.kill-pause.same-pod.choice.same': 'Yes: same name, same UID',
  'lessons.kill-pause.same-pod.feedback.same': 'Only the sandbox was replaced.',
  'lessons.kill-pause.same-pod.choice.new': 'No: a new Pod replaced it',
  'lessons.kill-pause.same-pod.feedback.new': 'No new Pod was made: same object, same UID.',
  'lessons.kill-pause.same-pod.explain':
    'Same name, same UID ({uid}): the Pod object never left the API server. Only its sandbox was replaced: the runtime lists sandbox #{oldAttempt} (not ready) and #{newAttempt} (ready), both for this one Pod.',
  'lessons.kill-pause.same-pod.detail':
    'The note says a Pod lives exactly as long as its pause container. Nearly: when pause dies, the Pod lives on and only its sandbox is replaced, and the IP usually changes (some network plugins can keep it). A Pod ends when it is deleted or evicted, when activeDeadlineSeconds runs out, or when its containers have finished and restartPolicy says not to restart them (next step).',

  'lessons.kill-pause.never.title': 'And with restartPolicy: Never?',
  'lessons.kill-pause.never.look': 'batch has restartPolicy: Never. Kill its pause container.',
  'lessons.kill-pause.never.question': 'Will the kubelet build batch a new sandbox?',
  'lessons.kill-pause.never.choice.rebuilt': 'Yes, like web',
  'lessons.kill-pause.never.feedback.rebuilt': 'Not this time: nothing in batch may be restarted.',
  'lessons.kill-pause.never.choice.ends': 'No: the Pod ends',
  'lessons.kill-pause.never.feedback.ends':
    'With no container it may restart, the kubelet has no reason to build a new sandbox.',
  'lessons.kill-pause.never.act': 'Kill pause in batch',
  'lessons.kill-pause.never.explain':
    'No new sandbox this time. With restartPolicy: Never the kubelet may not restart worker, so there is nothing to rebuild a sandbox for: it stopped worker (“{event}”, exit code {exitCode}) and the Pod ended as {phase}. Exit code 137 means SIGKILL: worker’s sleep is PID 1 of its own PID namespace and has no SIGTERM handler, so the kernel dropped the SIGTERM, and the kubelet had to SIGKILL it when batch’s 5 s grace period ran out.',

  // ── 7. Pods are mortal ──
  'lessons.mortal-pods.title': 'Pods are mortal',
  'lessons.mortal-pods.summary': 'A deleted Pod never comes back. A controller makes a new one instead.',
  'lessons.mortal-pods.bare.title': 'Delete a Pod nobody manages',
  'lessons.mortal-pods.bare.look':
    'solo was created by hand: no controller owns it. The two web-… Pods belong to the ReplicaSet web.',
  'lessons.mortal-pods.bare.question': 'You delete solo. What happens next?',
  'lessons.mortal-pods.bare.choice.restarts': 'The kubelet restarts it',
  'lessons.mortal-pods.bare.feedback.restarts': 'The kubelet restarts containers, never a deleted Pod.',
  'lessons.mortal-pods.bare.choice.replaced': 'Kubernetes creates a replacement',
  'lessons.mortal-pods.bare.feedback.replaced': 'Only a controller would, and nothing owns solo.',
  'lessons.mortal-pods.bare.choice.gone': 'It’s gone for good',
  'lessons.mortal-pods.bare.feedback.gone': 'Nothing owns solo, so nothing brings it back.',
  'lessons.mortal-pods.bare.act': 'Delete solo',
  'lessons.mortal-pods.bare.explain':
    'solo went Terminating (nginx got its stop signal: SIGQUIT, which the nginx image asks for instead of the default SIGTERM), then disappeared. Nothing brought it back, and its IP {ip} went back to the Node’s pool ({free} addresses free now).',

  'lessons.mortal-pods.owned.title': 'Delete a Pod a controller owns',
  'lessons.mortal-pods.owned.look':
    'Now delete one of the web-… Pods. The ReplicaSet web wants two of them running.',
  'lessons.mortal-pods.owned.question': 'What comes back?',
  'lessons.mortal-pods.owned.choice.same': 'The same Pod, restarted',
  'lessons.mortal-pods.owned.feedback.same': 'A deleted Pod is never revived, not even by a controller.',
  'lessons.mortal-pods.owned.choice.new': 'A new Pod, with a new name and IP',
  'lessons.mortal-pods.owned.feedback.new':
    'The ReplicaSet makes a replacement from its template: a different Pod that merely looks alike.',
  'lessons.mortal-pods.owned.choice.nothing': 'Nothing',
  'lessons.mortal-pods.owned.feedback.nothing': 'The ReplicaSet notices it is one short and makes a new Pod.',
  'lessons.mortal-pods.owned.act': 'Delete a web Pod',
  'lessons.mortal-pods.owned.explain':
    'The ReplicaSet saw a Pod missing and made another: “{event}”. {oldName} ({oldIp}) is gone; {newName} is a brand-new Pod with a new name, a new UID and a new IP, {newIp}. Controllers replace Pods; they never bring one back.',
  'lessons.mortal-pods.owned.detail':
    'The note says Pods are usually created and managed by controllers. True, and notice what they do: replace, not revive. Even a StatefulSet, which reuses the name (db-0), creates a new Pod object with a new UID, and usually a new IP.',

  // ── 8. How long data lives ──
  'lessons.pod-volumes.title': 'How long data lives',
  'lessons.pod-volumes.summary':
    'A container’s own files, an emptyDir and a PersistentVolume: three different lifetimes.',
  'lessons.pod-volumes.restart.title': 'Kill the container',
  'lessons.pod-volumes.restart.look':
    'app has written three files: /tmp/scratch.txt in its own filesystem, /cache/session.txt in the emptyDir cache, and /data/orders.txt in the PersistentVolumeClaim web-data.',
  'lessons.pod-volumes.restart.question': 'Kill app. Which files will the new instance find?',
  'lessons.pod-volumes.restart.choice.all': 'All three',
  'lessons.pod-volumes.restart.feedback.all':
    '/tmp was in the old instance’s own filesystem, which went away with it.',
  'lessons.pod-volumes.restart.choice.volumes': 'The two in volumes',
  'lessons.pod-volumes.restart.feedback.volumes': 'Volumes belong to the Pod, not to a container.',
  'lessons.pod-volumes.restart.choice.none': 'None',
  'lessons.pod-volumes.restart.feedback.none': 'Volumes outlive a container restart.',
  'lessons.pod-volumes.restart.act': 'Kill app',
  'lessons.pod-volumes.restart.explain':
    'The new app instance finds {kept}, but {lost} is gone: it lived in the old instance’s writable layer. Volumes belong to the Pod, so they outlive any one container.',

  'lessons.pod-volumes.delete.title': 'Delete the Pod',
  'lessons.pod-volumes.delete.look': 'Now delete web itself.',
  'lessons.pod-volumes.delete.question': 'What happens to the data in the two volumes?',
  'lessons.pod-volumes.delete.choice.both-gone': 'Both are gone',
  'lessons.pod-volumes.delete.feedback.both-gone': 'One of them lives outside the Pod.',
  'lessons.pod-volumes.delete.choice.both-kept': 'Both are kept',
  'lessons.pod-volumes.delete.feedback.both-kept': 'The emptyDir was made for this Pod, and it goes with it.',
  'lessons.pod-volumes.delete.choice.pv-kept': 'The emptyDir is gone; the PersistentVolume keeps its data',
  'lessons.pod-volumes.delete.feedback.pv-kept':
    'The emptyDir belongs to the Pod; the claim’s data lives outside it.',
  'lessons.pod-volumes.delete.act': 'Delete web',
  'lessons.pod-volumes.delete.explain':
    'web (UID {uid}) is gone, and its emptyDir cache with it: an emptyDir is created with its Pod and erased when the Pod is removed. The claim web-data is an API object of its own. Is its data still there? The next step finds out.',

  'lessons.pod-volumes.recreate.title': 'Create the Pod again',
  'lessons.pod-volumes.recreate.look': 'Create web again, from the same manifest.',
  'lessons.pod-volumes.recreate.question': 'What does app find this time?',
  'lessons.pod-volumes.recreate.choice.both': 'Both volume files',
  'lessons.pod-volumes.recreate.feedback.both': 'The emptyDir is new, and empty.',
  'lessons.pod-volumes.recreate.choice.orders': 'Only /data/orders.txt',
  'lessons.pod-volumes.recreate.feedback.orders':
    'The claim’s data was waiting for it; the emptyDir is brand new.',
  'lessons.pod-volumes.recreate.choice.nothing': 'Nothing',
  'lessons.pod-volumes.recreate.feedback.nothing': 'The PersistentVolume kept its data.',
  'lessons.pod-volumes.recreate.act': 'Create web again',
  'lessons.pod-volumes.recreate.explain':
    'The new web (a new Pod, UID {uid}) sees {files}. {found} still says “{content}”: it was kept in the claim web-data. The emptyDir /cache started empty.',
  'lessons.pod-volumes.recreate.detail':
    'The note says a volume is independent of the Pod’s lifecycle. That’s true for a PersistentVolume (and for storage outside the Node, like NFS). An emptyDir lives exactly as long as its Pod: it survives container restarts and even a pause crash, but not deletion.',

  // ── 9. Why Pods? ──
  'lessons.why-pods.title': 'Why Pods?',
  'lessons.why-pods.summary': 'You deploy, scale and schedule a Pod as one unit.',
  'lessons.why-pods.deploy.title': 'Deploy one unit',
  'lessons.why-pods.deploy.look':
    'The Node is empty. We want nginx with its log shipper, kept running by a ReplicaSet.',
  'lessons.why-pods.deploy.question': 'What do you hand to Kubernetes?',
  'lessons.why-pods.deploy.choice.containers': 'Two containers, one by one',
  'lessons.why-pods.deploy.feedback.containers':
    'Kubernetes never takes bare containers: they would have no way to stay together.',
  'lessons.why-pods.deploy.choice.template': 'One Pod template with both containers',
  'lessons.why-pods.deploy.feedback.template': 'A Pod template keeps the two together, wherever they run.',
  'lessons.why-pods.deploy.act': 'Create ReplicaSet web (1 replica)',
  'lessons.why-pods.deploy.explain':
    'One template, one unit: the ReplicaSet created {pod}, and app and log-shipper came up together, in one sandbox, on {node}. You deploy the Pod; its containers come with it.',

  'lessons.why-pods.scale.title': 'Scale the unit',
  'lessons.why-pods.scale.look': 'Traffic grows. Scale web to 3 replicas.',
  'lessons.why-pods.scale.question': 'What gets copied?',
  'lessons.why-pods.scale.choice.containers': 'Just the app container',
  'lessons.why-pods.scale.feedback.containers': 'A replica is a whole Pod: containers, pause and IP.',
  'lessons.why-pods.scale.choice.pods': 'The whole Pod, with its own pause and IP',
  'lessons.why-pods.scale.feedback.pods': 'Each replica is a whole Pod, with its own sandbox and IP.',
  'lessons.why-pods.scale.act': 'Scale to 3',
  'lessons.why-pods.scale.explain':
    'Three whole Pods, each with its own pause container, app, log-shipper and IP: {pods}. The scheduler placed each Pod once, as one unit ({scheduled} Scheduled events, one per Pod): a Pod’s containers always land on the same Node.',

  'lessons.why-pods.scale-down.title': 'Scale down',
  'lessons.why-pods.scale-down.look': 'Quiet again. Scale back to 1.',
  'lessons.why-pods.scale-down.question': 'What is removed?',
  'lessons.why-pods.scale-down.choice.containers': 'Some of the containers',
  'lessons.why-pods.scale-down.feedback.containers': 'You can’t remove half a Pod.',
  'lessons.why-pods.scale-down.choice.pods': 'Whole Pods',
  'lessons.why-pods.scale-down.feedback.pods': 'Pods are added and removed whole.',
  'lessons.why-pods.scale-down.act': 'Scale to 1',
  'lessons.why-pods.scale-down.explain':
    '{removed} were deleted whole (containers, sandbox and IP together), leaving {left}. Deploying, scaling, scheduling and deleting all work on Pods.',
  'lessons.why-pods.scale-down.detail':
    'In practice you would use a Deployment: it manages ReplicaSets for you and adds rolling updates. And the scheduler works out the Pod’s effective request (roughly: the requests of all its long-running containers added up, or the biggest init step if that is larger) and finds a Node with room for all of it: that’s the shared resource management the note mentions.',
} as const;
