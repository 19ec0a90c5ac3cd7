/** Every message of every area in both languages, for tests (the app loads areas lazily, see index.ts). */
import { actionsEn } from './actions.en';
import { actionsZhCN } from './actions.zh-CN';
import { dialogsEn } from './dialogs.en';
import { dialogsZhCN } from './dialogs.zh-CN';
import type { Catalogue } from './en';
import { en } from './en';
import { freeplayEn } from './freeplay.en';
import { freeplayZhCN } from './freeplay.zh-CN';
import type { Lang } from './index';
import { launchEn } from './launch.en';
import { launchZhCN } from './launch.zh-CN';
import { lessonsEn } from './lessons.en';
import { panelEn } from './panel.en';
import { panelZhCN } from './panel.zh-CN';
import { lessonsZhCN } from './lessons.zh-CN';
import { explainEn } from './explain.en';
import { explainZhCN } from './explain.zh-CN';
import { sharedStateEn } from './sharedState.en';
import { sharedStateZhCN } from './sharedState.zh-CN';
import { zhCN } from './zh-CN';

export const catalogues: Record<Lang, Catalogue> = {
  en: {
    ...en,
    ...lessonsEn,
    ...freeplayEn,
    ...sharedStateEn,
    ...launchEn,
    ...actionsEn,
    ...panelEn,
    ...dialogsEn,
    ...explainEn,
  },
  'zh-CN': {
    ...zhCN,
    ...lessonsZhCN,
    ...freeplayZhCN,
    ...sharedStateZhCN,
    ...launchZhCN,
    ...actionsZhCN,
    ...panelZhCN,
    ...dialogsZhCN,
    ...explainZhCN,
  },
};
