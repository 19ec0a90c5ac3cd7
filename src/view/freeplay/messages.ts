/** Free play's text travels with its lazy chunk: every free-play component imports this module. */
import { registerMessages } from '../../i18n';
import { freeplayEn } from '../../i18n/freeplay.en';
import { freeplayZhCN } from '../../i18n/freeplay.zh-CN';

registerMessages({ en: freeplayEn, 'zh-CN': freeplayZhCN });
