/**
 * localStorage that never throws: inside `<iframe sandbox="allow-scripts">` (an opaque origin) merely
 * reading `window.localStorage` throws a SecurityError, and quota errors can happen anywhere.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  readonly available: boolean;
}

function probe(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    const key = '__podscope_probe__';
    storage.setItem(key, key);
    storage.removeItem(key);
    return storage;
  } catch {
    return null;
  }
}

export function createSafeStorage(storage: Storage | null = probe()): SafeStorage {
  return {
    available: storage !== null,
    get(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage?.setItem(key, value);
        return storage !== null;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: storage is optional.
      }
    },
  };
}
