/**
 * Status panel strings (English): kubectl-like tables, describe, events.
 * kubectl's own column headers and field labels (NAME, READY, "Restart Count:") stay in the code: they are what the
 * tool prints in every language. Only the panel's own words are here.
 */
export const panelEn = {
  'panel.pods.heading': 'Pods',
  'panel.pods.caption': 'Pods in the default namespace, as kubectl get pods -o wide shows them',
  'panel.pods.empty': 'No resources found in default namespace.',
  'panel.pods.hint': 'Choose a Pod name to see its details and events.',

  'panel.describe.title': 'Details',
  'panel.describe.heading': 'Details of {name}',
  'panel.describe.none': 'Choose a Pod in the table to see its details.',
  'panel.describe.initContainers': 'Init containers ({count})',
  'panel.describe.containers': 'Containers ({count})',
  'panel.describe.sidecar': 'sidecar (restartPolicy: Always)',
  'panel.describe.conditions': 'Conditions',

  'panel.ns.heading': 'Namespaces',
  'panel.ns.intro':
    'Inode ids as ls -l /proc/<pid>/ns shows them. The same number means the same namespace: the pause container holds the ones the Pod shares.',
  'panel.ns.pause': 'pause container (sandbox {id}, {state}, PID {pid})',
  'panel.ns.container': '{name} container',
  'panel.ns.exited': '{name} container (exited)',
  'panel.ns.notCreated': '{name}: not created yet',
  'panel.ns.noSandbox': 'No sandbox yet: the pause container has not been created.',
  'panel.ns.colId': 'Namespace',
  'panel.ns.colShared': 'Shared with',
  'panel.ns.samePause': 'same as pause',
  'panel.ns.oldPause': 'same as the previous pause',
  'panel.ns.own': 'no one (own)',
  'panel.ns.host': 'the Node (host)',
  'panel.ns.podShared': 'the Pod’s containers',

  'panel.events.heading': 'Events',
  'panel.events.caption': 'Events of {name}, as kubectl describe pod shows them (newest last)',
  'panel.events.allCaption': 'Events of all Pods, newest last (kubectl get events --sort-by=.lastTimestamp)',
  'panel.events.showAll': 'Show events of all Pods',
  'panel.events.none': 'No events yet.',
} as const;
