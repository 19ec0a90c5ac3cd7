/**
 * An embed's words where they differ from the app's. It has no preset picker, so its empty Node does not
 * point at one. Loaded with the embed's layout (embedStyles.ts), before its first render.
 */
import { registerMessages } from '../i18n';

registerMessages({
  en: { 'node.empty': 'No Pods on this Node.' },
  'zh-CN': { 'node.empty': '这个节点上没有 Pod。' },
});
