/** English catalogue: the source of message keys. zh-CN must define every key (enforced by its type and a test). */
export const en = {
  'app.name': 'PodScope',
  'app.tagline': 'See inside a Kubernetes Pod',
  'app.skipToCanvas': 'Skip to the Pod canvas',
  'lang.label': 'Language',
  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'canvas.label': 'Pod canvas',
  'panel.label': 'Status panel',
  'panel.placeholder': 'Pod status, events and controls appear here.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
