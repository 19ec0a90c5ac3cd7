/** The shortcuts dialog's and the share actions' text travels with their lazy chunks (each imports this). */
import { registerMessages } from '../../i18n';
import { dialogsEn } from '../../i18n/dialogs.en';
import { dialogsZhCN } from '../../i18n/dialogs.zh-CN';

registerMessages({ en: dialogsEn, 'zh-CN': dialogsZhCN });
