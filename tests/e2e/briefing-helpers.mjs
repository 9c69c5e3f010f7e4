// Helpers shared by the briefing end-to-end tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The script is read here from the file, not from the app, so the order is checked independently.
export const defaultScript = JSON.parse(
  readFileSync(join(process.cwd(), 'data', 'briefings', 'default.json'), 'utf8'),
);
export const titles = defaultScript.scenes.map((s) => s.title_zh);

export async function heading(page) {
  const h = page.locator('.briefing h2');
  await h.waitFor({ timeout: 30000 });
  return h.textContent();
}

export async function waitForHeading(page, text, timeout = 30000) {
  await page.waitForFunction(
    (t) => document.querySelector('.briefing h2')?.textContent === t,
    text,
    { timeout },
  );
}

/** The URL hash's map view as [zoom, lat, lng]. */
export const hashView = (page) =>
  (new URL(page.url()).hash.match(/map=([^&]+)/)?.[1] ?? '').split('/').map(Number);

/**
 * Waits for the scene's flight to land: the hash is written on moveend only, so it holds the old
 * view until then. Returns the view it landed on (or the last one seen, for the message).
 */
export async function landedView(page, [zoom, lat, lng]) {
  for (let i = 0; i < 120; i++) {
    const v = hashView(page);
    if (Math.abs(v[0] - zoom) < 0.02 && Math.abs(v[1] - lat) < 1e-4 && Math.abs(v[2] - lng) < 1e-4)
      return v;
    await page.waitForTimeout(500);
  }
  return hashView(page);
}
