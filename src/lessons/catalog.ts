/** Every lesson, in teaching order: from "what is a Pod" to "why Pods". */
import { killApp } from './kill-app';
import { killPause } from './kill-pause';
import { mortalPods } from './mortal-pods';
import { ownNamespaces } from './own-namespaces';
import { pauseContainer } from './pause-container';
import { podVolumes } from './pod-volumes';
import { sharedNamespaces } from './shared-namespaces';
import type { Lesson } from './types';
import { whatIsAPod } from './what-is-a-pod';
import { whyPods } from './why-pods';

export const LESSONS: readonly Lesson[] = [
  whatIsAPod,
  sharedNamespaces,
  ownNamespaces,
  pauseContainer,
  killApp,
  killPause,
  mortalPods,
  podVolumes,
  whyPods,
];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
