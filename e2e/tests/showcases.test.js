// Journey of a showcase, in the browser through the gateway:
// - Marie (marie.entrepreneur) opens « Ma vitrine », changes her tagline, adds a photo with the upload widget (its
//   progress shown), describes it, and proposes the showcase; the preview shows the photo.
// - Lucas (lucas.coach, her coach) finds it in « Vitrines à valider », reads the preview and validates it.
// - A visitor opens the showcase's public page and sees the new tagline and the photo, served in WebP with a fallback.
// - What search engines read of it: canonical, Open Graph and Twitter card with the first photo, JSON-LD, its pages
//   in the sitemap with lastmod, and the directory refined by antenna kept out of the index.
// Each page is checked with axe (WCAG 2.1 A and AA) and for script errors. The journey can run again on the same
// data: it writes a tagline and a photo description of its own run, and Marie first removes the photo an earlier run
// added (a showcase holds 12 photos a page); a showcase left waiting by an interrupted run is sent back to her first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { deflateSync } from "node:zlib";
import {
  assertAccessible,
  assertNoPageErrors,
  BASE_URL,
  closeJourney,
  launchBrowser,
  logOut,
  membersApi,
  sessionOf,
} from "./support.js";

const MARIE = "marie.entrepreneur";
const LUCAS = "lucas.coach";
const RUN = new Date().toISOString().slice(0, 19).replace("T", " ");
const TAGLINE = `Des créations faites main, sur mesure (mise à jour du ${RUN})`;
const ALT_START = "Un établi couvert de copeaux";
const ALT = `${ALT_START}, photographié le ${RUN}`;

let browser;
const sessions = [];
let showcase;

before(async () => {
  browser = await launchBrowser();
  // an earlier run stopped while the showcase waited for Lucas: send it back to Marie, so she can write again
  let mine = await membersApi(MARIE, "GET", "/api/members/me/showcase");
  assert.equal(mine.status, 200, "Marie has a showcase (demo data)");
  if (mine.body.state === "SUBMITTED") {
    const back = await membersApi(LUCAS, "POST", `/api/members/showcases/${mine.body.id}/reject`, {
      reason: "Parcours de test interrompu : la vitrine revient à son autrice.",
    });
    assert.equal(back.status, 200, "the waiting showcase is sent back");
    mine = await membersApi(MARIE, "GET", "/api/members/me/showcase");
  }
  showcase = mine.body;
});
after(async () => {
  await closeJourney({ browser, sessions });
});

const session = (username) => sessionOf(browser, sessions, username);

/** The picture described `alt` is loaded and drawn (pictures load lazily, once scrolled into view). */
async function shown(page, alt) {
  await page.waitForFunction((text) => {
    const img = [...document.images].find((i) => i.alt === text);
    return img?.complete && img.naturalWidth > 0;
  }, alt);
}

