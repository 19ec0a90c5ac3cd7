/**
 * The simulation's API without the YAML parser installed (JSON and objects only until `./yaml` loads):
 * what the app's first page imports. `index.ts` is the same plus YAML.
 */
export { createSimulation, type EngineOptions } from './simulation';
export { podPhase, isSidecar, containerShouldRestart } from './phase';
export { kubectlStatus, kubectlReady, kubectlRestarts } from './kubectlStatus';
export { validatePodManifest, describeErrors, type FieldError, type ManifestResult } from './manifest';
export * from './types';
export { installYamlParser, yamlParserInstalled } from './yamlText';
