/**
 * The simulated terminal: `kubectl`, `crictl` and `lsns` answering from the simulation, in the real tools'
 * output formats. Pure TypeScript (no React, no DOM): the view passes a context in and dispatches the Action
 * that comes back through the store.
 */
export { runCommand } from './runCommand';
export { complete, type Completion } from './complete';
export { checkManifest, type ManifestCheck, type ManifestIssue } from './manifestCheck';
export { MAX_MANIFEST_CHARS, type LimitKind } from './manifestLimits';
export type { CommandResult, TerminalContext } from './types';
