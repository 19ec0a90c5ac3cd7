/** Virtual ms → "1:05.0" / "12.5 s": compact enough for a time bar, exact enough to follow back-off. */
export function formatVirtualTime(ms: number): string {
  const totalSeconds = Math.max(0, ms) / 1000;
  if (totalSeconds < 60) return `${totalSeconds.toFixed(1)} s`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds - minutes * 60;
  if (minutes < 60) return `${minutes}:${seconds.toFixed(1).padStart(4, '0')}`;
  const hours = Math.floor(minutes / 60);
  return `${hours}:${String(minutes % 60).padStart(2, '0')}:${seconds.toFixed(0).padStart(2, '0')}`;
}
