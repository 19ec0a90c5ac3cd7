import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints a deliberately impure file *as if* it lived in src/sim, with the project's real ESLint config,
// to prove the purity rules are wired to that folder and actually bite.
const impure = readFileSync('tests/fixtures/impure-sim.ts.txt', 'utf8');

async function lintAs(filePath: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(impure, { filePath });
  return result?.messages ?? [];
}

describe('src/sim purity lint rules', () => {
  it('reject React, zustand, d3-selection, DOM globals, timers, Date.now and Math.random in src/sim', async () => {
    const messages = await lintAs('src/sim/types.ts');
    const byRule = (rule: string) => messages.filter((m) => m.ruleId === rule).map((m) => m.message);
    expect(byRule('no-restricted-imports').join('\n')).toMatch(/no React or zustand/);
    expect(byRule('no-restricted-imports').join('\n')).toMatch(/d3-selection/);
    expect(byRule('no-restricted-imports')).toHaveLength(3);
    expect(byRule('no-restricted-globals').join('\n')).toMatch(/no document/);
    expect(byRule('no-restricted-globals').join('\n')).toMatch(/no window/);
    expect(byRule('no-restricted-globals').join('\n')).toMatch(/no setTimeout/);
    expect(byRule('no-restricted-properties')).toHaveLength(2);
  }, 60_000);

  it('leave the same code alone outside src/sim (the view may use React and the DOM)', async () => {
    const messages = await lintAs('src/App.tsx');
    const purityRules = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties'];
    expect(messages.filter((m) => purityRules.includes(m.ruleId ?? ''))).toEqual([]);
  }, 60_000);
});

describe('HTML injection sinks', () => {
  it('are lint errors anywhere in src: innerHTML, outerHTML, dangerouslySetInnerHTML, eval, new Function', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const code = [
      'export function Bad({ html }: { html: string }) {',
      '  document.body.innerHTML = html;',
      '  document.body.outerHTML = html;',
      '  eval(html);',
      '  new Function(html);',
      '  return <div dangerouslySetInnerHTML={{ __html: html }} />;',
      '}',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: 'src/App.tsx' });
    const messages = (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
    expect(messages.filter((m) => m.startsWith('no-restricted-syntax'))).toHaveLength(4);
    expect(messages.some((m) => m.startsWith('no-eval'))).toBe(true);
  }, 60_000);
});
