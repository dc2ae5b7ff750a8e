// The Annals search page: hash routes (#/search?q=..., #/person/NAME,
// #/year/2019) drawn from the JSON API. Every value from the archive goes
// into the page as text (textContent, setAttribute), never as HTML.
"use strict";

const DEFAULT_PAGE_SIZE = 10;
let pageSize = DEFAULT_PAGE_SIZE;  // hits a page; #/search?...&limit=N
const SVG_NS = "http://www.w3.org/2000/svg";
const ROLE_COLOURS = {
  chair: "#b45309", speaker: "#1d4ed8", official: "#6d28d9",
  organizer: "#047857", instructor: "#be123c",
  "visiting-professor": "#0e7490", trainee: "#4d7c0f",
};
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

// ---- Building the DOM --------------------------------------------------

// el("a", {href: "#/"}, "text", child...): strings become text nodes.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  return fill(node, attrs, children);
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  return fill(node, attrs, children);
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(child));
  }
  return node;
}

function countryName(code) {
  try {
    const name = regionNames.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch (e) {
    return code;
  }
}

// asTyped: no zero-hit correction (the words exactly as typed).
function searchHref(q, offset, sort, asTyped) {
  const params = new URLSearchParams({ q });
  if (offset) params.set("offset", offset);
  if (sort && sort !== "relevance") params.set("sort", sort);
  if (asTyped) params.set("correct", "0");
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set("limit", pageSize);
  return "#/search?" + params.toString();
}
const personHref = (name) => "#/person/" + encodeURIComponent(name);
const yearHref = (year) => "#/year/" + encodeURIComponent(year);

function show(title, ...children) {
  document.title = title ? `${title} — Annals` : "Annals";
  document.getElementById("main").replaceChildren(...children);
  fitLabels();
}

// Shortens each SVG label with data-room to that many units, once drawn.
function fitLabels() {
  for (const label of document.querySelectorAll("text[data-room]")) {
    const room = Number(label.getAttribute("data-room"));
    const full = label.textContent;
    let keep = full.length;
    while (keep > 1 && label.getComputedTextLength() > room) {
      keep = Math.floor(keep * 0.9);
      label.textContent = full.slice(0, keep) + "…";
    }
    if (keep < full.length) label.append(svg("title", {}, full));
  }
}

function errorBox(message) {
  return el("p", { class: "error", role: "alert" }, message);
}

// ---- The API -------------------------------------------------------------

async function api(path, params) {
  const response = await fetch(`/api/${path}?` + new URLSearchParams(params));
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`${response.status} ${response.statusText}`);
  }
  if (!response.ok || body.error) throw new Error(body.error || response.status);
  return body;
}

// ---- Dates and scales ----------------------------------------------------

