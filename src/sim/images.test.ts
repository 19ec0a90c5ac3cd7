/** Image names the kubelet cannot parse (KUBELET.md is silent; pkg/kubelet/images EnsureImageExists). */
import { describe, expect, it } from 'vitest';
import { invalidImageMessage } from './registry';
import { createSimulation, kubectlStatus } from './index';
import { container, podManifest, startPod, statusOf } from './testing/fixtures';

describe('image names', () => {
  it('accepts what distribution/reference parses: tags, registries with ports, digests', () => {
    for (const image of [
      'nginx',
      'nginx:1.27',
      'busybox:1.36',
      'registry.k8s.io/pause:3.10',
      'localhost:5000/team/app:v1',
      `nginx@sha256:${'a'.repeat(64)}`,
    ])
      expect(invalidImageMessage(image), image).toBeUndefined();
  });

  it('words a bad one as the kubelet’s InspectFailed event does', () => {
    expect(invalidImageMessage('<img src=x onerror=alert(1)>')).toBe(
      'Failed to apply default image tag "<img src=x onerror=alert(1)>": couldn\'t parse image name "<img src=x onerror=alert(1)>": invalid reference format',
    );
    expect(invalidImageMessage('busyBOX')).toContain(
      'invalid reference format: repository name (library/busyBOX) must be lowercase',
    );
    expect(invalidImageMessage('docker.io/NGINX')).toContain(
      'repository name (library/NGINX) must be lowercase',
    );
    expect(invalidImageMessage('registry.hub.docker.com/library//nginx:latest')).toMatch(
      /: invalid reference format$/,
    );
    expect(invalidImageMessage(':sha-0b293ab')).toMatch(/: invalid reference format$/);
  });

  it('STATUS says InvalidImageName from the sync after the refusal (the new sandbox’s PLEG event)', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { image: 'Nginx:1.27' })] }), 1000);
    // Refused (InspectFailed), but that sync wrote the status before its reason cache knew why.
    expect(sim.events().some((e) => e.reason === 'InspectFailed')).toBe(true);
    expect(kubectlStatus(sim.pod('web')!)).toBe('ContainerCreating');
    sim.advance(500);
    expect(kubectlStatus(sim.pod('web')!)).toBe('InvalidImageName');
  });

  it('a Pod with one is created, then stays Pending: InvalidImageName, retried every 10 s, nothing pulled', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { image: 'Nginx:1.27' })] }), 25_000);
    expect(kubectlStatus(sim.pod('web')!)).toBe('InvalidImageName');
    expect(sim.pod('web')?.status?.phase).toBe('Pending');
    const waiting = statusOf(sim, 'web', 'app')?.state?.waiting;
    expect(waiting?.reason).toBe('InvalidImageName');
    expect(waiting?.message).toContain('repository name (library/Nginx) must be lowercase');
    const events = sim.events().filter((e) => e.type === 'Warning');
    expect(events.map((e) => e.reason)).toEqual(['InspectFailed', 'Failed']);
    expect(events[0]?.message).toContain('Failed to apply default image tag "Nginx:1.27"');
    expect(events[1]?.message).toBe('Error: InvalidImageName');
    expect(events[0]?.count).toBe(4); // at ~0, 1 (the new sandbox's PLEG event), 11 and 21 s
    expect(sim.events().some((e) => e.reason === 'Pulling')).toBe(false);
    expect(sim.containers()).toEqual([]);
  });
});

describe('imagePullPolicy: Never', () => {
  it('refuses an image the Node does not have (ErrImageNeverPull, retried every 10 s), and uses one it does', () => {
    const sim = createSimulation();
    const manifest = (name: string) => {
      const pod = podManifest({
        containers: [container('app', { image: 'nginx:1.27', imagePullPolicy: 'Never' })],
      });
      pod.metadata!.name = name;
      return pod;
    };
    startPod(sim, manifest('first'), 25_000);
    expect(kubectlStatus(sim.pod('first')!)).toBe('ErrImageNeverPull');
    expect(sim.pod('first')?.status?.phase).toBe('Pending');
    const waiting = statusOf(sim, 'first', 'app')?.state?.waiting;
    expect(waiting).toEqual({
      reason: 'ErrImageNeverPull',
      message: 'Container image "nginx:1.27" is not present with pull policy of Never',
    });
    const warnings = sim.events().filter((e) => e.type === 'Warning');
    expect(warnings.map((e) => [e.reason, e.message])).toEqual([
      ['ErrImageNeverPull', 'Container image "nginx:1.27" is not present with pull policy of Never'],
      ['Failed', 'Error: ErrImageNeverPull'],
    ]);
    expect(warnings[0]?.count).toBe(4); // at ~0, 1 (the new sandbox's PLEG event), 11 and 21 s
    expect(sim.events().some((e) => e.reason === 'Pulling' || e.reason === 'Pulled')).toBe(false);
    expect(sim.containers()).toEqual([]);

    // Once another Pod has pulled the image onto the Node, the waiting Pod's next retry starts it.
    startPod(sim, podManifest({ containers: [container('app', { image: 'nginx:1.27' })] }), 15_000);
    expect(kubectlStatus(sim.pod('first')!)).toBe('Running');
    expect(
      sim
        .events()
        .some(
          (e) =>
            e.reason === 'Pulled' &&
            e.message ===
              'Container image "nginx:1.27" already present on machine and can be accessed by the pod',
        ),
    ).toBe(true);
  });
});

