// Copy-paste example of driving an embedded PodScope (see docs/embed.md).
const frame = document.getElementById('podscope');
const log = document.getElementById('log');

function send(message) {
  // The embed runs in an opaque origin (sandbox without allow-same-origin), so the target is '*'.
  frame.contentWindow.postMessage(message, '*');
}

function show(text) {
  const item = document.createElement('li');
  item.textContent = text; // text, never HTML
  log.append(item);
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.source !== 'podscope') return;
  if (message.type === 'resize') frame.style.height = `${Math.min(Math.max(message.height, 240), 900)}px`;
  if (message.type === 'state') {
    const pods = message.pods.map((p) => `${p.name} ${p.phase} ${p.ip || '<none>'}`).join(', ');
    show(`state: ${pods}`);
  } else if (message.type === 'event') {
    show(`event: ${message.event.reason} — ${message.event.message}`);
  } else {
    show(`${message.type}: ${JSON.stringify(message)}`);
  }
});

document
  .getElementById('kill-pause')
  .addEventListener('click', () => send({ type: 'killSandbox', pod: 'web' }));
document
  .getElementById('kill-app')
  .addEventListener('click', () => send({ type: 'killContainer', pod: 'web', container: 'app' }));
document
  .getElementById('highlight-net')
  .addEventListener('click', () => send({ type: 'highlightNamespace', ns: 'net' }));
document.getElementById('bad').addEventListener('click', () => send({ type: 'formatDisk', id: 'oops' }));
