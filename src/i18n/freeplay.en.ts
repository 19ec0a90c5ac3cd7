/**
 * Free play strings (English): the manifest editor and the terminal around the tools. What kubectl, crictl and
 * the validator print stays English in the code (that is what the tools print); only the UI's words are here.
 */
export const freeplayEn = {
  'freeplay.title': 'Free play',
  'freeplay.intro': 'Write a Pod manifest, apply it, and look inside with the tools a Node admin uses.',

  'freeplay.editor.heading': 'Pod manifest',
  'freeplay.editor.label': 'Pod manifest (YAML)',
  'freeplay.editor.preset': 'Preset',
  'freeplay.editor.load': 'Load into editor',
  'freeplay.editor.apply': 'Apply',
  'freeplay.editor.keys': 'In the editor, Tab indents. Press Esc, then Tab, to leave it.',
  'freeplay.editor.checking': 'Checking…',
  'freeplay.editor.applied': 'Applied: {result}. The canvas shows the new Pod.',
  'freeplay.editor.unchanged':
    'Applied: {result}. The Pod already matches this manifest, so nothing changed.',
  'freeplay.editor.replaced':
    'Applied: {result}. Of a Pod only the container images, labels and annotations can change in place (kubectl apply would refuse this change), so PodScope deleted it and created a new one (new UID, new IP), as kubectl replace --force does.',
  'freeplay.editor.configured':
    'Applied: {result}. Changed in place: the same Pod (same UID and IP). The kubelet restarts a container whose image changed; labels and annotations restart nothing.',
  'freeplay.editor.notApplied': 'Not applied: fix the errors below first.',
  'freeplay.editor.refused': 'The simulation refused it: {message}',

  'freeplay.switches.legend': 'Switches (they edit the manifest)',
  'freeplay.switches.shareProcessNamespace': 'one PID namespace for the Pod; pause is PID 1',
  'freeplay.switches.hostNetwork': 'use the Node’s network (and hostname)',
  'freeplay.switches.hostPID': 'see the Node’s processes',
  'freeplay.switches.hostIPC': 'use the Node’s IPC namespace',
  'freeplay.switches.hostUsers': 'the Pod gets its own user namespace (root inside, not on the Node)',
  'freeplay.switches.restartPolicy': 'restartPolicy',
  'freeplay.switches.disabled': 'The switches work again once the YAML parses.',

  'freeplay.problems.heading': 'Problems',
  'freeplay.problems.none': 'No problems: ready to apply.',
  'freeplay.problems.count': 'Errors: {errors} · warnings: {warnings}',
  'freeplay.problems.error': 'Error',
  'freeplay.problems.warning': 'Warning',
  'freeplay.problems.at': 'Line {line}, column {col}',
  'freeplay.problems.whole': 'Whole manifest',
  'freeplay.problems.goTo': 'Go to line {line}, column {col}',
  'freeplay.problems.notPod':
    'PodScope simulates Pods: only kind: Pod (apiVersion: v1) can be applied here, not kind: {kind}.',
  'freeplay.problems.notPodTemplate':
    'PodScope simulates Pods: only kind: Pod (apiVersion: v1) can be applied here, not kind: {kind}. To try the Pod of a {kind}, copy its {path} into a Pod.',
  'freeplay.problems.syntax':
    'Not valid YAML, so nothing else can be checked yet. The YAML parser’s message:',
  'freeplay.problems.field': 'The API server would refuse this. Its message, as a real cluster words it:',
  'freeplay.problems.document': 'The manifest as a whole is refused. The check’s message:',
  'freeplay.problems.size': 'Refused before parsing: the manifest is {value} characters; the limit is {max}.',
  'freeplay.problems.items': 'Refused before parsing: more than {max} lines and list items.',
  'freeplay.problems.depth': 'Refused: the manifest nests deeper than {max} levels.',
  'freeplay.problems.nodes': 'Refused: the manifest has more than {max} values.',
  'freeplay.problems.keys': 'Refused: one mapping has too many keys.',
  'freeplay.problems.aliases':
    'Refused: too many YAML aliases (a “billion laughs” expansion); at most {max} are expanded.',
  'freeplay.problems.documents':
    'One Pod at a time: the text holds {count} documents. Keep one, or apply the others after it.',
  'freeplay.problems.unknownField':
    'Not a field of a Pod (a typo?). Apply drops it, as the API server does with a warning; kubectl apply refuses it unless --validate=warn.',
  'freeplay.problems.serverWarning':
    'The API server accepts this, with a warning. Its message, as a real cluster words it:',
  'freeplay.problems.admission':
    'The API server refuses this Pod: a Pod may only name a ServiceAccount that exists, and this cluster has one, default. Its message:',
  'freeplay.problems.probe':
    '{field} is kept, but PodScope runs no probes: a container counts as ready as soon as it runs, and nothing restarts it for a failed check.',
  'freeplay.problems.hook':
    '{field} is kept, but PodScope runs no lifecycle hooks: no postStart after a start, no preStop before the TERM of a delete.',
  'freeplay.problems.pasteRefused':
    'That change was refused: the manifest would be {value} characters; the limit is {max}.',

  'freeplay.terminal.heading': 'Terminal',
  'freeplay.terminal.input': 'Command',
  'freeplay.terminal.run': 'Run',
  'freeplay.terminal.output': 'Terminal output',
  'freeplay.terminal.keys':
    'Enter runs · ↑/↓ history · Tab completes names (with nothing left to complete, it moves on) · Esc leaves the input · type help',
  'freeplay.terminal.welcome': 'A shell on node-1. Type help to see what it can do.',
  'freeplay.terminal.completions': 'Completions: {list}',
  'freeplay.terminal.refused': 'The simulation refused it: {message}',
  'freeplay.terminal.stopWatch': 'Stop watching (Ctrl+C)',
  'freeplay.terminal.onlyKinds': 'Only pods, events and nodes are simulated here.',
  'freeplay.terminal.replaced':
    'Of a Pod only the container images, labels and annotations can change in place: kubectl apply would refuse this change. PodScope deleted the Pod and created it again (new UID, new IP), as kubectl replace --force does.',
  'freeplay.terminal.onePod': 'Here kubectl delete takes one Pod at a time: delete them one by one.',
  'freeplay.terminal.noteLabel': 'PodScope',
  'freeplay.terminal.slimImage':
    'The {image} image has no {command}, as on a real cluster: it is slim Debian, without procps or iproute2. BusyBox images have both: there ip shows the network the Pod shares, and ps shows the Pod’s processes only if they share one PID namespace (shareProcessNamespace: true).',
  'freeplay.terminal.notSimulated': '{command} is not simulated here (type help to see what is).',
  'freeplay.terminal.help': `Commands (they answer from the simulation, in the real tools' formats):
  kubectl get pods [-o wide|yaml|json]     list Pods
  kubectl get pods -w                      and a row each time one changes (Ctrl+C stops)
  kubectl get events                       what the kubelet and scheduler reported (the API's order:
      by object; add --sort-by=.lastTimestamp for time order)
  kubectl get nodes [-o wide]              the Node the Pods run on
  kubectl describe pod NAME                details, container states, events
  kubectl logs NAME [-c C] [--previous]    what a container printed
  kubectl exec NAME [-c C] -- COMMAND      run a command in a container:
      hostname, ip addr, ps aux (not in nginx's slim image: BusyBox has them),
      ls -l /proc/self/ns (or /proc/1/ns), cat /proc/self/uid_map,
      ipcs -m, ls /, ls MOUNT-PATH, cat FILE, curl localhost:PORT
  kubectl delete pod NAME [--grace-period=N]
  kubectl apply -f - [--validate=warn]     apply the manifest in the editor (unknown fields: refused,
                                           or with warn dropped with a warning)
  crictl pods | crictl ps -a | crictl inspectp ID    the runtime's view: sandboxes (pause) and containers
  lsns                                     the Node's namespaces and who owns them
  clear                                    empty the screen`,
} as const;
