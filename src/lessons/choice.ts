/**
 * A prediction choice whose label and feedback keys follow the step's key prefix:
 * `choice('lessons.kill-pause.ip', 'changes', true)` → `lessons.kill-pause.ip.choice.changes` and
 * `lessons.kill-pause.ip.feedback.changes`. The keys stay literal types, so a typo fails type-checking.
 */
export function choice<P extends string, I extends string>(
  prefix: P,
  id: I,
  correct: boolean,
): { id: I; label: `${P}.choice.${I}`; feedback: `${P}.feedback.${I}`; correct: boolean } {
  return { id, label: `${prefix}.choice.${id}`, feedback: `${prefix}.feedback.${id}`, correct };
}
