/** The action controls' text travels with their lazy chunks: PodActions, NamespaceMatrix and the manifest editor import this. */
import { registerMessages } from '../../i18n';
import { actionsEn } from '../../i18n/actions.en';
import { actionsZhCN } from '../../i18n/actions.zh-CN';

registerMessages({ en: actionsEn, 'zh-CN': actionsZhCN });
