/**
 * What a container's main process does, read from the manifest so real YAML behaves: the image's default command
 * is a long-running server; `command`/`args` are interpreted for `sleep N|infinity`, `exit N`, `true`, `false`,
 * `echo …`, and `sh -c "…; …"` scripts joined by `;`, `&&`, `||` or newlines. `trap … TERM` means the process
 * ignores SIGTERM (a shell runs traps only after its foreground command ends, so the kubelet's SIGKILL comes first).
 * Anything else (an unknown program) is taken to run until stopped.
 */

export interface ProcessPlan {
  /** What it prints, at ms offsets from its start. */
  output: { at: number; line: string }[];
  /** When (ms after start) and how it exits by itself; absent = runs until stopped. */
  exit?: { at: number; code: number };
  /** Reaction to SIGTERM: exit with 143 (killed by TERM), exit 0 (clean shutdown), or ignore it (SIGKILL later). */
  onTerm: 'exit143' | 'exit0' | 'ignore';
  /** `while true; do …; done`: from `from` ms, the body's output repeats every `every` ms, forever. */
  loop?: { from: number; every: number; output: { at: number; line: string }[] };
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Image repository name without registry and tag: "docker.io/library/nginx:1.27" → "nginx". */
export function imageName(image: string): string {
  const noDigest = image.split('@')[0] ?? image;
  const last = baseName(noDigest);
  return last.split(':')[0] ?? last;
}

/** Images whose default process shuts down cleanly (exit 0) on the stop signal (nginx: STOPSIGNAL SIGQUIT). */
const CLEAN_STOP_IMAGES = new Set(['nginx', 'pause', 'httpd', 'caddy', 'traefik']);

/** A shell-like tokenizer: quotes group words, `;`, `&&`, `||` and newlines separate commands. */
function tokenize(script: string): string[] {
  const tokens: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let inWord = false;
  const flush = (): void => {
    if (inWord) tokens.push(cur);
    cur = '';
    inWord = false;
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < script.length) {
      cur += script[++i];
      inWord = true;
    } else if (ch === ';' || ch === '\n') {
      flush();
      tokens.push(';');
    } else if ((ch === '&' || ch === '|') && script[i + 1] === ch) {
      flush();
      tokens.push(ch + ch);
      i++;
    } else if (ch === ' ' || ch === '\t') {
      flush();
    } else {
      cur += ch;
      inWord = true;
    }
  }
  flush();
  return tokens;
}

/** `sleep` argument in ms: "5", "0.5", "2m", "infinity". */
function sleepMs(arg: string | undefined): number {
  if (arg === undefined) return 0;
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return 0;
  const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ''] ?? 1000;
  return Number(m[1]) * unit;
}

interface RunState {
  plan: ProcessPlan;
  t: number;
  status: number;
  done: boolean;
}

/** Runs one simple command; returns false if the process blocks forever on it. */
function runSimple(words: string[], run: RunState): void {
  const [cmd0, ...args] = words;
  if (cmd0 === undefined) return;
  const cmd = cmd0 === 'exec' ? (args.shift() ?? '') : cmd0;
  switch (baseName(cmd)) {
    case 'echo':
      run.plan.output.push({ at: run.t, line: args.filter((a) => a !== '-n' && a !== '-e').join(' ') });
      run.status = 0;
      return;
    case 'sleep': {
      const ms = sleepMs(args[0]);
      if (ms === Infinity) run.done = true;
      else run.t += ms;
      run.status = 0;
      return;
    }
    case 'exit':
      run.plan.exit = { at: run.t, code: clampExit(Number(args[0] ?? run.status)) };
      run.done = true;
      return;
    case 'true':
    case ':':
      run.status = 0;
      return;
    case 'false':
      run.status = 1;
      return;
    case 'trap':
      if (args.slice(1).some((sig) => ['TERM', 'SIGTERM', '15'].includes(sig))) run.plan.onTerm = 'ignore';
      run.status = 0;
      return;
    default:
      // An unknown program in the foreground: it runs until stopped.
      run.done = true;
  }
}

function clampExit(n: number): number {
  return Number.isInteger(n) ? ((n % 256) + 256) % 256 : 1;
}

const WHILE_TRUE = /^(.*?)\bwhile\s+(?:true|:)\s*;?\s*do\b(.*?);?\s*\bdone\s*$/s;

function runScript(script: string, run: RunState, final = true): void {
  const loop = WHILE_TRUE.exec(script);
  if (loop) {
    runScript(loop[1] ?? '', run, false);
    if (run.done) return;
    // Run the body once to learn its output and duration; it then repeats until the process is stopped.
    const body: RunState = { plan: { output: [], onTerm: run.plan.onTerm }, t: 0, status: 0, done: false };
    runScript(loop[2] ?? '', body, false);
    run.plan.onTerm = body.plan.onTerm;
    if (body.plan.exit !== undefined) {
      // The body exits: the loop ends in its first iteration.
      run.plan.output.push(...body.plan.output.map((o) => ({ at: run.t + o.at, line: o.line })));
      run.plan.exit = { at: run.t + body.plan.exit.at, code: body.plan.exit.code };
    } else if (body.t > 0 && !body.done) {
      run.plan.loop = { from: run.t, every: body.t, output: body.plan.output };
    } else {
      // The body blocks forever (or takes no time): its output appears once.
      run.plan.output.push(...body.plan.output.map((o) => ({ at: run.t + o.at, line: o.line })));
    }
    run.done = true;
    return;
  }
  const tokens = tokenize(script);
  let words: string[] = [];
  let skip = false;
  const finish = (): void => {
    if (!skip && words.length > 0) runSimple(words, run);
    words = [];
  };
  for (const tok of tokens) {
    if (run.done) return;
    if (tok === ';' || tok === '&&' || tok === '||') {
      finish();
      if (run.done) return;
      if (tok === ';') skip = false;
      else if (tok === '&&') skip = skip || run.status !== 0;
      else skip = !skip && run.status === 0;
    } else {
      words.push(tok);
    }
  }
  finish();
  if (!run.done && final) {
    run.plan.exit = { at: run.t, code: run.status };
    run.done = true;
  }
}

/** Interprets a container's command + args (or the image default) into a plan. */
export function planProcess(
  image: string,
  command?: readonly string[],
  args?: readonly string[],
): ProcessPlan {
  const name = imageName(image);
  const argv = [...(command ?? []), ...(args ?? [])];
  const plan: ProcessPlan = { output: [], onTerm: 'exit143' };
  if (command === undefined || command.length === 0) {
    // The image's own entrypoint: a long-running server (args only tweak it).
    if (CLEAN_STOP_IMAGES.has(name)) plan.onTerm = 'exit0';
    if (args === undefined || args.length === 0) return plan;
  }
  const run: RunState = { plan, t: 0, status: 0, done: false };
  const [cmd, ...rest] = argv;
  if (cmd !== undefined && SHELLS.has(baseName(cmd)) && rest[0] === '-c') {
    runScript(rest[1] ?? '', run);
  } else if (cmd !== undefined) {
    runSimple(argv, run);
    if (!run.done) {
      plan.exit = { at: run.t, code: run.status };
    }
  }
  return plan;
}
