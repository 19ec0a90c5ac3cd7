import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessFrameSize } from './frameGuess';

/** The side panel's width (rem) that index.css sets inside `@media (min-width: Npx)`. */
function panelRem(css: string, minWidth: number): number {
  const block = css.slice(css.indexOf(`@media (min-width: ${minWidth}px) {`));
  const width = /\.side-panel \{[^}]*?\swidth: ([\d.]+)rem;/.exec(block);
  if (!width) throw new Error(`no .side-panel width under min-width ${minWidth}px`);
  return Number(width[1]);
}

describe('guessFrameSize', () => {
  it('leaves room for the side panel exactly as wide as index.css makes it', () => {
    const css = readFileSync(join(process.cwd(), 'src/index.css'), 'utf8');
    const panel = (width: number) => width - guessFrameSize({ width, height: 900 }).width - 1.5 * 16;
    expect(panel(1280)).toBe(panelRem(css, 960) * 16);
    expect(panel(1599)).toBe(panelRem(css, 960) * 16);
    expect(panel(1600)).toBe(panelRem(css, 1600) * 16);
    expect(panel(1920)).toBe(panelRem(css, 1600) * 16);
    expect(panel(800)).toBe(0);
  });
});
