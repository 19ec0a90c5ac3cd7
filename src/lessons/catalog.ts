/** Every lesson, in teaching order: from "what is a Pod" to "why Pods". */
// Two lessons make ReplicaSets: the controller loads with the lessons.
import '../sim/replicaSet';
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
import { registerMessages } from '../i18n';
import { lessonsEn } from '../i18n/lessons.en';
import { lessonsZhCN } from '../i18n/lessons.zh-CN';

// The lessons' text travels with them: in the app they are a lazy chunk.
registerMessages({ en: lessonsEn, 'zh-CN': lessonsZhCN });

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
