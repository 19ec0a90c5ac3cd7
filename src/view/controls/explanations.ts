/**
 * The explanations (the narration's sentences, what sharing a namespace means) load with the first line there
 * is to tell or the first namespace chosen: the first page needs none. Until then there is no text yet, never
 * a message key.
 */
import { useEffect, useState } from 'react';
import { messageTemplate, translate, type Lang } from '../../i18n';
import type { NarrationItem } from '../../store/narration';

const loaded = () => messageTemplate('en', 'narrate.podCreated') !== 'narrate.podCreated';

/** Whether the explanations are here; fetches them once `wanted`. */
export function useExplanations(wanted: boolean): boolean {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (wanted && !ready)
      import('./explanationMessages').then(
        () => setReady(true),
        (error: unknown) => console.error('PodScope: the explanations did not load', error),
      );
  }, [wanted, ready]);
  return ready;
}

/** A narration line's items as one sentence in `lang`. */
export function narrationSentence(lang: Lang, items: NarrationItem[]): string {
  return items.map((item) => translate(lang, item.key, item.params)).join(lang === 'zh-CN' ? '；' : '; ');
}
