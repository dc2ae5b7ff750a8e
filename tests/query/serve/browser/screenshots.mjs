// The README's screenshots (docs/screenshots/), from a running server over
// the sample corpus:
//   annals-index --db /tmp/web.db corpus/news corpus/records
//   annals-query serve --db /tmp/web.db --port 8080 &
//   ANNALS_URL=http://127.0.0.1:8080/ node tests/query/serve/browser/screenshots.mjs docs/screenshots
import { join } from "node:path";
import { openBrowser } from "./chromium.mjs";

const base = process.env.ANNALS_URL || "http://127.0.0.1:8080/";
const out = process.argv[2] || "docs/screenshots";
const { page, close } = await openBrowser({ width: 1200, height: 900 });
const shots = [
  ["search.png", "#/search?q=" + encodeURIComponent("ERCP training"), ".hit"],
  ["person.png", "#/person/" + encodeURIComponent("Li Xun"), "svg.timeline"],
  ["year.png", "#/year/2019", "svg.calendar"],
];
for (const [file, hash, ready] of shots) {
  await page.goto(new URL(hash, base).href);
  await page.waitForSelector(ready);
  await page.screenshot({ path: join(out, file) });
  console.log(join(out, file));
}
await close();
