import type { MessageKey } from '../../i18n';
import type { Evidence } from '../../lessons/types';
import { useT } from '../stores';
import { Template } from './Template';

/** An explanation whose `{placeholders}` are live values, shown as emphasised monospace (text only, no HTML). */
export function RichMessage({ messageKey, values }: { messageKey: MessageKey; values: Evidence }) {
  const t = useT();
  const format = (value: Evidence[string]) => {
    if (!Array.isArray(value)) return String(value);
    return value.length === 0 ? t('lessons.ui.nothing') : value.join(t('lessons.ui.listSeparator'));
  };
  const parts = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      <strong className="lesson-value">{format(value)}</strong>,
    ]),
  );
  return <Template messageKey={messageKey} parts={parts} />;
}
