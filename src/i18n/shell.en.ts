/** App shell strings (English). */
export const shellEn = {
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
  'tabs.label': 'Panels',
  'tabs.status': 'Pod status',
  'tabs.lessons': 'Lessons',
  'tabs.freePlay': 'Free play',
} as const;
