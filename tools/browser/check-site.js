#!/usr/bin/env node
// Proof in a real browser that a built site is usable by anyone:
//   node check-site.js SITE_DIR SCREENSHOT_DIR [PAGE_PREFIX...]
// With prefixes, only the pages whose path starts with one of them are
// checked (and their vi/ versions): the region pages of a second build.
// Every .html page (vi/ pages are the version for the visually impaired) is
// loaded in headless Debian Chromium at 320x240 and 1280x800 and checked with
// axe-core (WCAG 2.1 A and AA); at 320 px the page must not scroll sideways.
// The W3C Nu checker reads every page and stylesheet meanwhile. Screenshots
// of the home page, its vi/ version and the first life-situation page go to
// SCREENSHOT_DIR. Exit 0 clean, 1 findings, 2 cannot run.
'use strict';

const fs = require('fs');
const path = require('path');
const {spawnSync} = require('child_process');
const {serve} = require('./static-server');
const {checkMarkup} = require('./nu-checker');
const {checkPages, theme} = require('./page-checks');

const SIZES = [
  {name: '320x240', width: 320, height: 240},
  {name: '1280x800', width: 1280, height: 800},
];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function cannotRun(message) {
  console.error('check-site: cannot run: ' + message);
  process.exit(2);
}

function filesEndingIn(dir, suffix, prefix = '') {
  const found = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), {withFileTypes: true})) {
    const relative = prefix ? prefix + '/' + entry.name : entry.name;
    if (entry.isDirectory())
      found.push(...filesEndingIn(dir, suffix, relative));
    else if (entry.name.endsWith(suffix))
      found.push(relative);
  }
  return found.sort();
}

// Everything the check needs, or exit 2 naming what to install.
function prerequisites() {
  const tools = {};
  try {
    tools.chromium = require('playwright-core').chromium;
    tools.axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    tools.jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  } catch (e) {
    cannotRun(
        'npm packages missing (' + e.message.split('\n')[0] + '); run `npm ci` in tools/browser');
  }
  if (!fs.existsSync(CHROMIUM))
    cannotRun(CHROMIUM + ' not found; install the Debian package chromium');
  if (spawnSync('java', ['-version']).error)
    cannotRun('java not found; install the Debian package default-jre-headless');
  return tools;
}

function screenshotPages(pages) {
  const firstSituation = pages.find((p) => p.startsWith('life-situations/'));
  const firstRegion = pages.find((p) => p.startsWith('regions/'));
  return new Set(['index.html', 'vi/index.html', firstSituation, firstRegion].filter(
      (p) => pages.includes(p)));
}

function summary(pages, findings, seconds, shotDir) {
  const vi = pages.filter((p) => theme(p) === 'visually-impaired').length;
  const count = (kind) => findings.filter((f) => f.kind === kind).length;
  return 'check-site: ' + pages.length + ' pages (' + (pages.length - vi) + ' regular, ' + vi +
      ' visually-impaired) x ' + SIZES.length + ' sizes (' + SIZES.map((s) => s.name).join(', ') +
      ') = ' + pages.length * SIZES.length + ' loads; axe violations: ' + count('axe') +
      ', overflow at 320 px: ' + count('overflow') + ', page errors: ' + count('page') +
      ', Nu checker errors: ' + count('nu') + '; ' + seconds + ' s; screenshots in ' + shotDir;
}

async function main() {
  const [site, shotDir, ...prefixes] = process.argv.slice(2);
  if (!site || !shotDir) cannotRun('usage: node check-site.js SITE_DIR SCREENSHOT_DIR');
  if (!fs.existsSync(path.join(site, 'index.html')))
    cannotRun(site + '/index.html not found; build the site first');
  const tools = prerequisites();
  try {
    fs.mkdirSync(shotDir, {recursive: true});
  } catch (e) {
    cannotRun('cannot make the screenshot folder: ' + e.message);
  }
  const started = Date.now();
  const pages = filesEndingIn(site, '.html').filter(
      (p) => !prefixes.length || prefixes.some((f) => p.startsWith(f) || p.startsWith('vi/' + f)));
  const markupFiles = [...pages, ...filesEndingIn(site, '.css')].map((p) => path.join(site, p));
  const markup = checkMarkup(tools.jar, path.resolve(site), markupFiles);
  markup.catch(() => {});  // awaited below; a browser failure first must not leave it unhandled
  const server = await serve(site);
  const job = {
    origin: 'http://127.0.0.1:' + server.address().port + '/',
    pages,
    axeSource: tools.axeSource,
    screenshots: screenshotPages(pages),
    shotDir,
  };
  let findings;
  try {
    findings = await checkPages(tools.chromium, CHROMIUM, job, SIZES);
  } finally {
    server.close();
  }
  findings.push(...(await markup).map((text) => ({kind: 'nu', text: 'Nu checker: ' + text})));
  for (const finding of findings) console.log(finding.text);
  console.log(summary(pages, findings, ((Date.now() - started) / 1000).toFixed(1), shotDir));
  process.exit(findings.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error('check-site: cannot run: ' + (e && e.stack ? e.stack : e));
  process.exit(2);
});
