// Which HTML page the host serves for a path. The app is two pages, each with its own wasm
// (`Page` in src/routes.rs): the meeting's paths get the meeting page, every other path the
// child's. A real host needs the same two rewrite rules (see the README).
export const MEETING_PAGE = '/meeting-app/index.html';
export const MEETING_PATHS = ['/meeting', '/classroom'];
export const CHILD_PAGE = '/index.html';

export function pageFor(pathname) {
  const isMeeting = MEETING_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  return isMeeting ? MEETING_PAGE : CHILD_PAGE;
}
