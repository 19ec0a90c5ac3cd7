/**
 * What PodScope explains as things happen (English): the narration's sentences and what sharing each namespace
 * means. They load with the first line to tell or the first namespace chosen (view/controls/explanations.ts).
 */
export const explainEn = {
  'narrate.podCreated': 'Pod {pod} created',
  'narrate.pauseDied': 'the pause container of {pod} died',
  'narrate.sandboxStopped': 'the kubelet stopped the sandbox (pause) of {pod}',
  'narrate.sandboxRecreated': 'sandbox of {pod} re-created (attempt {attempt})',
  'narrate.ipChanged': 'Pod IP of {pod}: {from} → {to}',
  'narrate.ipAssigned': '{pod} got IP {ip}',
  'narrate.ipReleased': '{pod} no longer reports IP {ip} (its sandbox is not ready)',
  'narrate.terminating': '{pod} is terminating',
  'narrate.imageChanged': '{pod} updated in place: {container} image {from} → {to}',
  'narrate.exited': '{container} exited with code {code} ({reason})',
  'narrate.exitedHeld':
    '{container} exited ({code}); kubectl shows it once the kubelet’s current sync is done',
  'narrate.restarted': '{container} restarted ({count})',
  'narrate.started': '{container} started',
  'narrate.imageRefused': '{container} cannot get its image: STATUS says {reason}',
  'narrate.crashLoop': '{container}: STATUS now says CrashLoopBackOff',
  'narrate.backOff': 'the kubelet backs off: {container} restarts {seconds} s after it exited',
  'narrate.phase': '{pod}: phase {from} → {to}',
  'narrate.podGone': 'Pod {pod} is gone',
  'ns.net.caption': 'Shared: one IP and one port space; containers reach each other on localhost.',
  'ns.ipc.caption':
    'Shared: the same System V IPC objects and POSIX message queues (and one /dev/shm for the Pod).',
  'ns.uts.caption': 'Shared: one hostname (the Pod name) for every container.',
  'ns.pid.caption':
    'Per container: each sees only its own process tree — unless shareProcessNamespace: true, then pause is PID 1 for all.',
  'ns.mnt.caption': 'Per container: each has its own filesystem view; share data through a volume.',
  'ns.cgroup.caption': 'Per container: each sees its own cgroup root (its own resource limits).',
  'ns.user.caption':
    'The Node’s (host) user namespace by default; one per Pod with hostUsers: false (UID 0 inside maps to an unprivileged host UID).',
} as const;
