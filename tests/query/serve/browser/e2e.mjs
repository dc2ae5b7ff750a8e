// The search page in headless Chromium, against a running `annals-query
// serve` over the test fixtures (tools/web-test sets ANNALS_URL). Prints one
// line per test and "N passed, N failed"; exits 1 when any failed.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openBrowser } from "./chromium.mjs";

const base = process.env.ANNALS_URL || "http://127.0.0.1:8080/";
const shots = process.env.ANNALS_SCREENSHOT_DIR || join(tmpdir(), "annals-shots");
mkdirSync(shots, { recursive: true });

const { page, close } = await openBrowser({ width: 1200, height: 860 });
page.setDefaultTimeout(10000);

// Anything that went wrong in the page itself: script errors, CSP
// violations, alert() from injected markup.
const problems = [];
page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
page.on("console", (message) => {
  if (message.type() === "error") problems.push(`console: ${message.text()}`);
});
page.on("dialog", async (dialog) => {
  problems.push(`dialog: ${dialog.message()}`);
  await dialog.dismiss();
});

// A fresh load of the page at `hash` (a hash-only change would keep the
// previous view on screen until the new one is drawn).
async function go(hash) {
  await page.goto("about:blank");
  await page.goto(new URL(hash, base).href);
}

async function search(q) {
  await page.fill("#q", q);
  await page.press("#q", "Enter");
  await page.waitForSelector("#total, .error");
}

const texts = (selector) => page.locator(selector).allTextContents();

const tests = [];
const test = (name, body) => tests.push({ name, body });

test("the home page shows the archive's counts and years", async () => {
  await go("/");
  await page.waitForSelector("h2");
  assert.match(await page.textContent("h2"), /^\d+ documents$/);
  assert.ok((await page.locator("svg.chart rect.bar").count()) > 0);
});

test("a search shows hits with highlighted words and facets", async () => {
  await go("/");
  await search("ERCP");
  assert.match(await page.textContent("#total"), /^[1-9]\d* found$/);
  assert.ok((await page.locator(".hit").count()) > 0);
  assert.ok((await texts(".hit mark")).some((t) => /ERCP|ЭРХПГ/i.test(t)));
  assert.ok((await page.locator("a.facet").count()) > 0);
  await page.screenshot({ path: join(shots, "search.png"), fullPage: true });
});

test("clicking a facet appends it to the query and filters", async () => {
  await go("#/search?q=ERCP");
  await page.waitForSelector("#total");
  const before = parseInt(await page.textContent("#total"), 10);
  await page.click('a.facet[data-facet="year:2019"]');
  await page.waitForFunction(() => document.getElementById("q").value === "ERCP year:2019");
  await page.waitForSelector("#total");
  const after = parseInt(await page.textContent("#total"), 10);
  assert.ok(after > 0 && after < before, `${after} of ${before}`);
  for (const meta of await texts(".hit .meta")) assert.match(meta, /2019/);
  await page.click('a.facet[data-facet="country:TH"]');
  await page.waitForFunction(() => /country:TH$/.test(document.getElementById("q").value));
});

test("Chinese, Russian and Thai queries find their documents", async () => {
  for (const [q, title] of [["李汛", /兰州|Lanzhou/], ["ЭРХПГ", /Казани|Kazan/],
                            ["กรุงเทพ", /กรุงเทพ/]]) {
    await go("#/search?q=" + encodeURIComponent(q));
    await page.waitForSelector("#total");
    assert.ok((await texts(".hit-title")).some((t) => title.test(t)), q);
  }
});

test("paging moves through the hits", async () => {
  await go("#/search?q=ERCP&limit=2");
  await page.waitForSelector(".pager a[rel=next]");
  const first = await texts(".hit-title");
  await page.click(".pager a[rel=next]");
  await page.waitForSelector(".pager a[rel=prev]");
  const second = await texts(".hit-title");
  assert.equal(second.length, 2);
  assert.notDeepEqual(first, second);
});

test("a misspelt word without match shows its correction's results", async () => {
  await go("#/search?q=ERCPP");
  await page.waitForSelector(".corrected");
  assert.match(await page.textContent(".corrected"), /Showing results for ercp \(no match for ERCPP\)/);
  await page.waitForSelector(".hit");
  await page.click(".corrected a.as-typed");
  await page.waitForFunction(() => location.hash.includes("correct=0"));
  await page.waitForSelector(".suggestion a");
  assert.equal(await page.locator(".hit").count(), 0);
  await page.click(".suggestion a");
  await page.waitForFunction(() => document.getElementById("q").value === "ercp");
  await page.waitForSelector(".hit");
});

test("a query syntax error is shown as a message", async () => {
  await go("#/search?q=" + encodeURIComponent('"Li Xun'));
  await page.waitForSelector(".error");
  assert.match(await page.textContent(".error"), /unbalanced quote/);
  problems.length = 0;  // the 400 answer is logged by Chromium: expected
});

test("a person's timeline shows events, roles, aliases and talks", async () => {
  await go("#/person/" + encodeURIComponent("Li Xun"));
  await page.waitForSelector("svg.timeline");
  assert.equal(await page.textContent(".person-name"), "Li Xun");
  assert.ok((await texts(".alias")).includes("李汛"));
  assert.ok((await page.locator("svg.timeline circle.role").count()) >= 1);
  assert.ok((await texts(".legend li")).includes("chair"));
  assert.ok((await texts(".talks li")).some((t) => t.includes("胆总管结石的内镜治疗")));
  await page.screenshot({ path: join(shots, "person.png"), fullPage: true });
});

