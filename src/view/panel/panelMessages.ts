/**
 * The status tab's text (tables, describe, namespaces, events) travels with its lazy chunks: every module that
 * shows it imports this, so it is registered before any of them renders.
 */
import { registerMessages } from '../../i18n';
import { panelEn } from '../../i18n/panel.en';
import { panelZhCN } from '../../i18n/panel.zh-CN';

registerMessages({ en: panelEn, 'zh-CN': panelZhCN });
