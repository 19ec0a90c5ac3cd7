import type { actionsEn } from './actions.en';
import { canvasEn } from './canvas.en';
import type { dialogsEn } from './dialogs.en';
import type { freeplayEn } from './freeplay.en';
import type { launchEn } from './launch.en';
import type { lessonsEn } from './lessons.en';
import type { explainEn } from './explain.en';
import type { sharedStateEn } from './sharedState.en';
import type { panelEn } from './panel.en';
import { shellEn } from './shell.en';

/**
 * English messages of the first page (shell and canvas), assembled from one file per area. The lessons, free
 * play, the status tab, the Pod actions, the shortcuts dialog, the share notices, the shared-state reader, the link-problem notices and the explanations (narration, namespace captions) bring their own
 * messages with their lazy chunks (registerMessages); their keys are part of MessageKey all the same, so
 * every `t('…')` is type-checked.
 */
export const en = { ...shellEn, ...canvasEn } as const;

export type MessageKey =
  | keyof typeof en
  | keyof typeof lessonsEn
  | keyof typeof freeplayEn
  | keyof typeof sharedStateEn
  | keyof typeof launchEn
  | keyof typeof actionsEn
  | keyof typeof panelEn
  | keyof typeof dialogsEn
  | keyof typeof explainEn;
export type Catalogue = Record<MessageKey, string>;
export type EagerCatalogue = Record<keyof typeof en, string>;
