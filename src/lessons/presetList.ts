/**
 * Every preset Pod, for free play's menus and `?scenario=`. Apart from the default (in ./presets, which the
 * first page needs), they load with the panels that offer them, not with the first page.
 */
import { DEFAULT_PRESET, pod, type Preset } from './presets';

export const PRESETS: readonly Preset[] = [
  DEFAULT_PRESET,
  {
    id: 'single',
    label: 'preset.single',
    manifest: pod('hello', {
      containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }],
    }),
  },
  {
    id: 'init',
    label: 'preset.init',
    manifest: pod('web-init', {
      volumes: [{ name: 'site', emptyDir: {} }],
      initContainers: [
        {
          name: 'fetch-site',
          image: 'busybox:1.36',
          command: ['sh', '-c', 'echo fetching site; sleep 3; exit 0'],
          volumeMounts: [{ name: 'site', mountPath: '/work' }],
        },
      ],
      containers: [
        {
          name: 'app',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80 }],
          volumeMounts: [{ name: 'site', mountPath: '/usr/share/nginx/html' }],
        },
      ],
    }),
  },
  {
    id: 'port-clash',
    label: 'preset.portClash',
    manifest: pod('clash', {
      containers: [
        { name: 'web-a', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
        { name: 'web-b', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
      ],
    }),
  },
  {
    id: 'shared-pid',
    label: 'preset.sharedPid',
    manifest: pod('shared-pid', {
      shareProcessNamespace: true,
      containers: [
        { name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
        { name: 'debug', image: 'busybox:1.36', command: ['sleep', 'infinity'] },
      ],
    }),
  },
  {
    id: 'job',
    label: 'preset.job',
    manifest: pod('job', {
      restartPolicy: 'Never',
      containers: [
        { name: 'worker', image: 'busybox:1.36', command: ['sh', '-c', 'echo working; sleep 5; exit 0'] },
      ],
    }),
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
