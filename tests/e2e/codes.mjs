// The QR codes a page shows in its codes box, read off the page and made into a video for
// Chromium's fake camera: how the e2e tests carry the app's own codes from one browser to another.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, startApp } from './harness.mjs';

/** The codes the open box shows, frame by frame, until `count` different frames are seen. */
export async function collectCodes(page, count) {
  const frames = new Map();
  while (frames.size < count) {
    const seen = [...frames.keys()];
    const frame = await page.waitForFunction((seen) => {
      const svg = document.querySelector('svg.codes-picture');
      if (!svg || seen.includes(svg.dataset.frame)) return null;
      return { index: svg.dataset.frame, viewBox: svg.getAttribute('viewBox'), path: svg.querySelector('path').getAttribute('d') };
    }, seen);
    const { index, viewBox, path } = await frame.jsonValue();
    frames.set(index, { side: Number(viewBox.split(' ')[2]), path });
  }
  return frames;
}

/** A code's dark modules from the SVG path the page drew ("M{x} {y}h{run}v1h-{run}z" …). */
function modules({ side, path }) {
  const dark = Array.from({ length: side }, () => new Uint8Array(side));
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) dark[Number(y)][Number(x) + i] = 1;
  }
  return dark;
}

const WIDTH = 640;
const HEIGHT = 480;

/** A raw YUV4MPEG2 video (what Chromium's fake camera plays, in a loop): each code for `repeat` frames. */
export function y4m(codes, repeat) {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const code of codes) {
    const dark = modules(code);
    const scale = Math.floor((HEIGHT - 40) / code.side);
    const left = Math.floor((WIDTH - code.side * scale) / 2);
    const top = Math.floor((HEIGHT - code.side * scale) / 2);
    const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
    for (let y = 0; y < code.side * scale; y++) {
      for (let x = 0; x < code.side * scale; x++) {
        if (dark[Math.floor(y / scale)][Math.floor(x / scale)]) luma[(top + y) * WIDTH + left + x] = 16;
      }
    }
    for (let r = 0; r < repeat; r++) parts.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  return Buffer.concat(parts);
}


const CAMERA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** A Chromium whose camera shows `frames` (out of order, never frame 0: the fountain code must make up), in a loop. */
export async function appWithCameraShowing(frames, name) {
  const order = [...frames.keys()].filter((index) => index !== '0').reverse();
  const video = join(ARTIFACTS, name);
  writeFileSync(video, y4m(order.map((index) => frames.get(index)), 4));
  return startApp({ args: [...CAMERA, `--use-file-for-fake-video-capture=${video}`] });
}
