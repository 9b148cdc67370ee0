/**
 * Renders public/icon/logo.svg to the PNG sizes browsers ask for
 * (`npm run render-icons`, then commit the PNGs). Uses the system Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { projectRoot } from './catalogue-files';

const sizes = [16, 32, 48, 96, 128];
const iconDir = join(projectRoot, 'public', 'icon');
const svg = readFileSync(join(iconDir, 'logo.svg'), 'utf8');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const size of sizes) {
    const page = await browser.newPage();
    await page.setViewport({ width: size, height: size });
    await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(iconDir, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`rendered ${sizes.join(', ')} px icons`);
