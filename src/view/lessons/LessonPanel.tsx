import '../lazyPanels.css';
import { useState } from 'react';
import { findLesson } from '../../lessons/catalog';
import { useT } from '../stores';
import { LessonMenu } from './LessonMenu';
import { LessonView } from './LessonView';
import { useLesson } from './useLesson';
import './lessons.css';

/**
 * The "Lessons" tab: the menu, or the lesson in progress. `onLeave` is called when the learner chooses free
 * play; the shell should then show the Pod status tab (the simulation is kept exactly as it is).
 */
export function LessonPanel({ onLeave }: { onLeave?: () => void }) {
  const t = useT();
  const lessonId = useLesson((s) => s.lessonId);
  const close = useLesson((s) => s.close);
  // Focus moves into a lesson only when the learner opened it here (not when the tab merely re-appears).
  const [openedHere, setOpenedHere] = useState(false);
  const [backToMenu, setBackToMenu] = useState(false);
  const [left, setLeft] = useState<string | null>(null);
  const lesson = lessonId ? findLesson(lessonId) : undefined;
  if (!lesson)
    return (
      <LessonMenu
        left={left}
        focusOnMount={backToMenu}
        onOpen={() => {
          setOpenedHere(true);
          setLeft(null);
        }}
      />
    );
  return (
    <LessonView
      lesson={lesson}
      focusOnOpen={openedHere}
      onMenu={() => {
        setBackToMenu(true);
        setOpenedHere(false);
        close();
      }}
      onLeave={() => {
        setLeft(t('lessons.ui.leftLesson', { title: t(lesson.title) }));
        close();
        onLeave?.();
      }}
    />
  );
}
