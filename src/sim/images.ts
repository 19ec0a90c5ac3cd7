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

const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const PATH = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** distribution/reference's grammar: [domain[:port]/]path[/path…][:tag][@digest]. */
const REFERENCE = new RegExp(
  `^(?:${LABEL}(?:\\.${LABEL})*(?::\\d+)?/)?${PATH}(?:/${PATH})*(?::\\w[\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/**
 * Why the kubelet cannot use this image name (EnsureImageExists → applyDefaultImageTag →
 * ParseNormalizedNamed), as its InspectFailed event words it; undefined if it can. The API server takes any
 * image string: a bad one is found only on the Node (STATUS InvalidImageName).
 */
export function invalidImageMessage(image: string): string | undefined {
  // splitDockerDomain: a first part with '.' or ':', "localhost" or capitals is a registry.
  const slash = image.indexOf('/');
  const first = image.slice(0, Math.max(0, slash));
  const domain = slash > 0 && (/[.:A-Z]/.test(first) || first === 'localhost');
  const rest = domain ? image.slice(slash + 1) : image;
  // Docker Hub's official images live under library/.
  const hub = !domain || /^(index\.)?docker\.io$/.test(first);
  const remote = (hub && !rest.includes('/') ? `library/${rest}` : rest).split(':')[0] ?? '';
  const why =
    remote.toLowerCase() !== remote
      ? `invalid reference format: repository name (${remote}) must be lowercase`
      : REFERENCE.test(image)
        ? undefined
        : 'invalid reference format';
  return why && `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${why}`;
}

/** True if the image is ready for CreateContainer; false if a pull has started (the pod worker waits). */
export function ensureImage(eng: Engine, pod: PodState, spec: Container): boolean {
  if (pod.pulledFor === spec.name) {
    delete pod.pulledFor;
    return true;
  }
  const image = spec.image ?? '';
  const node = eng.node(pod.node);
  const present = node.images.includes(image);
  // (`Never` without the image never gets here: startContainerOnce refuses it first.)
  if (spec.imagePullPolicy === 'Always' || !present) {
    kubeletEvent(eng, pod, spec.name, 'Pulling', `Pulling image "${image}"`);
    const until = eng.now + (present ? IMAGE_REPULL_MS : IMAGE_PULL_MS);
    pod.pulling = { image, container: spec.name, since: eng.now, until };
    eng.schedule({ kind: 'pulled', pod: pod.uid, at: until });
    return false;
  }
  // 1.35's wording: KubeletEnsureSecretPulledImages (beta, on) also checks that the Pod may use the image.
  const message = `Container image "${image}" already present on machine and can be accessed by the pod`;
  kubeletEvent(eng, pod, spec.name, 'Pulled', message);
  return true;
}

/** The pull finished: the image is on the Node now. */
export function imagePulled(eng: Engine, pod: PodState): void {
  const pulling = pod.pulling;
  if (pulling === undefined) return;
  const node = eng.node(pod.node);
  const took = goDuration(pulling.until - pulling.since);
  if (!node.images.includes(pulling.image)) node.images.push(pulling.image);
  const message = `Successfully pulled image "${pulling.image}" in ${took} (${took} including waiting). Image size: ${imageSize(pulling.image)} bytes.`;
  kubeletEvent(eng, pod, pulling.container, 'Pulled', message);
  pod.pulledFor = pulling.container;
  delete pod.pulling;
  eng.touch(pod);
}
