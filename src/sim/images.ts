/**
 * Image pulls per Node (pkg/kubelet/images/image_manager.go EnsureImageExists): `IfNotPresent` uses the local
 * copy ("already present on machine"); `Always` (the default for `:latest` or untagged images) contacts the
 * registry each time, which is quick once the layers are on the Node. The pause image is pre-pulled (no events).
 */
import { IMAGE_PULL_MS, IMAGE_REPULL_MS } from './constants';
import type { Engine } from './engine';
import { kubeletEvent } from './objectRefs';
import { digestHex } from './random';
import type { PodState } from './state';
import { goDuration } from './time';
import type { PodSpec } from './types';

type Container = PodSpec['containers'][number];

/**
 * What containerd reports as the size (compressed layers) of the images the lessons use, as real Pulled
 * events quote it (nginx:1.27 68.5 MB, busybox 2.2 MB); each tag a little apart.
 */
const KNOWN_SIZES: Record<string, number> = { nginx: 68_500_000, busybox: 2_200_000, redis: 41_000_000 };

/** A plausible, stable image size in bytes. */
function imageSize(image: string): number {
  const hash = parseInt(digestHex(image).slice(0, 7), 16);
  const known = KNOWN_SIZES[image.split('/').pop()!.split(/[:@]/)[0]!];
  return known ? known + (hash % (known / 25)) : 5_000_000 + (hash % 180_000_000);
}

/**
 * What only images a person typed need, from registry.ts (loaded by the editor, the terminal, shared sessions
 * and the embed bridge): whether the kubelet can parse the name, and what the registry answers a pull. The
 * first page's scenes use good images only; without it every name parses and every pull succeeds.
 */
export interface ImageChecks {
  /** The kubelet's InspectFailed message for a name it cannot parse, or undefined. */
  invalid(image: string): string | undefined;
  /** Why the registry refuses the pull (containerd's error), or undefined. */
  pullError(image: string): string | undefined;
}

let checks: ImageChecks | undefined;

export function installImageChecks(installed: ImageChecks): void {
  checks = installed;
}

/** The kubelet's image back-off (flowcontrol.Backoff): 10 s, doubling to 5 min; forgotten after 10 min idle. */
function nextPullBackoff(eng: Engine, pod: PodState, image: string, error: string): void {
  const prev = pod.pullBackoff?.[image];
  const ms = prev && eng.now - prev.at <= 600_000 ? Math.min(prev.ms * 2, 300_000) : 10_000;
  (pod.pullBackoff ??= {})[image] = { at: eng.now, ms, error: `ErrImagePull: ${error}` };
}

/**
 * EnsureImageExists for one container start: `ready` for CreateContainer; `busy` while a pull it started runs
 * (the pod worker waits); `backoff` when refused: a name the kubelet cannot parse, a `Never` image the Node
 * has not pulled, an image in its pull back-off, or this sync's pull of it just failed (on to the next
 * container). A refusal records "Error: <reason>" (startContainer) and the pod worker retries in 10 s.
 */
export function ensureImage(
  eng: Engine,
  pod: PodState,
  spec: Container,
  lastId: string,
): 'ready' | 'busy' | 'backoff' {
  const image = spec.image ?? '';
  if (pod.pulledFor?.container === spec.name && pod.pulledFor.image === image) {
    delete pod.pulledFor;
    return 'ready';
  }
  if (pod.pullFailedFor?.container === spec.name && pod.pullFailedFor.image === image) {
    delete pod.pullFailedFor;
    return 'backoff';
  }
  const node = eng.node(pod.node);
  const present = node.images.includes(image);
  const invalid = checks?.invalid(image);
  const never = spec.imagePullPolicy === 'Never' && !present;
  const pullBackoff = pod.pullBackoff?.[image];
  const backingOff = pullBackoff !== undefined && eng.now - pullBackoff.at < pullBackoff.ms;
  if (invalid !== undefined || never || backingOff) {
    const reason = invalid ? 'InvalidImageName' : never ? 'ErrImageNeverPull' : 'ImagePullBackOff';
    const backOff = `Back-off pulling image "${image}"`;
    // Under the back-off the status quotes the pull's error (prevPullErrMsg).
    const message =
      invalid ??
      (never
        ? `Container image "${image}" is not present with pull policy of Never`
        : `${backOff}: ${pullBackoff?.error ?? ''}`);
    if (reason === 'ImagePullBackOff') kubeletEvent(eng, pod, spec.name, 'BackOff', backOff);
    else kubeletEvent(eng, pod, spec.name, invalid ? 'InspectFailed' : reason, message, 'Warning');
    kubeletEvent(eng, pod, spec.name, 'Failed', `Error: ${reason}`, 'Warning');
    pod.reasons[spec.name] = { reason, message, containerId: lastId };
    eng.touch(pod);
    eng.requestSync(pod, eng.now + 10_000);
    return 'backoff';
  }
  if (spec.imagePullPolicy === 'Always' || !present) {
    kubeletEvent(eng, pod, spec.name, 'Pulling', `Pulling image "${image}"`);
    const until = eng.now + (present ? IMAGE_REPULL_MS : IMAGE_PULL_MS);
    pod.pulling = { image, container: spec.name, since: eng.now, until };
    eng.schedule({ kind: 'pulled', pod: pod.uid, at: until });
    return 'busy';
  }
  // 1.35's wording: KubeletEnsureSecretPulledImages (beta, on) also checks that the Pod may use the image.
  const message = `Container image "${image}" already present on machine and can be accessed by the pod`;
  kubeletEvent(eng, pod, spec.name, 'Pulled', message);
  return 'ready';
}

/**
 * The pull finished: the image is on the Node now. Or the registry refused it: Failed events and the image's
 * back-off; the resumed sync moves on to the next container, and the pod worker retries in 10 s.
 */
export function imagePulled(eng: Engine, pod: PodState): void {
  const pulling = pod.pulling;
  if (pulling === undefined) return;
  const error = checks?.pullError(pulling.image);
  if (error !== undefined) {
    const { image, container } = pulling;
    kubeletEvent(eng, pod, container, 'Failed', `Failed to pull image "${image}": ${error}`, 'Warning');
    kubeletEvent(eng, pod, container, 'Failed', 'Error: ErrImagePull', 'Warning');
    nextPullBackoff(eng, pod, image, error);
    pod.reasons[container] = { reason: 'ErrImagePull', message: error, containerId: '' };
    pod.pullFailedFor = { container, image };
    delete pod.pulling;
    eng.touch(pod);
    eng.requestSync(pod, eng.now + 10_000);
    return;
  }
  const node = eng.node(pod.node);
  const took = goDuration(pulling.until - pulling.since);
  if (!node.images.includes(pulling.image)) node.images.push(pulling.image);
  const message = `Successfully pulled image "${pulling.image}" in ${took} (${took} including waiting). Image size: ${imageSize(pulling.image)} bytes.`;
  kubeletEvent(eng, pod, pulling.container, 'Pulled', message);
  pod.pulledFor = { container: pulling.container, image: pulling.image };
  delete pod.pulling;
  eng.touch(pod);
}
