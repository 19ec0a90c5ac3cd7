/** Acting at an earlier time rewrites the timeline from there: what is dropped, and what the user is told. */
import { describe, expect, it } from 'vitest';
import { textIn } from '../i18n/text';
// The notices' words for actions (as the notice bar loads them).
import '../view/controls/actionMessages';
import { freshStore, play, restartsOf } from './testing/storeHarness';

describe('acting in the past', () => {
  it('acting in the past rewrites the future', () => {
    const store = freshStore();
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    play(store, 5_000);
    store.getState().seek(7_000);
    store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    expect(store.getState().log.map((entry) => entry.action.type)).toEqual(['killContainer']);
    expect(store.getState().horizon).toBe(7_000);
  });

  it('an action refused in the past drops nothing: the future stays, and only the refusal is told', () => {
    const store = freshStore();
    const start = store.getState().now;
    store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    play(store, 10_000);
    const { horizon } = store.getState();
    const actions = store.getState().timeline().length;
    store.getState().seek(start + 500);
    expect(store.getState().dispatch({ type: 'killContainer', pod: 'ghost', container: 'app' })).toBe(false);
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().horizon).toBe(horizon);
    expect(store.getState().timeline()).toHaveLength(actions);
    store.getState().seek(horizon);
    expect(restartsOf(store, 'app')).toBe(1);
  });

  it('says so when acting in the past drops what came after, and only then', () => {
    const store = freshStore();
    const start = store.getState().now;
    store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    expect(store.getState().notice).toBeNull();
    play(store, 5_000);
    const end = store.getState().now;
    store.getState().seek(start + 1_000);
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('info');
    expect(notice?.message).toEqual({ key: 'notice.rewritten', params: { end: (end / 1000).toFixed(1) } });
    expect(textIn('en', notice!.message)).toBe(
      `Acting here, before the end of the timeline, starts it anew from this moment: what had played after it (up to ${(end / 1000).toFixed(1)} s), and anything done in it, is gone.`,
    );
    expect(textIn('zh-CN', notice!.message)).toContain(`（到 ${(end / 1000).toFixed(1)} 秒）`);
    // At the end of the timeline, nothing is dropped: no notice (the last one is cleared).
    play(store, 10_000);
    expect(store.getState().dispatch({ type: 'killSandbox', pod: 'web' })).toBe(true);
    expect(store.getState().notice).toBeNull();
  });
});
