import { useEffect, useState } from 'react';
import type { lessonSessionFor } from '../../lessons';
import type { SimulationStore } from '../../store/simulationStore';

type LessonSession = ReturnType<typeof lessonSessionFor>;

/**
 * The lesson session of this simulation, loaded (as a lazy chunk) only once `wanted` — presenter mode
 * or a lesson URL — so the first page does not carry the lessons. Also says whether a lesson is open.
 */
export function useLessonSession(store: SimulationStore, wanted: boolean) {
  const [session, setSession] = useState<LessonSession | null>(null);
  const [lessonOpen, setLessonOpen] = useState(false);
  useEffect(() => {
    if (!wanted || session) return;
    let live = true;
    import('../../lessons').then(
      (lessons) => {
        if (live) setSession(lessons.lessonSessionFor(store));
      },
      () => live && store.getState().showNotice('warning', { key: 'load.action' }),
    );
    return () => {
      live = false;
    };
  }, [store, wanted, session]);
  useEffect(() => {
    if (!session) return;
    const update = () => setLessonOpen(session.getState().lessonId !== null);
    update();
    return session.subscribe(update);
  }, [session]);
  return { session, lessonOpen };
}
