// Loads the site in headless Chromium (the system browser, driven by playwright-core) and checks that
// it hydrates, navigates client-side, has no console errors, no Content-Security-Policy violation and no
// axe WCAG 2.1 A/AA violations.
//   BASE_URL=http://localhost:8080 node scripts/browser-check.mjs
//   PAGES="/ /agenda/<id>" to choose the pages audited; STUB_BFF=1 answers /bff/user in the browser
//   when the web-ui runs without the gateway.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const PAGES = (process.env.PAGES ?? "/ /cooperative /entrepreneurs /agenda /contact /intranet")
  .split(/\s+/)
  .filter(Boolean);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
const failures = [];
try {
  // axe needs a page of an explicit context
  const context = await browser.newContext();
  // a script or style refused by the policy is reported as a console error
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} refused ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => {
    // a page audited on purpose for its 404 status logs its own document load: not an error of the app
    const ownDocument = m.text().startsWith("Failed to load resource") && m.location().url === page.url();
    if (m.type() === "error" && !ownDocument) errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e}`));
  if (process.env.STUB_BFF) {
    await page.route("**/bff/user", (r) => r.fulfill({ json: { authenticated: false } }));
  }

  await page.goto(`${BASE_URL}/`, { waitUntil: "networkidle" });
  // The header's session link only exists once React has hydrated and asked /bff/user.
  const session = page.locator(".user-menu a");
  await session.waitFor({ timeout: 10_000 });
  console.log(`hydrated: the header shows "${(await session.textContent()).trim()}"`);

  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.textContent);
  if (first !== "Aller au contenu principal") failures.push(`first Tab stop is "${first}", not the skip link`);

  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await nav.getByRole("link", { name: "Agenda" }).click();
  await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
  await nav.getByRole("link", { name: "Entrepreneurs" }).click();
  await page.getByRole("heading", { level: 1, name: "Les entrepreneurs" }).waitFor();
  console.log("client-side navigation to /agenda and /entrepreneurs works");

  for (const path of PAGES) {
    await page.goto(BASE_URL + path, { waitUntil: "networkidle" });
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    for (const v of violations) {
      failures.push(
        `axe ${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    }
    console.log(`axe ${path}: ${violations.length} violation(s)`);
  }

  if (errors.length) failures.push(`console errors:\n  ${errors.join("\n  ")}`);
} catch (e) {
  failures.push(String(e));
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`FAILED\n${failures.join("\n")}`);
  process.exit(1);
}
console.log("browser check passed");
