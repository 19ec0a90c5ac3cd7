import { createServer, type Plugin } from 'vite';

const ROOT_MARKER = '<div id="root"></div>';

/**
 * Puts the app's prerendered first frames (src/firstFrame/render.tsx) into the built index.html, so the
 * default page paints before any script has run. Rendered by Vite's SSR loader from the sources: the
 * same components, stores and catalogues as the app.
 */
export function prerenderFirstFrame(): Plugin {
  let root = process.cwd();
  return {
    name: 'podscope-first-frame',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_MARKER))
          throw new Error(`index.html has no ${ROOT_MARKER} to prerender into`);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderFirstFrames } = (await server.ssrLoadModule('/src/firstFrame/render.tsx')) as {
            renderFirstFrames: () => Promise<string>;
          };
          return html.replace(ROOT_MARKER, `<div id="root">${await renderFirstFrames()}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
