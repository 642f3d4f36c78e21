#!/usr/bin/env node
// Proof in a real browser that a built site is usable by anyone:
//   node check-site.js SITE_DIR SCREENSHOT_DIR
// Every .html page (vi/ pages are the version for the visually impaired) is
// loaded in headless Debian Chromium at 320x240 and 1280x800 and checked with
// axe-core (WCAG 2.1 A and AA); at 320 px the page must not scroll sideways.
// Then the W3C Nu checker reads every page. Exit 0 clean, 1 findings,
// 2 cannot run. Pages are served over HTTP on 127.0.0.1, as a reader gets
// them (axe and the 404 page's absolute links need a real origin).
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const { execFileSync } = require('child_process');

const SIZES = [
  { name: '320x240', width: 320, height: 240 },
  { name: '1280x800', width: 1280, height: 800 },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function cannotRun(message) {
  console.error('check-site: cannot run: ' + message);
  process.exit(2);
}

function htmlFiles(dir, prefix = '') {
  const found = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? prefix + '/' + entry.name : entry.name;
    if (entry.isDirectory()) found.push(...htmlFiles(dir, relative));
    else if (entry.name.endsWith('.html')) found.push(relative);
  }
  return found.sort();
}

// Serves only files under `root`; anything else is the site's 404 page.
function serve(root) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    let file = path.resolve(base, '.' + url);
    if (file.endsWith(path.sep) || url === '/') file = path.join(file, 'index.html');
    const inside = file === base || file.startsWith(base + path.sep);
    if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(fs.readFileSync(path.join(base, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The elements that stick out past the right edge of a 320 px page.
async function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return null;
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > doc.clientWidth + 0.5 && !el.closest('.table-scroll')) {
        const id = el.id ? '#' + el.id : '';
        const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
        wide.push(el.tagName.toLowerCase() + id + cls + ' (right edge ' + Math.round(box.right) + ')');
      }
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide: wide.slice(0, 5) };
  });
}

function screenshotName(file, size) {
  return file.replace(/\.html$/, '').replace(/\//g, '-') + '-' + size.name + '.png';
}

async function checkPages(site, shots, pages) {
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (e) {
    cannotRun('playwright-core is missing; run `npm ci` in tools/browser');
  }
  if (!fs.existsSync(CHROMIUM)) cannotRun(CHROMIUM + ' not found; install the Debian package chromium');
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await serve(site);
  const origin = 'http://127.0.0.1:' + server.address().port + '/';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const firstSituation = pages.find((p) => p.startsWith('life-situations/'));
  const shotPages = new Set(['index.html', 'vi/index.html', firstSituation]);
  const findings = [];
  let loads = 0;
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      for (const file of pages) {
        const theme = file.startsWith('vi/') ? 'visually-impaired' : 'regular';
        const where = file + ' at ' + size.name + ' (' + theme + ')';
        const response = await page.goto(origin + file, { waitUntil: 'load' });
        loads += 1;
        if (!response || (response.status() !== 200 && file !== '404.html'))
          findings.push(where + ': HTTP ' + (response ? response.status() : 'no response'));
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
          AXE_TAGS);
        for (const v of result.violations)
          for (const node of v.nodes)
            findings.push(where + ': axe ' + v.id + ' (' + v.impact + ') at ' + node.target.join(' ') + ': ' + v.help);
        if (size.width === 320) {
          const wide = await overflow(page);
          if (wide)
            findings.push(where + ': the page scrolls sideways (' + wide.scrollWidth + ' px wide in ' +
              wide.clientWidth + ' px); sticking out: ' + wide.wide.join(', '));
        }
        if (shotPages.has(file))
          await page.screenshot({ path: path.join(shots, screenshotName(file, size)), fullPage: true });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { findings, loads };
}

function checkMarkup(site, pages) {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const files = pages.map((p) => path.join(site, p));
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return [];
  } catch (e) {
    if (e.code === 'ENOENT') cannotRun('java not found; install the Debian package default-jre-headless');
    const text = (e.stderr || '').toString() + (e.stdout || '').toString();
    return text.split('\n').filter((line) => line.trim() !== '').map((line) => 'Nu checker: ' + line);
  }
}

async function main() {
  const [site, shots] = process.argv.slice(2);
  if (!site || !shots) cannotRun('usage: node check-site.js SITE_DIR SCREENSHOT_DIR');
  if (!fs.existsSync(path.join(site, 'index.html'))) cannotRun(site + '/index.html not found; build the site first');
  fs.mkdirSync(shots, { recursive: true });
  const started = Date.now();
  const pages = htmlFiles(site);
  const { findings, loads } = await checkPages(site, shots, pages);
  findings.push(...checkMarkup(site, pages));
  for (const finding of findings) console.log(finding);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log('check-site: ' + pages.length + ' pages, ' + loads + ' loads (' + SIZES.map((s) => s.name).join(', ') +
    '; vi/ pages are the visually-impaired theme), ' + findings.length + ' finding(s), ' + seconds + ' s; screenshots in ' + shots);
  process.exit(findings.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error('check-site: ' + (e && e.stack ? e.stack : e));
  process.exit(2);
});