/** A real photo-like PNG (an RGB gradient), made here so that the journey needs no file of its own. */
function gradientPng(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows[row + 1 + x * 3] = (x * 255) / width;
      rows[row + 2 + x * 3] = (y * 255) / height;
      rows[row + 3 + x * 3] = 120;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("Marie changes her showcase, adds a described photo and proposes it", async () => {
  const marie = await session(MARIE);
  await marie.getByRole("link", { name: "Ma vitrine" }).click();
  await marie.waitForURL(`${BASE_URL}/intranet/ma-vitrine`);
  await marie.getByRole("heading", { level: 1, name: "Ma vitrine" }).waitFor();
  await marie.getByRole("heading", { name: "Modifier ma vitrine" }).waitFor();
  await assertAccessible(marie);

  await marie.getByLabel("Phrase de présentation").fill(TAGLINE);

  // the photo an earlier run added goes (it stays online until this version is validated), and one an interrupted
  // run left without its description
  const photos = marie.getByRole("group", { name: "Page 1 : photos (facultatif)" });
  const descriptions = photos.getByRole("textbox", { name: /^Photo \d+ : description/ });
  for (let i = (await descriptions.count()) - 1; i >= 0; i--) {
    const description = await descriptions.nth(i).inputValue();
    if (description === "" || description.startsWith(ALT_START)) {
      await photos.getByRole("button", { name: `Retirer la photo ${i + 1}`, exact: true }).click();
    }
  }
  const before = await descriptions.count();

  await photos.getByLabel("Ajouter des photos à la page 1").setInputFiles({
    name: "etabli.png",
    mimeType: "image/png",
    buffer: gradientPng(1200, 800),
  });
  await photos.getByText("etabli.png : ajouté").waitFor({ timeout: 30000 });
  await assert.doesNotReject(() => descriptions.nth(before).waitFor());
  assert.equal(await descriptions.count(), before + 1, "the new photo joins the end of the gallery");
  await descriptions.nth(before).fill(ALT);

  await marie.getByRole("button", { name: "Enregistrer et proposer à la validation" }).click();
  await marie.getByText("Votre vitrine est proposée à la validation").waitFor();
  await marie.getByText("en attente de validation", { exact: true }).waitFor();
  // the preview is the public page's own rendering, pictures at the preview address
  const preview = marie.getByRole("region", { name: "Aperçu" });
  await preview.getByText(TAGLINE).waitFor();
  const photo = preview.getByRole("img", { name: ALT });
  await photo.scrollIntoViewIfNeeded();
  await shown(marie, ALT);
  assert.match(await photo.getAttribute("src"), /\/api\/members\/showcases\/.+\/images\//);
  // while it waits, the editor is closed
  assert.equal(await marie.getByRole("button", { name: "Enregistrer", exact: true }).count(), 0);
  await assertAccessible(marie);
  assertNoPageErrors(marie);
  await logOut(marie);
});

test("Lucas, her coach, reads the showcase waiting for him and validates it", async () => {
  const lucas = await session(LUCAS);
  await lucas.getByRole("link", { name: "Vitrines à valider" }).click();
  await lucas.waitForURL(`${BASE_URL}/intranet/vitrines`);
  await lucas.getByRole("heading", { level: 1, name: "Vitrines à valider" }).waitFor();
  const link = lucas.getByRole("link", { name: showcase.working.businessName, exact: true });
  await link.waitFor();
  await assertAccessible(lucas);

  await link.click();
  await lucas.waitForURL(`${BASE_URL}/intranet/vitrines/${showcase.id}`);
  await lucas.getByRole("heading", { level: 1, name: `Vitrine : ${showcase.working.businessName}` }).waitFor();
  const preview = lucas.getByRole("region", { name: "Aperçu" });
  await preview.getByText(TAGLINE).waitFor();
  await preview.getByRole("img", { name: ALT }).waitFor();
  await assertAccessible(lucas);

  await lucas.getByRole("button", { name: "Valider et publier" }).click();
  await lucas.getByText("La vitrine est validée et publiée").waitFor();
  await lucas.getByText("publiée", { exact: true }).waitFor();
  assert.equal(await lucas.getByRole("button", { name: "Valider et publier" }).count(), 0);
  await assertAccessible(lucas);
  assertNoPageErrors(lucas);
  await logOut(lucas);
});

test("a visitor sees the new page and its photo", async () => {
  const visitor = await session(null);
  const published = await membersApi(MARIE, "GET", "/api/members/me/showcase");
  const path = `/entrepreneurs/${published.body.slug}`;
  // the page cache is told by members.showcase.published; allow it a few seconds
  const deadline = Date.now() + 30000;
  for (;;) {
    await visitor.goto(`${BASE_URL}${path}`);
    if ((await visitor.getByText(TAGLINE).count()) > 0 || Date.now() > deadline) break;
    await visitor.waitForTimeout(1000);
  }
  await visitor.getByText(TAGLINE).waitFor({ timeout: 1000 });
  await visitor.getByRole("heading", { level: 1, name: published.body.working.businessName }).waitFor();
  const photo = visitor.getByRole("img", { name: ALT });
  await photo.scrollIntoViewIfNeeded();
  await shown(visitor, ALT);
  assert.match(await photo.evaluate((img) => img.currentSrc), /\/api\/members\/public\/showcase-images\/.+\.webp$/);
  const sources = await visitor.locator("picture", { has: photo }).locator("source").evaluateAll((all) =>
    all.map((s) => s.type),
  );
  assert.deepEqual(sources, ["image/webp", "image/jpeg"], "WebP first, then its JPEG fallback");
  // the showcase takes messages: its form, whose address stays hidden (sending it is ShowcaseIT's and the unit tests')
  if (published.body.working.contactForm) {
    await visitor.getByRole("form", { name: `Écrire à ${published.body.working.businessName}` }).waitFor();
  }
  await assertAccessible(visitor);
  assertNoPageErrors(visitor);
});

test("search engines read the page: canonical, link preview with the first photo, JSON-LD, sitemap with lastmod", async () => {
  const published = (await membersApi(MARIE, "GET", "/api/members/me/showcase")).body;
  const path = `/entrepreneurs/${published.slug}`;
  const live = await (await fetch(`${BASE_URL}/api/members/public/showcases/${published.slug}`)).json();
  const visitor = await session(null);
  await visitor.goto(`${BASE_URL}${path}`);
  const head = (selector, attribute = "content") => visitor.locator(selector).first().getAttribute(attribute);
  const canonical = await head('link[rel="canonical"]', "href");
  assert.equal(new URL(canonical).pathname, path);

  // the link preview: the page's first photo, absolute, in a format every preview reads, with its size and text
  const first = live.pages[0].images[0] ?? live.cover;
  assert.ok(first, "the journey gave the showcase a photo");
  const image = await head('meta[property="og:image"]');
  assert.match(image, /^https?:\/\/.+\/api\/members\/public\/showcase-images\/.+\.(jpg|png)$/);
  assert.ok(image.includes(`/showcase-images/${first.id}/`), "the first photo is the one shared");
  const served = await fetch(`${BASE_URL}${new URL(image).pathname}`);
  assert.equal(served.status, 200);
  assert.match(served.headers.get("content-type"), /^image\/(jpeg|png)/);
  assert.ok(Number(await head('meta[property="og:image:width"]')) > 0);
  assert.ok(Number(await head('meta[property="og:image:height"]')) > 0);
  assert.equal(await head('meta[property="og:image:alt"]'), first.alt);
  assert.equal(await head('meta[name="twitter:card"]'), "summary_large_image");
  assert.equal(await head('meta[name="twitter:image"]'), image);

  // the JSON-LD: valid JSON, the profile page of a person, their business with an address, a breadcrumb, and an
  // Offer in euros for exactly the priced offers
  const blocks = await visitor.locator('script[type="application/ld+json"]').allTextContents();
  assert.equal(blocks.length, 1);
  const graph = JSON.parse(blocks[0])["@graph"];
  const ofType = (type) => graph.filter((n) => n["@type"] === type);
  const [page] = ofType("ProfilePage");
  assert.equal(new URL(page.url).pathname, path);
  assert.equal(ofType("Person")[0].name, live.displayName);
  const [business] = ofType(live.makesProducts ? "LocalBusiness" : "ProfessionalService");
  assert.equal(business.name, live.businessName);
  assert.equal(business.address.addressLocality, live.town);
  assert.deepEqual(
    page.breadcrumb.itemListElement.map((step) => step.name),
    ["Accueil", "Annuaire des entrepreneurs", live.businessName],
  );
  const offers = live.makesProducts ? ofType("Product").map((p) => p.offers) : (business.makesOffer ?? []);
  const priced = live.pages[0].offers.filter((o) => o.price);
  assert.equal(offers.length, priced.length, "an Offer for each priced offer, none for the others");
  for (const offer of offers) {
    assert.equal(offer.priceCurrency, "EUR");
    assert.match(offer.price, /^\d+\.\d{2}$/);
  }

  // the sitemap: every page of the showcase, dated by its last change
  const sitemap = await (await fetch(`${BASE_URL}/sitemap.xml`)).text();
  const entries = (await (await fetch(`${BASE_URL}/api/members/public/showcases/sitemap`)).json()).find(
    (e) => e.slug === published.slug,
  );
  entries.pages.forEach((pageSlug, i) => {
    const loc = `${new URL(canonical).origin}${path}${i === 0 ? "" : `/${pageSlug}`}`;
    assert.ok(
      sitemap.includes(`<url><loc>${loc}</loc><lastmod>${entries.updatedAt}</lastmod></url>`),
      `${loc} in the sitemap with its lastmod`,
    );
  });

  // the directory refined by antenna: a GET form, a result kept out of the index, canonical to the directory
  await visitor.goto(`${BASE_URL}/entrepreneurs`);
  const form = visitor.getByRole("form", { name: "Affiner par lieu" });
  await form.getByLabel("Antenne").selectOption(live.antenna.code);
  await form.getByRole("button", { name: "Filtrer" }).click();
  await visitor.waitForURL(new RegExp(`antenne=${live.antenna.code}`));
  await visitor.getByRole("link", { name: new RegExp(live.businessName) }).first().waitFor();
  assert.equal(await head('meta[name="robots"]'), "noindex, follow");
  const directory = new URL(await head('link[rel="canonical"]', "href"));
  assert.equal(`${directory.pathname}${directory.search}`, "/entrepreneurs");
  await assertAccessible(visitor);
  assertNoPageErrors(visitor);
});

test("a renamed showcase keeps its old address working (301 to the new one)", async () => {
  // the journey flips between two names, so each run renames it and the demo keeps one of them
  const SHORT = "Marie D. Bijoux";
  const LONG = "Marie D. Bijoux et créations";
  const before = (await membersApi(MARIE, "GET", "/api/members/me/showcase")).body;
  const name = before.working.businessName === LONG ? SHORT : LONG;
  const oldPath = `/entrepreneurs/${before.slug}`;

  const marie = await session(MARIE);
  await marie.goto(`${BASE_URL}/intranet/ma-vitrine`);
  await marie.getByLabel("Nom de l'activité").fill(name);
  await marie.getByRole("button", { name: "Enregistrer et proposer à la validation" }).click();
  await marie.getByText("Votre vitrine est proposée à la validation").waitFor();
  await logOut(marie);

  const lucas = await session(LUCAS);
  await lucas.goto(`${BASE_URL}/intranet/vitrines/${before.id}`);
  await lucas.getByRole("heading", { level: 1, name: `Vitrine : ${name}` }).waitFor();
  await lucas.getByRole("button", { name: "Valider et publier" }).click();
  await lucas.getByText("La vitrine est validée et publiée").waitFor();
  await logOut(lucas);

  const after = (await membersApi(MARIE, "GET", "/api/members/me/showcase")).body;
  assert.notEqual(after.slug, before.slug, "the address follows the name");
  const newPath = `/entrepreneurs/${after.slug}`;
  // the page cache forgets the old page when the platform's messages tell of the rename (within seconds)
  let moved = await fetch(`${BASE_URL}${oldPath}`, { redirect: "manual" });
  for (let i = 0; i < 40 && moved.status !== 301; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    moved = await fetch(`${BASE_URL}${oldPath}`, { redirect: "manual" });
  }
  assert.equal(moved.status, 301, `${oldPath} moved permanently`);
  assert.equal(new URL(moved.headers.get("location"), BASE_URL).pathname, newPath);

  const visitor = await session(null);
  // (with COOP_UI_URL the page is fetched for the browser, redirect followed, so its address does not change)
  await visitor.goto(`${BASE_URL}${oldPath}`);
  await visitor.getByRole("heading", { level: 1, name }).waitFor();
  assert.equal(new URL(await visitor.locator('link[rel="canonical"]').getAttribute("href")).pathname, newPath);
  assertNoPageErrors(visitor);
});
