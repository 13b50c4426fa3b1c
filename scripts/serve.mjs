// A dependency-free static file server for the demo and the browser tests: correct MIME types
// (application/wasm lets browsers compile while downloading), loopback only, no directory
// listings, nothing outside the root.
//
//   node scripts/serve.mjs [ROOT] [PORT] [--strict-csp]
//
// prints the demo's URL; PORT 0 picks a free one. --strict-csp sends STRICT_CSP with every
// response, the policy the demo and the element are tested under.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A strict Content-Security-Policy: same-origin scripts, styles and workers, compiled wasm, nothing inline. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/**
 * Serves `root` on 127.0.0.1; resolves to the running server once it listens. `headers` are
 * added to every response (e.g. `content-security-policy`, `access-control-allow-origin`).
 */
export function serve(root, port = 0, { headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/www/' }).end(); // the demo is the one page at the root
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const [root = '.', portArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const wanted = Number(portArg ?? process.env.PORT ?? 8080);
  const headers = flags.includes('--strict-csp') ? { 'content-security-policy': STRICT_CSP } : {};
  let server;
  // A busy port is common on a shared machine: try the next few before giving up.
  for (let port = wanted; !server; port++) {
    try {
      server = await serve(root, port, { headers });
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || port > wanted + 20) throw e;
    }
  }
  const { port } = server.address();
  console.log(`abridge demo: http://127.0.0.1:${port}/www/  (Ctrl-C to stop)`);
}
