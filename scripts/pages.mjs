// Which HTML page the host serves for a path. The app is two pages, each with its own wasm
// (`Page` in src/routes.rs): the meeting's paths get the meeting page, every other path the
// child's. A real host needs the same two rewrite rules (see the README); deploy/ holds them for
// nginx, Caddy and IIS, and tests/build/deploy.test.mjs checks that they say what this file says.
export const MEETING_PAGE = '/meeting-app/index.html';
export const MEETING_PATHS = ['/meeting', '/classroom'];
export const CHILD_PAGE = '/index.html';

export function pageFor(pathname) {
  const isMeeting = MEETING_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  return isMeeting ? MEETING_PAGE : CHILD_PAGE;
}

// A path whose last part has a file extension other than .html names a file: when there is no such
// file the answer is a 404, never a page (a page taken for a missing script, wasm or locale would
// break the app, the service worker too). Written without look-ahead so that the very same
// expression works in nginx (PCRE), Caddy (Go's RE2) and IIS (.NET): the extension is anything
// but exactly "html", spelled out letter by letter.
export const NOT_A_PAGE = /[^/]\.([^/.h][^/.]*|h([^/.t][^/.]*)?|ht([^/.m][^/.]*)?|htm([^/.l][^/.]*)?|html[^/.]+)?$/;
