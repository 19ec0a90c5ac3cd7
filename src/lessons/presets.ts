import type { Pod } from '../sim/types';
import type { MessageKey } from '../i18n';
import type { Scenario } from '../store/simulationStore';

/** A Pod people can create with one click; the label is an i18n key, the manifest plain data. */
export interface Preset {
  id: string;
  label: MessageKey;
  manifest: Pod;
}

const pod = (name: string, spec: Pod['spec']): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: name } },
  spec,
});

export const PRESETS: readonly Preset[] = [
  {
    id: 'sidecar',
    label: 'preset.sidecar',
    manifest: pod('web', {
      volumes: [{ name: 'logs', emptyDir: {} }],
      initContainers: [
        {
          name: 'log-shipper',
          image: 'busybox:1.36',
          restartPolicy: 'Always',
          command: ['sh', '-c', 'tail -F /var/log/nginx/access.log'],
          volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }],
        },
      ],
      containers: [
        {
          name: 'app',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80 }],
          volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }],
        },
      ],
    }),
  },
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

/** The scenario that opens a preset: its Pod created at time 0, warmed up until it runs. */
export function presetScenario(preset: Preset, seed = 1): Scenario {
  return {
    id: preset.id,
    seed,
    setup: [{ at: 0, action: { type: 'createPod', manifest: preset.manifest } }],
    warmup: 8_000,
  };
}

export const DEFAULT_SCENARIO: Scenario = presetScenario(PRESETS[0]!);
