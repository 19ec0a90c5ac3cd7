/** PodScope's headless simulation: the public API (DESIGN.md §3), YAML text and kubectl apply's comparison included. See README.md. */
import './yaml';
import './snapshotCheck';

export * from './core';
// The files a container sees: read by the terminal and the lessons only, so not part of the first page's API.
export { listFiles } from './files';
import './replicaSet';
import './registry';
// Installs the comparison an apply over an existing Pod needs (the first page's core leaves it out).
export { applyChangesNothing } from './applyDiff';
