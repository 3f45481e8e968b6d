// (node tests/e2e/make-icons.mjs) Renders static/icons/icon.svg to the PNG icons the manifest lists (run by hand
// after changing the SVG; the PNGs are committed). Maskable: the art inside the
// 80 % safe zone on a full-bleed background.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const icons = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "static", "icons");
const svg = readFileSync(join(icons, "icon.svg"), "utf8");
const data = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["maskable-512.png", 512, true],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;background:${maskable ? "#1d4ed8" : "transparent"};display:grid;place-items:center;height:${size}px">` +
      `<img src="${data}" width="${inner}" height="${inner}"></body>`,
  );
  await page.screenshot({ path: join(icons, name), omitBackground: !maskable });
}
await browser.close();
