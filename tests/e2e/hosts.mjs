// The host that serves the release build to the end-to-end tests: `HJULET_HOST=node` (the
// default, scripts/serve-dist.mjs), `nginx` or `caddy`. nginx and Caddy run the configs shipped in
// deploy/ (the very files, included, not copies of their rules) as ordinary child processes on a
// free loopback port, with their pid, logs and temporary files in a temporary directory, and stop
// with the test file. scripts/test.sh runs the hosting tests once under each.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDist } from '../../scripts/serve-dist.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPLOY = join(ROOT, 'deploy');
const NGINX_BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export const HOST = process.env.HJULET_HOST ?? 'node';

/**
 * Serves `dist` (default: HJULET_DIST or dist/) with the host HJULET_HOST names. The answer:
 * - `origin`, and `name` (node, nginx, caddy);
 * - `encoding`: the Content-Encoding this host answers with when the browser accepts what
 *   Chromium accepts (gzip, deflate, br, zstd);
 * - `requests()`: every request so far, oldest first, as `{ url, headers }` (headers by lower-case
 *   name; nginx and Caddy report those the tests look at, from their access logs);
 * - `setRoot(dir)`: from now on serve another build on the same origin, as a host does when a new
 *   version is put up;
 * - `cachedFiles()`: the node server's brotli cache size (node only; nginx and Caddy compress each
 *   answer as it goes and keep no bodies);
 * - `close()`.
 */
export async function startHost(dist = process.env.HJULET_DIST ?? join(ROOT, 'dist')) {
  if (HOST === 'node') return startNode(dist);
  if (HOST === 'nginx') return startNginx(dist);
  if (HOST === 'caddy') return startCaddy(dist);
  throw new Error(`HJULET_HOST=${HOST}: node, nginx or caddy`);
}

async function startNode(dist) {
  const requests = [];
  const server = await serveDist(dist, 0, { onRequest: (request) => requests.push({ url: request.url, headers: request.headers }) });
  return { name: 'node', encoding: 'br', ...server, requests: async () => [...requests] };
}

/** A port that was free a moment ago on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * The served directory is a symbolic link in `temp`: `setRoot` points it at another build in one
 * rename, so that no request sees half of each.
 */
function siteLink(temp, dist) {
  const site = join(temp, 'site');
  symlinkSync(resolve(dist), site);
  return {
    site,
    setRoot(dir) {
      for (const page of ['index.html', 'meeting-app/index.html']) {
        if (!existsSync(join(dir, page))) throw new Error(`no ${page} in ${dir}`);
      }
      const next = join(temp, 'site.next');
      rmSync(next, { force: true });
      symlinkSync(resolve(dir), next);
      renameSync(next, site);
    },
  };
}

/**
 * Starts `command` and resolves once a line of its output matches `ready`; rejects with the
 * output if it ends first. The process is stopped when node exits, whatever happens to the test.
 */
function startProcess(command, args, { ready, env, cwd }) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  // SIGTERM, not SIGKILL: nginx's master then stops its workers too, instead of leaving them
  // serving as orphans.
  const stopOnExit = () => child.kill('SIGTERM');
  process.on('exit', stopOnExit);
  let output = '';
  const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
  const started = new Promise((done, fail) => {
    const look = (chunk) => {
      output += chunk;
      if (ready.test(output)) done();
    };
    child.stdout.setEncoding('utf8').on('data', look);
    child.stderr.setEncoding('utf8').on('data', look);
    child.on('error', fail);
    exited.then(({ code, signal }) => fail(new Error(`${command} ended (${code ?? signal}) before serving:\n${output}`)));
  });
  return {
    started,
    output: () => output,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      process.off('exit', stopOnExit);
    },
  };
}

