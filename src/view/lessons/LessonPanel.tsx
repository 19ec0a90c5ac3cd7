import { useT } from '../stores';

/** Placeholder until the lessons land: the lesson menu and the current step. */
export function LessonPanel() {
  const t = useT();
  return <h2 className="panel-heading">{t('lessons.title')}</h2>;
}