// "2019-06-12" | "2019-06" | "2019" -> fractional year (2019.44).
function yearOf(date) {
  const [y, m = 7, d = 1] = (date || "").split("-").map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

function dayOfYear(date) {
  const [y, m = 7, d = 1] = date.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000;
}

// ---- Search --------------------------------------------------------------

// The snippet with each highlighted word in <mark>.
function highlighted(snippet, words) {
  const out = [];
  const terms = [...new Set(words.filter((w) => w.length > 0))];
  let rest = snippet;
  while (rest.length > 0) {
    let at = -1;
    let word = "";
    for (const term of terms) {
      const i = rest.indexOf(term);
      if (i >= 0 && (at < 0 || i < at || (i === at && term.length > word.length))) {
        at = i;
        word = term;
      }
    }
    if (at < 0) {
      out.push(rest);
      break;
    }
    if (at > 0) out.push(rest.slice(0, at));
    out.push(el("mark", {}, word));
    rest = rest.slice(at + word.length);
  }
  return out;
}

function hitItem(hit) {
  const meta = [hit.type, hit.date, hit.lang].filter(Boolean).join(" · ");
  return el("li", { class: "hit" },
    el("h3", { class: "hit-title", lang: hit.lang || null }, hit.title),
    el("p", { class: "meta" }, meta, " · ",
      el("a", { href: searchHref(`"${hit.title}"`) }, hit.id)),
    el("p", { class: "snippet", lang: hit.lang || null },
      highlighted(hit.snippet || "", hit.highlights || [])));
}

const FACET_LABELS = { year: "Year", country: "Country", type: "Type" };

function facetPanel(q, facets) {
  const panel = el("aside", { class: "facets", "aria-label": "Refine" });
  for (const name of Object.keys(FACET_LABELS)) {
    const counts = Object.entries((facets || {})[name] || {});
    if (counts.length === 0) continue;
    if (name !== "year") counts.sort((a, b) => b[1] - a[1]);
    const items = counts.map(([value, count]) => {
      const label = name === "country" ? countryName(value) : value;
      return el("li", {},
        el("a", { href: searchHref(`${q} ${name}:${value}`), class: "facet",
                  "data-facet": `${name}:${value}` }, label),
        " ", el("span", { class: "count" }, String(count)));
    });
    panel.append(el("section", {}, el("h4", {}, FACET_LABELS[name]),
      el("ul", {}, items)));
  }
  return panel;
}

function pager(q, offset, sort, total) {
  const nav = el("nav", { class: "pager", "aria-label": "Pages" });
  if (offset > 0) {
    nav.append(el("a", { href: searchHref(q, Math.max(0, offset - pageSize), sort),
                         rel: "prev" }, "← Previous"));
  }
  nav.append(el("span", {}, `${offset + 1}–${Math.min(offset + pageSize, total)} of ${total}`));
  if (offset + pageSize < total) {
    nav.append(el("a", { href: searchHref(q, offset + pageSize, sort), rel: "next" },
      "Next →"));
  }
  return nav;
}

async function searchPage(params) {
  const q = params.get("q") || "";
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const sort = params.get("sort") === "date" ? "date" : "relevance";
  const correct = params.get("correct") === "0" ? 0 : 1;
  const limit = parseInt(params.get("limit") || "", 10);
  pageSize = limit >= 1 && limit <= 100 ? limit : DEFAULT_PAGE_SIZE;
  document.getElementById("q").value = q;
  if (!q.trim()) return homePage();
  show(q, el("p", { class: "loading" }, "Searching…"));
  let result;
  try {
    result = await api("search", { q, limit: pageSize, offset, sort, facets: 1, correct });
  } catch (e) {
    return show(q, errorBox(e.message));
  }
  const head = el("div", { class: "summary" },
    el("span", { id: "total" }, `${result.total_exact ? "" : "about "}${result.total} found`), " · sort by ",
    sort === "date" ? el("a", { href: searchHref(q, 0) }, "relevance") : "relevance",
    " | ",
    sort === "date" ? "date" : el("a", { href: searchHref(q, 0, "date") }, "date"));
  const parts = [head];
  if (result.corrected) {
    parts.push(el("p", { class: "corrected" }, "Showing results for ",
      el("strong", {}, result.corrected), ` (no match for ${q}) · `,
      el("a", { href: searchHref(q, 0, sort, true), class: "as-typed" },
        `search for ${q} as typed`)));
  }
  if (result.suggestion) {
    parts.push(el("p", { class: "suggestion" }, "Did you mean ",
      el("a", { href: searchHref(result.suggestion) }, result.suggestion), "?"));
  }
  const list = el("ol", { class: "hits", start: offset + 1 }, result.hits.map(hitItem));
  const body = el("div", { class: "results" }, list);
  if (result.total > pageSize) body.append(pager(q, offset, sort, result.total));
  parts.push(el("div", { class: "layout" }, facetPanel(q, result.facets), body));
  show(q, ...parts);
}

// ---- Charts --------------------------------------------------------------

// Horizontal bars: rows of [label, value, href?].
function barChart(rows, caption) {
  const width = 720, row = 26, labelWidth = 200;
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${rows.length * row + 4}`,
                             class: "chart", role: "img", "aria-label": caption });
  rows.forEach(([label, value, href], i) => {
    const y = i * row + 2;
    const bar = ((width - labelWidth - 50) * value) / max;
    const text = svg("text", { x: labelWidth - 8, y: y + 16, "text-anchor": "end" }, label);
    chart.append(href ? svg("a", { href }, text) : text,
      svg("rect", { x: labelWidth, y: y + 3, width: Math.max(bar, 2), height: row - 8,
                    class: "bar" }),
      svg("text", { x: labelWidth + bar + 6, y: y + 16, class: "value" }, String(value)));
  });
  return el("figure", {}, chart, el("figcaption", {}, caption));
}

// Events of one person along the years: a row per event, a dot per role.
function timeline(events) {
  const width = 720, row = 30, top = 34, left = 20, right = 20;
  const years = events.map((e) => yearOf(e.date)).filter((y) => !isNaN(y));
  if (!years.length) years.push(new Date().getFullYear());
  const first = Math.floor(Math.min(...years)), last = Math.floor(Math.max(...years)) + 1;
  const x = (date) => {
    const at = isNaN(yearOf(date)) ? first : yearOf(date);
    return left + ((at - first) / (last - first)) * (width - left - right);
  };
  const height = top + events.length * row + 10;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart timeline",
                             role: "img", "aria-label": "Timeline" });
  for (let year = first; year <= last; ++year) {
    const at = left + ((year - first) / (last - first)) * (width - left - right);
    chart.append(svg("line", { x1: at, x2: at, y1: top - 12, y2: height, class: "tick" }),
      svg("text", { x: at, y: 16, "text-anchor": "middle", class: "year" }, String(year)));
  }
  events.forEach((event, i) => {
    const cx = x(event.date), cy = top + i * row + row / 2;
    const roles = event.roles.length ? event.roles : ["mentioned"];
    roles.forEach((role, k) => {
      chart.append(svg("circle", { cx: cx + k * 11, cy, r: 6,
        fill: ROLE_COLOURS[role] || "#6b7280", class: "role" },
        svg("title", {}, role)));
    });
    const leftSide = cx > width / 2;
    const at = leftSide ? cx - 10 : cx + roles.length * 11 + 4;
    chart.append(svg("text", { x: at, y: cy + 4, "text-anchor": leftSide ? "end" : "start",
      class: "label", "data-room": leftSide ? at - 2 : width - at - 2 },
      [event.date, event.title].filter(Boolean).join(" ")));
  });
  const legend = el("ul", { class: "legend" });
  const used = new Set(events.flatMap((e) => e.roles));
  for (const role of used) {
    legend.append(el("li", {}, svg("svg", { viewBox: "0 0 12 12", class: "swatch" },
      svg("circle", { cx: 6, cy: 6, r: 6, fill: ROLE_COLOURS[role] || "#6b7280" })), role));
  }
  return el("figure", {}, chart, legend);
}

// Courses of a year on a strip of twelve months.
function calendarStrip(year, events) {
  const width = 720, height = 92, left = 10, right = 10;
  const span = width - left - right;
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86400000;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart calendar",
                             role: "img", "aria-label": `Courses of ${year}` });
  for (let m = 0; m < 12; ++m) {
    const x = left + (dayOfYear(`${year}-${m + 1}-1`) / days) * span;
    const w = (new Date(Date.UTC(year, m + 1, 0)).getUTCDate() / days) * span;
    const name = new Date(Date.UTC(year, m, 1)).toLocaleString("en", { month: "short",
                                                                      timeZone: "UTC" });
    chart.append(svg("rect", { x, y: 24, width: w, height: 40, class: m % 2 ? "month odd" : "month" }),
      svg("text", { x: x + w / 2, y: 16, "text-anchor": "middle", class: "year" }, name));
  }
  events.forEach((event, i) => {
    const x = left + (dayOfYear(event.date) / days) * span;
    const mark = svg("g", { class: "course" },
      svg("title", {}, `${event.date} ${event.title}`),
      svg("line", { x1: x, x2: x, y1: 24, y2: 64 }),
      svg("circle", { cx: x, cy: 76, r: 9 }),
      svg("text", { x, y: 80, "text-anchor": "middle" }, String(i + 1)));
    chart.append(mark);
  });
  return el("figure", {}, chart);
}

// ---- Person and year pages ----------------------------------------------

function docList(docs) {
  return el("ul", { class: "docs" }, docs.map((doc) => el("li", {},
    el("a", { href: searchHref(`"${doc.title}"`), lang: doc.lang || null }, doc.title),
    el("span", { class: "meta" }, ` ${doc.type}`))));
}

function candidatesView(answer) {
  return [el("h2", {}, `“${answer.query}” may be several people`),
    answer.note ? el("p", { class: "meta note" }, answer.note) : null,
    el("ul", { class: "candidates" }, answer.candidates.map((c) => el("li", {},
      el("a", { href: personHref(c.query || c.name), class: "candidate" }, c.name),
      ` — ${c.aliases.join(" · ")}`,
      c.countries.length ? ` · ${c.countries.map(countryName).join(", ")}` : "",
      c.description ? el("div", { class: "meta" }, c.description) : null,
      el("div", { class: "meta" }, `${c.documents} document(s)`))))];
}

// The newest events of a person (the API's default page), or all of them.
async function personPage(name, all) {
  document.getElementById("q").value = `person:"${name}"`;
  show(name, el("p", { class: "loading" }, "Looking up…"));
  let answer;
  try {
    answer = await api("person", all ? { name, limit: 0 } : { name });
  } catch (e) {
    return show(name, errorBox(e.message));
  }
  if (answer.candidates.length) return show(name, ...candidatesView(answer));
  if (!answer.events.length) return show(name, el("p", {}, `Nobody called “${name}” was found.`));
  const person = answer.person;
  const talks = answer.events.flatMap((e) => e.talks.map((t) => [e.date, t]));
  show(person.name,
    el("h2", { class: "person-name" }, person.name),
    // How the name was found when not as typed ("by pronunciation: 李汛").
    answer.note ? el("p", { class: "meta note" }, answer.note) : null,
    // A line only for what is known: no empty "Countries:" for a person
    // whose country no document gives.
    (person.aliases || []).length ? el("p", { class: "aliases" }, "Also written: ",
      person.aliases.map((a, i) => [i ? " · " : "", el("span", { class: "alias" }, a)])) : null,
    (person.countries || []).length ? el("p", { class: "countries" }, "Countries: ",
      person.countries.filter(Boolean).map(countryName).join(", ")) : null,
    answer.older ? el("p", { class: "meta older" },
      `The ${answer.events.length} newest events (${answer.documents} documents match the name). `,
      el("a", { href: personHref(name) + "?all" }, "Show every event")) : null,
    timeline(answer.events),
    el("h3", {}, "Talks"),
    talks.length
      ? el("ul", { class: "talks" }, talks.map(([date, t]) => el("li", {},
          el("span", { class: "meta" }, date + " "), t)))
      : el("p", { class: "meta" }, "No talk recorded."),
    el("h3", {}, "Events"),
    el("ol", { class: "events" }, answer.events.map((e) => el("li", {},
      el("strong", {}, e.title), el("div", { class: "meta" },
        [e.date, e.city, e.roles.join(", "), e.affiliation].filter(Boolean).join(" · ")),
      docList(e.docs)))));
}

async function yearPage(text) {
  const year = parseInt(text, 10);
  document.getElementById("q").value = `year:${text}`;
  show(text, el("p", { class: "loading" }, "Loading…"));
  let answer;
  try {
    answer = await api("year", { y: text });
  } catch (e) {
    return show(text, errorBox(e.message));
  }
  const nav = el("nav", { class: "pager" },
    el("a", { href: yearHref(year - 1), rel: "prev" }, `← ${year - 1}`),
    el("strong", {}, String(year)),
    el("a", { href: yearHref(year + 1), rel: "next" }, `${year + 1} →`));
  if (!answer.events.length) return show(text, nav, el("p", {}, `No course found in ${year}.`));
  const trainees = Object.entries(answer.trainees).sort((a, b) => b[1] - a[1])
    .map(([code, count]) => [countryName(code), count]);
  show(String(year), nav,
    el("h2", {}, `Courses in ${year}`),
    calendarStrip(year, answer.events),
    el("ol", { class: "events" }, answer.events.map((e) => el("li", {},
      el("strong", {}, e.title),
      el("div", { class: "meta" },
        [e.date, e.city, e.country && countryName(e.country)].filter(Boolean).join(" · ")),
      e.people.length ? el("div", { class: "people" }, e.people.map((p, i) => [i ? "; " : "",
        el("a", { href: personHref(p.replace(/ \(.*\)$/, "")) }, p)])) : null,
      docList(e.docs)))),
    trainees.length ? barChart(trainees, `Trainees by country, ${year}`) : null);
}

async function homePage() {
  document.getElementById("q").value = "";
  show("", el("p", { class: "loading" }, "Loading…"));
  let stats;
  try {
    stats = await api("stats", {});
  } catch (e) {
    return show("", errorBox(e.message));
  }
  const years = Object.entries(stats.year || {}).map(([y, n]) => [y, n, yearHref(y)]);
  show("",
    el("h2", {}, `${stats.documents} documents`),
    years.length ? barChart(years, "Documents by event year (click a year)") : null,
    el("h3", {}, "People most mentioned"),
    el("ul", { class: "people" }, (stats.top_people || []).map((p) => el("li", {},
      el("a", { href: personHref(p.query || p.name) }, p.name), ` (${p.documents})`))),
    el("h3", {}, "Topics most covered"),
    el("ul", { class: "topics" }, (stats.top_topics || []).map((t) => el("li", {},
      el("a", { href: searchHref(`topic:"${t.name}"`) }, t.name), ` (${t.documents})`))));
}

// ---- Routing -------------------------------------------------------------

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  if (parts[0] === "search") return searchPage(new URLSearchParams(query));
  if (parts[0] === "person" && parts[1]) {
    return personPage(parts.slice(1).join("/"), new URLSearchParams(query).has("all"));
  }
  if (parts[0] === "year" && parts[1]) return yearPage(parts[1]);
  return homePage();
}

// A link or a browser's search engine asks /?q=...&sort=date&year=2019: the
// same page as the search route, with year: added to the query.
function searchFromAddress() {
  const params = new URLSearchParams(location.search);
  let q = (params.get("q") || "").trim();
  const year = (params.get("year") || "").trim();
  if (/^\d{4}(\.\.(\d{4})?)?$/.test(year)) q = `${q} year:${year}`.trim();
  if (!params.has("q") && !params.has("year")) return;
  history.replaceState(null, "", "/" + (q ? searchHref(q, 0, params.get("sort")) : "#/"));
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  location.hash = q ? searchHref(q) : "#/";
});
window.addEventListener("hashchange", route);
searchFromAddress();
route();
