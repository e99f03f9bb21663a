// Drives the explorer page of `graph view` in a real headless Chromium (Debian's `chromium`, through puppeteer-core;
// nothing downloads a browser): loads the page from file://, searches, clicks an entity, checks what is shown, opens a
// document, and saves a screenshot. Fails on any request other than the page itself (the page must work offline), on
// any script error, and on anything expected that is not shown.
//
//   node explorer-check.mjs --page graph.html --search TEXT --name "Entity Name" [--expect TEXT]... [--no-links-to PREFIX]...
//                           [--screenshot OUT.png]
//
// The browser is $CHROMIUM, else /usr/bin/chromium. Prints a JSON summary of what was shown; exit 0 ok, 1 a check
// failed, 2 usage.
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { need, usage } from "./rdf-common.mjs";

const puppeteer = (await need("puppeteer-core")).default;
const args = process.argv.slice(2);
let page, search, name, screenshot;
const expect = [];
const forbidden = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--page") page = args[++i];
  else if (a === "--search") search = args[++i];
  else if (a === "--name") name = args[++i];
  else if (a === "--expect") expect.push(args[++i]);
  else if (a === "--screenshot") screenshot = args[++i];
  else if (a === "--no-links-to") forbidden.push(args[++i]);
  else usage(`unknown argument ${a}`);
}
if (!page || !search || !name) usage("usage: node explorer-check.mjs --page graph.html --search TEXT --name NAME [--expect TEXT]... [--screenshot OUT.png]");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(executablePath)) usage(`no browser at ${executablePath}: install Debian's chromium (./test.sh does) or set $CHROMIUM`);

const problems = [];
const browser = await puppeteer.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const url = pathToFileURL(page).href;
  await tab.setRequestInterception(true);
  tab.on("request", (request) => {
    if (request.url() === url || request.url().startsWith(url + "#")) request.continue();
    else {
      problems.push(`the page fetched ${request.url()}; it must work offline`);
      request.abort();
    }
  });
  tab.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  tab.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });

  await tab.goto(url, { waitUntil: "load" });
  await tab.waitForSelector("#results li", { timeout: 10000 });
  const summary = await tab.$eval("#summary", (e) => e.textContent);
  const typeButtons = await tab.$$eval("#types button", (bs) => bs.map((b) => b.textContent.trim()));

  await tab.type("#search", search);
  const link = await tab.waitForFunction(
    (n) => [...document.querySelectorAll("#results a.entity-link")].find((a) => a.textContent === n),
    { timeout: 10000 }, name);
  await link.asElement().click();
  await tab.waitForFunction((n) => document.getElementById("entity-name")?.textContent === n, { timeout: 10000 }, name);
  const drawn = await tab.evaluate(() => ({ nodes: window.explorer.cy.nodes().length, edges: window.explorer.cy.edges().length }));
  if (drawn.nodes < 2) problems.push(`the neighbourhood of ${name} shows ${drawn.nodes} node(s)`);
  const details = await tab.$eval("#details", (e) => e.innerText);
  for (const text of expect) if (!details.includes(text)) problems.push(`the details of ${name} do not show "${text}"`);
  if (screenshot) await tab.screenshot({ path: screenshot, fullPage: false });

  // A document link opens the document: its title and its statements.
  const documentTitle = await tab.$eval("#details a.document-link", (a) => { a.click(); return a.textContent; });
  await tab.waitForFunction(() => document.querySelector("#details h2") && !document.getElementById("entity-name"), { timeout: 10000 });
  const documentHeading = await tab.$eval("#details h2", (e) => e.textContent);
  for (const prefix of forbidden) {
    const links = await tab.$$eval("a[href]", (as, p) => as.filter((a) => a.getAttribute("href").toLowerCase().startsWith(p)).length, prefix.toLowerCase());
    if (links > 0) problems.push(`the page links to a ${prefix} address`);
  }
  if (!documentTitle.startsWith(documentHeading)) problems.push(`clicking "${documentTitle}" showed "${documentHeading}"`);

  // Clicking a node of the drawing moves to that entity.
  const moved = await tab.evaluate((n) => {
    const other = window.explorer.cy.nodes().filter((x) => !x.hasClass("focus"))[0];
    if (!other) return null;
    other.emit("tap");
    return other.data("label");
  }, name);
  if (moved) {
    await tab.waitForFunction((m) => document.getElementById("entity-name")?.textContent === m, { timeout: 10000 }, moved).catch(() => problems.push(`tapping ${moved} did not show it`));
  }
  console.log(JSON.stringify({ summary, types: typeButtons, drawn, documentHeading, moved, expectShown: expect.length }, null, 1));
} finally {
  await browser.close();
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