function readLog(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

async function startNginx(dist) {
  const temp = mkdtempSync(join(tmpdir(), 'hjulet-nginx-'));
  const { site, setRoot } = siteLink(temp, dist);
  const port = await freePort();
  const brotli = existsSync(NGINX_BROTLI);
  const accessLog = join(temp, 'access.log');
  const conf = join(temp, 'nginx.conf');
  // Started by root (as on the test machines), nginx runs its workers as "nobody", who may not
  // read the build or the temporary directory: they stay root, on a loopback port.
  writeFileSync(conf, `# Written by tests/e2e/hosts.mjs: the shipped deploy/ files on a loopback port.
${brotli ? `load_module ${NGINX_BROTLI};` : ''}
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${temp}/nginx.pid;
error_log stderr notice;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path ${temp}/client_body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    log_format hjulet escape=json '{"url":"$request_uri","headers":{"cache-control":"$http_cache_control"}}';
    access_log ${accessLog} hjulet;
    server {
        listen 127.0.0.1:${port} default_server;
        server_name _;
        root ${site};
        include ${join(DEPLOY, 'nginx.conf')};
        ${brotli ? `include ${join(DEPLOY, 'nginx-brotli.conf')};` : ''}
    }
}
`);
  // "start worker processes" comes after nginx listens on the port.
  const nginx = startProcess('/usr/sbin/nginx', ['-p', temp, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { ready: /start worker process/ });
  try {
    await nginx.started;
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return {
    name: 'nginx',
    origin: `http://127.0.0.1:${port}`,
    encoding: brotli ? 'br' : 'gzip',
    requests: async () => readLog(accessLog),
    setRoot: async (dir) => setRoot(dir),
    async close() {
      // SIGTERM: nginx's fast shutdown (the browser is gone; nothing is left to finish).
      await nginx.stop('SIGTERM');
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

async function startCaddy(dist) {
  const temp = mkdtempSync(join(tmpdir(), 'hjulet-caddy-'));
  const { site, setRoot } = siteLink(temp, dist);
  const port = await freePort();
  const accessLog = join(temp, 'access.log');
  const env = {
    // deploy/Caddyfile reads its site address and root from these, with a county's defaults.
    HJULET_SITE: `http://:${port}`,
    HJULET_ROOT: site,
    HOME: temp,
    XDG_CONFIG_HOME: join(temp, 'config'),
    XDG_DATA_HOME: join(temp, 'data'),
  };
  const caddyfile = join(temp, 'Caddyfile');
  writeFileSync(caddyfile, `# Written by tests/e2e/hosts.mjs: the shipped deploy/Caddyfile on a loopback port.
{
	auto_https off
	default_bind 127.0.0.1
	storage file_system ${join(temp, 'data')}
	grace_period 2s
}
import ${join(DEPLOY, 'Caddyfile')}
`);
  // Caddy's own adapter turns the Caddyfile into its JSON; to it the tests add only an access log
  // (a county's server logs what it chooses), which the Caddyfile can give only inside the site.
  const adapted = spawnSync('caddy', ['adapt', '--config', caddyfile, '--adapter', 'caddyfile'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (adapted.status !== 0) {
    rmSync(temp, { recursive: true, force: true });
    throw new Error(`caddy adapt: ${adapted.stderr}`);
  }
  const config = JSON.parse(adapted.stdout);
  // No admin endpoint, and no copy of the configuration saved in the home directory.
  config.admin = { disabled: true, config: { persist: false } };
  for (const server of Object.values(config.apps.http.servers)) server.logs = { default_logger_name: 'hjulet' };
  config.logging = {
    logs: {
      default: { exclude: ['http.log.access.hjulet'] },
      hjulet: { writer: { output: 'file', filename: accessLog, roll: false }, encoder: { format: 'json' }, include: ['http.log.access.hjulet'] },
    },
  };
  const json = join(temp, 'caddy.json');
  writeFileSync(json, JSON.stringify(config, null, 2));
  const caddy = startProcess('caddy', ['run', '--config', json], { env, cwd: temp, ready: /serving initial configuration/ });
  try {
    await caddy.started;
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const headerOf = (headers, name) => Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1]?.join(', ');
  return {
    name: 'caddy',
    origin: `http://127.0.0.1:${port}`,
    // Caddy has no brotli encoder of its own; it prefers zstd over gzip (deploy/Caddyfile).
    encoding: 'zstd',
    requests: async () =>
      readLog(accessLog).map(({ request }) => ({ url: request.uri, headers: { 'cache-control': headerOf(request.headers, 'cache-control') } })),
    setRoot: async (dir) => setRoot(dir),
    async close() {
      await caddy.stop('SIGTERM');
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
