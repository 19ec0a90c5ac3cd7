import type { ReactNode } from 'react';
import { messageTemplate, type MessageKey } from '../../i18n';
import { usePreferences } from '../stores';

/**
 * A catalogue message with React nodes in place of its `{placeholders}` — so word order and spacing stay
 * the translator's (Chinese puts no space between sentences), while parts can still be emphasised.
 */
export function Template({
  messageKey,
  parts,
}: {
  messageKey: MessageKey;
  parts: Record<string, ReactNode>;
}) {
  const lang = usePreferences((s) => s.lang);
  return (
    <>
      {messageTemplate(lang, messageKey)
        .split(/(\{\w+\})/)
        .map((piece, index) => {
          const name = /^\{(\w+)\}$/.exec(piece)?.[1];
          return name !== undefined && Object.hasOwn(parts, name) ? (
            <span key={index}>{parts[name]}</span>
          ) : (
            piece
          );
        })}
    </>
  );
}
