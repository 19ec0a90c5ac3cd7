import { lazy } from 'react';
import { Loadable } from '../shell/Loadable';

// The lessons (data, text, views) are a lazy chunk: they load when the Lessons tab or a lesson URL opens.
const LessonPanel = lazy(() => import('./LessonPanel').then((m) => ({ default: m.LessonPanel })));

export function LazyLessonPanel(props: { onLeave?: () => void }) {
  return (
    <Loadable fallback={<p className="text-muted">…</p>}>
      <LessonPanel {...props} />
    </Loadable>
  );
}