test("a person without a known country shows no empty or null line", async () => {
  await go("#/person/" + encodeURIComponent("สมชาย ใจดี"));
  await page.waitForSelector("svg.timeline");
  assert.equal(await page.textContent(".person-name"), "สมชาย ใจดี");
  assert.equal(await page.locator(".countries").count(), 0);
  const text = await page.textContent("main");
  assert.ok(!/\bnull\b|\bundefined\b|Countries:/.test(text), text);
});

test("an ambiguous name lists the candidates", async () => {
  await go("#/person/" + encodeURIComponent("Ma Lin"));
  await page.waitForSelector(".candidate");
  const names = await texts(".candidate");
  assert.ok(names.includes("马林") && names.includes("马琳"), names.join(","));
});

test("a year page draws courses on a strip and trainees as bars", async () => {
  await go("#/year/2019");
  await page.waitForSelector("svg.calendar");
  assert.ok((await page.locator("svg.calendar g.course").count()) >= 1);
  assert.ok((await page.locator("svg.chart rect.bar").count()) >= 1);
  await page.screenshot({ path: join(shots, "year.png"), fullPage: true });
});

test("a title made of markup is shown as text", async () => {
  await go("#/search?q=alert");
  await page.waitForSelector(".hit-title");
  assert.equal(await page.textContent(".hit-title"), "<script>alert(1)</script>");
  assert.equal(await page.locator("main script, main img").count(), 0);
  assert.ok((await page.textContent(".snippet")).includes("onerror=alert(2)>"));
});

test("the page fits a phone-width screen", async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  await go("#/search?q=ERCP");
  await page.waitForSelector(".hit");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 376, `page is ${width}px wide`);
  await page.screenshot({ path: join(shots, "phone.png"), fullPage: true });
  await go("#/person/" + encodeURIComponent("Li Xun"));
  await page.waitForSelector("svg.timeline");
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 376);
  await page.setViewportSize({ width: 1200, height: 860 });
});

test("/?q= opens the results as the search route does", async () => {
  await page.goto("about:blank");
  await page.goto(new URL("/?q=ERCP&year=2019&sort=date", base).href);
  await page.waitForSelector("#total");
  assert.equal(await page.inputValue("#q"), "ERCP year:2019");
  assert.match(page.url(), /#\/search\?q=ERCP\+year%3A2019&sort=date$/);
  assert.ok((await page.locator(".hit").count()) > 0);
  for (const meta of await texts(".hit .meta")) assert.match(meta, /2019/);
});

test("the page links an OpenSearch description of /?q=", async () => {
  await go("/");
  const href = await page.getAttribute('link[rel="search"]', "href");
  const response = await fetch(new URL(href, base));
  assert.equal(response.status, 200);
  const origin = new URL(base).origin;
  assert.ok((await response.text()).includes(`template="${origin}/?q={searchTerms}"`));
});

// Each glyph of `text` drawn alone on a canvas in `element`'s fonts: a font
// that lacks the script draws every character as the same box, the one an
// unassigned code point (U+0378) gets.
async function glyphReport(selector, script) {
  return page.evaluate(([selector, script]) => {
    const pattern = new RegExp(`\\p{Script=${script}}`, "u");
    const element = [...document.querySelectorAll(selector)]
      .find((e) => pattern.test(e.textContent));
    if (!element) return { error: `no ${script} text in ${selector}` };
    const range = document.createRange();
    range.selectNodeContents(element);
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 64;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.font = `48px ${getComputedStyle(element).fontFamily}`;
    const draw = (character) => {
      context.clearRect(0, 0, 64, 64);
      context.fillText(character, 4, 52);
      return context.getImageData(0, 0, 64, 64).data.join(",");
    };
    const characters = [...new Set([...element.textContent].filter((c) => pattern.test(c)))];
    const box = draw("\u0378");
    const drawn = characters.slice(0, 6).map(draw);
    return {
      text: element.textContent,
      width: range.getBoundingClientRect().width,
      boxes: drawn.filter((bitmap) => bitmap === box).length,
      distinct: new Set(drawn).size,
      checked: drawn.length,
    };
  }, [selector, script]);
}

test("Chinese and Thai titles render glyphs, not empty boxes", async () => {
  for (const [q, script] of [["李汛", "Han"], ["กรุงเทพ", "Thai"]]) {
    await go("#/search?q=" + encodeURIComponent(q));
    await page.waitForSelector(".hit-title");
    const report = await glyphReport(".hit-title", script);
    assert.ok(!report.error, report.error);
    assert.ok(report.width > 0, `${report.text}: no width`);
    assert.ok(report.checked >= 2, `${report.text}: too few characters`);
    assert.equal(report.boxes, 0, `${report.text}: drawn as boxes (no ${script} font?)`);
    assert.equal(report.distinct, report.checked, `${report.text}: glyphs alike`);
  }
  await go("#/search?q=" + encodeURIComponent("李汛"));
  await page.waitForSelector(".hit-title");
  await page.screenshot({ path: join(shots, "chinese.png"), fullPage: true });
});

let passed = 0;
let failed = 0;
for (const { name, body } of tests) {
  problems.length = 0;
  try {
    await body();
    assert.deepEqual(problems, [], "problems in the page");
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error.message).split("\n").join("\n  ")}`);
    await page.screenshot({ path: join(shots, `failed-${failed}.png`) }).catch(() => {});
  }
}
await close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
