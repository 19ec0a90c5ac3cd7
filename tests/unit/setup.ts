// Unit tests render and translate in both languages synchronously: load the lazy Chinese catalogue once.
import { loadLanguage } from '../../src/i18n';
// The app loads the log reader with the terminal and the lessons; every unit test may read logs.
import '../../src/sim/logs';

await loadLanguage('zh-CN');
