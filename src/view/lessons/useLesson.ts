import { useStore } from 'zustand';
import type { LessonSession } from '../../lessons/session';
import { lessonSessionFor } from '../../lessons/sessionRegistry';
import type { LessonSessionState } from '../../lessons/session';
import { useStores } from '../stores';

/** This app instance's lesson session (one per simulation store, so embeds with two apps keep two). */
export function useLessonSession(): LessonSession {
  return lessonSessionFor(useStores().simulation);
}

/** Reads the lesson session; like `useSim`, a selector that builds an object needs `useShallow`. */
export function useLesson<T>(selector: (state: LessonSessionState) => T): T {
  return useStore(useLessonSession(), selector);
}
