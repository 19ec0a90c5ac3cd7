/** A cached simulation state: where replay can restart from instead of time zero. */
export interface Keyframe {
  at: number;
  /** How many logged actions had been applied when it was taken. */
  applied: number;
  /**
   * The engine snapshot as JSON text: a third of the memory of the object graph (V8 keeps ASCII strings
   * at one byte a character), and `restore` copies through JSON anyway.
   */
  snapshot: string;
}

/**
 * Keyframes in time order, bounded: past `limit` every other older keyframe is dropped, so a long run
 * keeps dense recent history and sparse old history in constant memory. Replay from the nearest one is
 * exact because the engine is deterministic.
 */
export class KeyframeHistory {
  private frames: Keyframe[] = [];
  constructor(private readonly limit = 240) {}

  /** Inserts in time order (playing on after a seek back adds keyframes in the middle); skips duplicates. */
  add(frame: Keyframe): void {
    const later = (f: Keyframe) => f.at > frame.at || (f.at === frame.at && f.applied > frame.applied);
    let index = this.frames.length;
    while (index > 0 && later(this.frames[index - 1] as Keyframe)) index -= 1;
    const previous = this.frames[index - 1];
    if (previous && previous.at === frame.at && previous.applied === frame.applied) return;
    this.frames.splice(index, 0, frame);
    if (this.frames.length > this.limit) this.thin();
  }

  /** The newest keyframe at or before `at` (the first one is always at time 0). */
  before(at: number): Keyframe | undefined {
    let found: Keyframe | undefined;
    for (const frame of this.frames) {
      if (frame.at > at) break;
      found = frame;
    }
    return found;
  }

  /** Forgets everything after `at` (a new action rewrites the future). */
  truncateAfter(at: number, applied: number): void {
    this.frames = this.frames.filter((f) => f.at < at || (f.at === at && f.applied <= applied));
  }

  clear(): void {
    this.frames = [];
  }

  get size(): number {
    return this.frames.length;
  }

  private thin(): void {
    const keepRecent = Math.floor(this.limit / 2);
    const old = this.frames.slice(0, this.frames.length - keepRecent);
    const recent = this.frames.slice(this.frames.length - keepRecent);
    // Always keep the first keyframe (time 0) so every time stays reachable.
    this.frames = [...old.filter((_, i) => i === 0 || i % 2 === 1), ...recent];
  }
}
