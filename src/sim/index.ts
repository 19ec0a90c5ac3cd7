/** PodScope's headless simulation: the public API (DESIGN.md §3), YAML text included. See README.md. */
import './yaml';
import './snapshotCheck';

export * from './core';
