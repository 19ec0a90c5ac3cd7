/** What PodScope explains as things happen travels in its own chunk: the first page explains nothing yet. */
import { registerMessages } from '../../i18n';
import { explainEn } from '../../i18n/explain.en';
import { explainZhCN } from '../../i18n/explain.zh-CN';

registerMessages({ en: explainEn, 'zh-CN': explainZhCN });
