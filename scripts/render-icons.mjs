// Renders the PNG app icons from web/public/favicon.svg with Debian's Chromium. Run once after
// changing the mark: node scripts/render-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PUBLIC = new URL('../web/public/', import.meta.url);
const NAVY = '#0b2545';
const svg = readFileSync(new URL('favicon.svg', PUBLIC));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();

/** `fullBleed`: navy to the edges with the mark inside the maskable safe zone (80 %). */
async function render(file, size, fullBleed) {
  const mark = fullBleed ? Math.round(size * 0.8) : size;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;height:100vh;display:grid;place-items:center;background:${fullBleed ? NAVY : 'transparent'}">` +
      `<img src="${source}" width="${mark}" height="${mark}" alt=""></body>`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  writeFileSync(new URL(`icons/${file}`, PUBLIC), await page.screenshot({ omitBackground: !fullBleed }));
}

await render('icon-192.png', 192, false);
await render('icon-512.png', 512, false);
await render('icon-maskable-512.png', 512, true);
await render('apple-touch-icon.png', 180, true);
await browser.close();