describe('image sizes in Pulled events', () => {
  const pulledSize = (image: string) => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { image })] }), 60_000);
    const pulled = sim.events().find((e) => e.reason === 'Pulled')?.message ?? '';
    return Number(/Image size: (\d+) bytes/.exec(pulled)?.[1]);
  };

  it('quote about what containerd reports for the lessons’ images (compressed layers), each tag a little apart', () => {
    const nginx = pulledSize('nginx:1.27');
    expect(nginx).toBeGreaterThanOrEqual(68_500_000);
    expect(nginx).toBeLessThan(71_500_000);
    expect(pulledSize('docker.io/library/nginx:1.28')).not.toBe(nginx);
    const busybox = pulledSize('busybox:1.36');
    expect(busybox).toBeGreaterThanOrEqual(2_200_000);
    expect(busybox).toBeLessThan(2_300_000);
    // Another image: a stable, plausible size.
    expect(pulledSize('example.com/team/app:v1')).toBe(pulledSize('example.com/team/app:v1'));
  });
});

describe('pulls the registry refuses', () => {
  const pullsOf = (sim: ReturnType<typeof createSimulation>, reason: string) =>
    sim.events().find((e) => e.reason === reason && e.involvedObject.fieldPath === 'spec.containers{app}');

  it('a typo: ErrImagePull with containerd’s words, then ImagePullBackOff, retried at a doubling back-off', () => {
    const sim = createSimulation();
    sim.dispatch({
      type: 'createPod',
      manifest: podManifest({ containers: [container('app', { image: 'ngnix' })] }),
    });
    const seen: string[] = [];
    for (let t = 0; t < 60_000; t += 250) {
      sim.advance(250);
      const status = kubectlStatus(sim.pod('web')!);
      if (seen.at(-1) !== status) seen.push(status);
    }
    expect(seen).toEqual([
      'ContainerCreating',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
      'ImagePullBackOff',
    ]);
    const failed = sim
      .events()
      .filter((e) => e.reason === 'Failed')
      .map((e) => e.message);
    expect(failed).toEqual([
      'Failed to pull image "ngnix": failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      'Error: ErrImagePull',
      'Error: ImagePullBackOff',
    ]);
    expect(pullsOf(sim, 'BackOff')?.message).toBe('Back-off pulling image "ngnix"');
    expect(pullsOf(sim, 'BackOff')?.type).toBe('Normal');
    // The image back-off doubles (10 s, 20 s, 40 s…): over five minutes, five pulls, as on a real Node.
    sim.advance(240_000);
    expect(pullsOf(sim, 'Pulling')?.count).toBe(5);
    const waiting = statusOf(sim, 'web', 'app')?.state?.waiting;
    expect(waiting?.reason).toBe('ImagePullBackOff');
    expect(waiting?.message).toMatch(
      /^Back-off pulling image "ngnix": ErrImagePull: failed to pull and unpack image/,
    );
    // The sandbox is up all along: the Pod has its IP, and stays Pending.
    expect(sim.pod('web')?.status).toMatchObject({ phase: 'Pending', podIP: '10.244.1.2' });
  });

  it('a tag Docker Hub does not have is "not found"; the other containers start meanwhile', () => {
    const sim = createSimulation();
    const containers = [
      container('app', { image: 'nginx:doesnotexist-999' }),
      container('side', { run: 'sleep 3600' }),
    ];
    startPod(sim, podManifest({ containers }), 15_000);
    expect(pullsOf(sim, 'Failed')?.message).toMatch(
      /: docker\.io\/library\/nginx:doesnotexist-999: not found$/,
    );
    expect(statusOf(sim, 'web', 'side')?.state?.running).toBeDefined();
    expect(sim.pod('web')?.status?.containerStatuses?.map((c) => c.ready)).toEqual([false, true]);
  });

  it('pulls the images Docker Hub has, and trusts another registry or a user’s repository', () => {
    for (const image of [
      'nginx:1.27-alpine',
      'redis:7',
      'python:3.13-slim',
      'docker.io/library/busybox:latest',
      'ghcr.io/team/app:v9',
      'team/app:dev',
      `nginx@sha256:${'a'.repeat(64)}`,
      // Tags named for a flavour or a distribution, some with a version.
      'php:fpm',
      'docker:dind',
      'rabbitmq:management',
      'debian:sid',
      'busybox:glibc',
      'wordpress:php8.3-apache',
      'tomcat:jdk21',
      'ubuntu:bionic',
      'centos:7',
      'openjdk:17',
      'nginx:1.27.3-alpine-slim',
      'python:3.13-slim-bookworm',
      'redis:7.4.1-alpine3.20',
    ]) {
      const sim = createSimulation();
      startPod(sim, podManifest({ containers: [container('app', { image })] }), 15_000);
      expect(pullsOf(sim, 'Failed'), image).toBeUndefined();
    }
  });
});

describe('a pull the sync resumes with', () => {
  it('is for the image it pulled: an image changed by an update meanwhile is pulled, and may fail', () => {
    const sim = createSimulation();
    const pod = (image: string) => podManifest({ containers: [container('app', { image })] });
    sim.dispatch({ type: 'createPod', manifest: pod('nginx:1.27') });
    sim.advance(1_500); // the sandbox is up; nginx:1.27 is being pulled
    expect(sim.events().some((e) => e.reason === 'Pulling')).toBe(true);
    sim.dispatch({ type: 'applyPod', manifest: pod('nginx:doesnotexist-9') });
    sim.advance(30_000);
    // Never created from the good pull under the bad name: the bad image was pulled, and refused.
    expect(sim.containers().some((c) => c.image.includes('doesnotexist'))).toBe(false);
    expect(kubectlStatus(sim.pod('web')!)).toMatch(/^(ErrImagePull|ImagePullBackOff)$/);
    expect(sim.events().some((e) => e.message === 'Pulling image "nginx:doesnotexist-9"')).toBe(true);
  });
});
