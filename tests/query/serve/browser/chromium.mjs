// Headless Chromium (Debian's /usr/bin/chromium, or $ANNALS_CHROMIUM) in a
// throw-away profile, quiet on the network: the browser of the page tests
// and of the README's screenshots.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

// Returns { page, close }; close() ends the browser and deletes the profile.
export async function openBrowser(viewport) {
  const profile = mkdtempSync(join(tmpdir(), "annals-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.ANNALS_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
    viewport,
  });
  const page = context.pages()[0] || (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
