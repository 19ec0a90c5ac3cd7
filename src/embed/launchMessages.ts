import { registerMessages } from '../i18n';
import { launchEn } from '../i18n/launch.en';
import { launchZhCN } from '../i18n/launch.zh-CN';

// Imported (lazily) by startup only when a link has a problem to report.
registerMessages({ en: launchEn, 'zh-CN': launchZhCN });
