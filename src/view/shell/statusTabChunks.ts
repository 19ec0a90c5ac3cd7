/**
 * The Pod status tab's two lazy chunks (the action form; the kubectl tables and describe). One place for
 * both the tab (React.lazy) and the startup script, which fetches them alongside the app on the default
 * page, where that tab opens first, instead of after the app's first render.
 */
export const loadStatusPanel = () => import('../panel/StatusPanel');
export const loadPodActions = () => import('../controls/PodActions');
