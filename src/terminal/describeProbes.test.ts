/**
 * Probes in `kubectl describe pod` (describeContainerProbe / DescribeProbe in kubectl's describe.go), with the
 * API server's probe defaults (SetDefaults_Probe, SetDefaults_HTTPGetAction). PodScope keeps probes but does
 * not run them; the API object, and so describe and -o yaml, still carry them.
 */
import { describe, expect, it } from 'vitest';
import { container, podManifest, sh, simWith } from './testing/scene';

const probed = podManifest({
  name: 'probed',
  containers: [
    container('web', {
      ports: [{ containerPort: 80 }],
      resources: { limits: { memory: '128Mi' } },
      livenessProbe: { httpGet: { port: 80 } },
      readinessProbe: {
        exec: { command: ['cat', '/tmp/healthy'] },
        initialDelaySeconds: 5,
        periodSeconds: 2,
      },
      startupProbe: { tcpSocket: { port: 'http' }, failureThreshold: 30 },
    }),
    container('rpc', { livenessProbe: { grpc: { port: 9090 }, httpGet: undefined } }),
  ],
});

describe('kubectl describe pod: probes', () => {
  it('prints Liveness, Readiness and Startup after the resources, with the API defaults filled in', () => {
    const text = sh(simWith([probed], 10_000), 'kubectl describe pod probed');
    const lines = text.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.trimStart().startsWith(prefix));
    expect(lines[at('Liveness:')]).toMatch(
      /^ {4}Liveness: +http-get http:\/\/:80\/ delay=0s timeout=1s period=10s #success=1 #failure=3$/,
    );
    expect(lines[at('Readiness:')]).toMatch(
      /^ {4}Readiness: +exec \[cat \/tmp\/healthy\] delay=5s timeout=1s period=2s #success=1 #failure=3$/,
    );
    expect(lines[at('Startup:')]).toMatch(
      /^ {4}Startup: +tcp-socket :http delay=0s timeout=1s period=10s #success=1 #failure=30$/,
    );
    expect(at('Limits:')).toBeLessThan(at('Liveness:'));
    expect(at('Startup:')).toBeLessThan(at('Environment:'));
    expect(text).toMatch(
      / {4}Liveness: +grpc <pod>:9090 {2}delay=0s timeout=1s period=10s #success=1 #failure=3\n/,
    );
  });

  it('keeps the defaults in the API object (-o yaml)', () => {
    const yaml = sh(simWith([probed], 10_000), 'kubectl get pod probed -o yaml');
    expect(yaml).toContain(
      [
        '    livenessProbe:',
        '      failureThreshold: 3',
        '      httpGet:',
        '        path: /',
        '        port: 80',
        '        scheme: HTTP',
        '      periodSeconds: 10',
        '      successThreshold: 1',
        '      timeoutSeconds: 1',
      ].join('\n'),
    );
  });
});
