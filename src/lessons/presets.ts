import type { Pod } from '../sim/types';
import type { MessageKey } from '../i18n';
import type { Scenario } from '../store/simulationStore';

/** A Pod people can create with one click; the label is an i18n key, the manifest plain data. */
export interface Preset {
  id: string;
  label: MessageKey;
  manifest: Pod;
}

export const pod = (name: string, spec: Pod['spec']): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: name } },
  spec,
});

/** The default example, the first page's Pod: nginx and a log-shipping sidecar sharing an emptyDir. */
export const DEFAULT_PRESET: Preset = {
  id: 'sidecar',
  label: 'preset.sidecar',
  manifest: pod('web', {
    volumes: [{ name: 'logs', emptyDir: {} }],
    initContainers: [
      {
        name: 'log-shipper',
        image: 'busybox:1.36',
        restartPolicy: 'Always',
        // The trap stops the shell (PID 1) at once on SIGTERM; without it the Pod takes 30 s to stop.
        command: ['sh', '-c', "trap 'exit 0' TERM; tail -F /var/log/nginx/access.log & wait"],
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
};

/** The scenario that opens a preset: its Pod created at time 0, warmed up until it runs. */
export function presetScenario(preset: Preset, seed = 1): Scenario {
  return {
    id: preset.id,
    seed,
    setup: [{ at: 0, action: { type: 'createPod', manifest: preset.manifest } }],
    warmup: 8_000,
  };
}

export const DEFAULT_SCENARIO: Scenario = presetScenario(DEFAULT_PRESET);
