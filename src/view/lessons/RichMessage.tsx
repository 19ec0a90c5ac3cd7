import type { MessageKey } from '../../i18n';
import type { Evidence } from '../../lessons/types';
import { useT } from '../stores';
import { Template } from './Template';

/** An explanation whose `{placeholders}` are live values, shown as emphasised monospace (text only, no HTML). */
export function RichMessage({ messageKey, values }: { messageKey: MessageKey; values: Evidence }) {
  const t = useT();
  const format = (value: Evidence[string]) =>
    Array.isArray(value) ? value.join(t('lessons.ui.listSeparator')) : String(value);
  // An empty list is a word ("nothing", 无), not a value: plain text, not the values' monospace.
  const parts = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      Array.isArray(value) && value.length === 0 ? (
        t('lessons.ui.nothing')
      ) : (
        <strong className="lesson-value">{format(value)}</strong>
      ),
    ]),
  );
  return <Template messageKey={messageKey} parts={parts} />;
}
