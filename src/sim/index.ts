/** PodScope's headless simulation: the public API (DESIGN.md §3). See README.md. */
export { createSimulation, type EngineOptions } from './simulation';
export { podPhase, isSidecar, containerShouldRestart } from './phase';
export { kubectlStatus, kubectlReady, kubectlRestarts } from './kubectlStatus';
export { validatePodManifest, describeErrors, type FieldError, type ManifestResult } from './manifest';
export { listFiles } from './files';
export * from './types';
