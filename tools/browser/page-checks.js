// Loads every page in headless Chromium at one screen size and checks it:
// axe-core (WCAG 2.1 A/AA), sideways scrolling at narrow widths, the page's
// own requests and scripts; and takes the screenshots asked for.
'use strict';

const path = require('path');
const {findOverflow} = require('./overflow');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The flags a headless Chromium needs as root on a machine with no network
// but loopback: without the background ones it keeps dialling out.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function theme(file) {
  return file.startsWith('vi/') ? 'visually-impaired' : 'regular';
}

function screenshotName(file, size) {
  return file.replace(/\.html$/, '').replace(/\//g, '-') + '-' + size.name + '.png';
}

async function axeFindings(page, axeSource) {
  await page.addScriptTag({content: axeSource});
  const result = await page.evaluate(
      (tags) => window.axe.run(
          document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}),
      AXE_TAGS);
  const found = [];
  for (const v of result.violations)
    for (const node of v.nodes)
      found.push({
        kind: 'axe',
        text: 'axe ' + v.id + ' (' + v.impact + ') at ' + node.target.join(' ') + ': ' + v.help
      });
  return found;
}

async function overflowFindings(page) {
  const wide = await page.evaluate(findOverflow);
  if (!wide) return [];
  const text = 'the page scrolls sideways (' + wide.scrollWidth + ' px wide in ' +
      wide.clientWidth + ' px); sticking out: ' +
      (wide.culprits.join(', ') || 'no single element (positioned content?)');
  return [{kind: 'overflow', text}];
}

// Watches one page for what breaks it for a reader: a missing stylesheet,
// script or image, or a script that throws.
function watchPage(page, origin) {
  const problems = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(origin) &&
        response.request().resourceType() !== 'document')
      problems.push('HTTP ' + response.status() + ' for ' + response.url().slice(origin.length));
  });
  page.on('requestfailed', (request) => {
    // Leaving a page aborts what it still had in flight: not the page's fault.
    if (request.failure().errorText !== 'net::ERR_ABORTED')
      problems.push('request failed: ' + request.url());
  });
  page.on('pageerror', (error) => problems.push('script error: ' + error.message));
  return problems;
}

// Checks every page at one size; returns findings keyed by page file.
async function checkAtSize(browser, job, size) {
  const context = await browser.newContext({viewport: {width: size.width, height: size.height}});
  const page = await context.newPage();
  const problems = watchPage(page, job.origin);
  const findings = new Map();
  for (const file of job.pages) {
    problems.length = 0;
    const response = await page.goto(job.origin + file, {waitUntil: 'load'});
    const found = [];
    if (!response || (response.status() !== 200 && file !== '404.html'))
      found.push({kind: 'page', text: 'HTTP ' + (response ? response.status() : 'no response')});
    found.push(...(await axeFindings(page, job.axeSource)));
    if (size.width <= 320) found.push(...(await overflowFindings(page)));
    found.push(...problems.map((text) => ({kind: 'page', text})));
    if (job.screenshots.has(file))
      await page.screenshot(
          {path: path.join(job.shotDir, screenshotName(file, size)), fullPage: true});
    findings.set(file, found);
  }
  await context.close();
  return findings;
}

// Both sizes at once (one browser, a page each): the machine has two cores.
async function checkPages(chromium, executablePath, job, sizes) {
  const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
  try {
    const bySize = await Promise.all(sizes.map((size) => checkAtSize(browser, job, size)));
    const findings = [];
    for (const file of job.pages)
      sizes.forEach((size, i) => {
        for (const f of bySize[i].get(file))
          findings.push({
            kind: f.kind,
            text: file + ' at ' + size.name + ' (' + theme(file) + '): ' + f.text
          });
      });
    return findings;
  } finally {
    await browser.close();
  }
}

module.exports = {
  checkPages,
  theme
};
