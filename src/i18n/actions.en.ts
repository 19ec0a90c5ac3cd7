/** The Pod status tab's action controls (English): they load with that tab, not with the first page. */
export const actionsEn = {
  'actions.title': 'Actions',
  'actions.create': 'Create Pod',
  'actions.preset': 'Preset',
  'actions.pod': 'Pod',
  'actions.container': 'Container',
  'actions.kill': 'Kill container',
  'actions.exitCode': 'Exit code',
  'actions.exit': 'Make it exit',
  'actions.killPause': 'Kill pause',
  'actions.grace': 'Grace period',
  'actions.graceDefault': 'default ({seconds}s)',
  'actions.graceSeconds': '{seconds}s',
  'actions.graceNow': '0s (force)',
  'actions.delete': 'Delete Pod',
  'actions.noPod': 'No Pod selected.',
} as const;
