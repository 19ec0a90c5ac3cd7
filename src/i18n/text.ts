import { translate, type Lang, type MessageKey } from './index';

/**
 * A message to show, kept apart from the language it is shown in: plain text (the engine's or a library's
 * own words, which Kubernetes does not translate either), a catalogue key with parameters (which may be
 * texts themselves), or several texts shown one after another. Translating when shown, not when made,
 * lets a notice follow a language switch.
 */
export type Text = string | LocalText | readonly Text[];
export interface LocalText {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | Text>>;
}

export function textIn(lang: Lang, text: Text): string {
  if (typeof text === 'string') return text;
  // Chinese sentences end in a full-width stop and need no space after it.
  if (isTextList(text)) return text.map((part) => textIn(lang, part)).join(lang === 'en' ? ' ' : '');
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : textIn(lang, value),
    ]),
  );
  return translate(lang, text.key, params);
}

function isTextList(text: LocalText | readonly Text[]): text is readonly Text[] {
  return Array.isArray(text);
}

/** An error whose reason is a Text, so whoever shows it can do so in the reader's language. */
export class TextError extends Error {
  constructor(
    readonly text: Text,
    options?: ErrorOptions,
  ) {
    super(textIn('en', text), options);
  }
}

/** The reason carried by anything thrown: a TextError's text, another error's own message. */
export function errorText(error: unknown): Text {
  if (error instanceof TextError) return error.text;
  return error instanceof Error ? error.message : String(error);
}
