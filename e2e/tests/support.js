// Shared helpers: where the platform runs, a headless Chromium from the system, the mail catcher's inbox.
import { chromium } from "playwright-core";

export const BASE_URL = process.env.COOP_BASE_URL ?? `http://localhost:${process.env.GATEWAY_PORT ?? 8080}`;
export const REGISTRY_URL = process.env.COOP_REGISTRY_URL ?? `http://localhost:${process.env.REGISTRY_PORT ?? 8761}`;
export const MAIL_API_URL = process.env.COOP_MAIL_API_URL ?? `http://localhost:${process.env.MAIL_API_PORT ?? 8025}`;
export const DEMO_PASSWORD = process.env.COOP_DEMO_PASSWORD ?? "demo";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
}

export async function inbox(address) {
  const response = await fetch(`${MAIL_API_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
  if (!response.ok) return [];
  const body = await response.json();
  return Array.isArray(body) ? body : [];
}

export async function awaitInbox(address, count, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let mails = await inbox(address);
  while (mails.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    mails = await inbox(address);
  }
  return mails;
}

export async function logIn(page, username) {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Se connecter" }).first().click();
  await page.waitForSelector("#username");
  await page.fill("#username", username);
  await page.fill("#password", DEMO_PASSWORD);
  await page.click("#kc-login");
  await page.waitForURL(`${BASE_URL}/intranet`);
}
