/**
 * What a container's main process does, read from the manifest so real YAML behaves: the image's default command
 * is a long-running server; `command`/`args` are interpreted for `sleep N|infinity`, `exit N`, `true`, `false`,
 * `echo …`, and `sh -c "…; …"` scripts joined by `;`, `&&`, `||`, `&` (a background job, for `wait`) or newlines.
 * Anything else (an unknown program) is taken to run until stopped, and to handle SIGTERM as servers do.
 *
 * SIGTERM: a shell and the small tools (`sleep`, `tail`, …) install no handler for it. Its default action kills
 * them (143), except where the process is PID 1 of its own PID namespace (every container without
 * `shareProcessNamespace` / `hostPID`): the kernel drops signals init has no handler for (pid_namespaces(7)),
 * so the kubelet's SIGKILL at the end of the grace period (137) is what stops `sleep 3600`. `trap … TERM` sets a
 * handler, but a shell runs it only after its foreground command ends (so SIGKILL comes first), unless the shell
 * is in `wait` for a background job, which the signal interrupts: `trap 'exit 0' TERM; tail -F log & wait`
 * stops at once.
 */

export interface ProcessPlan {
  /** What it prints, at ms offsets from its start. */
  output: { at: number; line: string }[];
  /** When (ms after start) and how it exits by itself; absent = runs until stopped. */
  exit?: { at: number; code: number };
  /**
   * Reaction to SIGTERM: exit with 143 (a handler that exits, or the default action), exit 0 (clean shutdown),
   * ignore it (SIGKILL later), or `default`: no handler, so 143 unless it is PID 1 of its PID namespace (see above).
   */
  onTerm: 'exit143' | 'exit0' | 'ignore' | 'default';
  /** `while true; do …; done`: from `from` ms, the body's output repeats every `every` ms, forever. */
  loop?: { from: number; every: number; output: { at: number; line: string }[] };
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** Long-running tools that install no SIGTERM handler (the others exit by themselves at once). */
const NO_TERM_HANDLER = new Set(['sleep', 'tail', 'cat', 'yes']);

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
    } else if (ch === '&') {
      flush();
      tokens.push('&');
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
  /** `trap ACTION TERM` was run: the exit code if ACTION is `exit N`, else null. */
  trapExit?: number | null;
  /** When the background jobs (`cmd &`) end; Infinity if one runs until stopped. */
  jobsEnd?: number;
  /** The script's last wait is `wait` for its jobs (no foreground command since): a trapped SIGTERM interrupts it. */
  inWait?: boolean;
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
      if (ms > 0) run.inWait = false; // a foreground command again: a trap waits for it to end
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
      if (args.slice(1).some((sig) => ['TERM', 'SIGTERM', '15'].includes(sig))) {
        const action = /^\s*exit(?:\s+(\d+))?\s*$/.exec(args[0] ?? '');
        run.trapExit = action ? clampExit(Number(action[1] ?? 0)) : null;
      }
      run.status = 0;
      return;
    case 'wait': {
      const end = run.jobsEnd ?? 0;
      if (end > run.t) run.inWait = true;
      if (end === Infinity) run.done = true;
      else run.t = Math.max(run.t, end);
      run.status = 0;
      return;
    }
    default:
      // An unknown program in the foreground: it runs until stopped. `exec` makes it PID 1 itself.
      if (cmd0 === 'exec') run.plan.onTerm = 'exit143';
      run.inWait = false;
      run.done = true;
  }
}

/** `cmd &`: the job runs beside the script, which goes on at once; only its output and its end are kept. */
function runJob(words: string[], run: RunState): void {
  const job: RunState = { plan: { output: [], onTerm: run.plan.onTerm }, t: run.t, status: 0, done: false };
  runSimple(words, job);
  run.plan.output.push(...job.plan.output);
  run.jobsEnd = Math.max(run.jobsEnd ?? 0, job.done && job.plan.exit === undefined ? Infinity : job.t);
  run.status = 0;
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
    if (body.trapExit !== undefined) run.trapExit = body.trapExit;
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
    if (tok === '&') {
      if (!skip && words.length > 0) runJob(words, run);
      words = [];
      skip = false;
    } else if (tok === ';' || tok === '&&' || tok === '||') {
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
  const explicit = command !== undefined && command.length > 0;
  if (cmd !== undefined && SHELLS.has(baseName(cmd)) && rest[0] === '-c') {
    if (explicit) plan.onTerm = 'default'; // the shell is the container's process
    runScript(rest[1] ?? '', run);
  } else if (cmd !== undefined) {
    if (explicit && NO_TERM_HANDLER.has(baseName(cmd))) plan.onTerm = 'default';
    runSimple(argv, run);
    if (!run.done) {
      plan.exit = { at: run.t, code: run.status };
    }
  }
  if (run.trapExit !== undefined) {
    // The handler runs at once only if TERM interrupts `wait`; one that exits non-zero is shown as 143.
    const exits = run.inWait === true && run.trapExit !== null;
    plan.onTerm = exits ? (run.trapExit === 0 ? 'exit0' : 'exit143') : 'ignore';
  }
  return plan;
}
