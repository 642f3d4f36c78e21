#!/usr/bin/env node
// Does otklik's static contrast check agree with axe-core in a real browser?
//   node axe-contrast.js DIR OTKLIK_REPORT.json
// OTKLIK_REPORT.json is `otklik validate DIR --format json`. Every page of DIR
// is loaded in headless Chromium as otklik viewed it (1280x800, and also at
// 320x240 and with a dark colour scheme where otklik says so) and axe-core's
// color-contrast rule runs. For HTML text, otklik and axe must flag the same
// pages, with the same two colours and a ratio within 0.01: both print two
// decimals, otklik rounding and axe cutting off (2.8467 is 2.85 and 2.84). axe does not measure SVG text or chart marks (WCAG 1.4.11);
// those findings are listed as otklik's alone. Exit 0 agree, 1 disagree,
// 2 cannot run.
'use strict';

const fs = require('fs');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VIEWS = [
  {name: '', width: 1280, height: 800, colorScheme: 'light'},
  {name: 'at 320 px', width: 320, height: 240, colorScheme: 'light'},
  {name: 'prefers-color-scheme: dark', width: 1280, height: 800, colorScheme: 'dark'},
];

function cannotRun(message) {
  console.error('axe-contrast: cannot run: ' + message);
  process.exit(2);
}

function pagesOf(dir, prefix = '') {
  const found = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), {withFileTypes: true})) {
    const relative = prefix ? prefix + '/' + entry.name : entry.name;
    if (entry.isDirectory()) found.push(...pagesOf(dir, relative));
    else if (entry.name.endsWith('.html')) found.push(relative);
  }
  return found.sort();
}

// "3.45:1 (#8a8a8a on #ffffff); at 320 px; colour from …" -> its parts.
function parseMeasured(measured) {
  const m = /^([\d.]+):1 \((#[0-9a-f]{6}) on (#[0-9a-f]{6})\)(.*)$/.exec(measured);
  if (!m) return null;
  const view = VIEWS.find((v) => v.name && m[4].includes(v.name)) || VIEWS[0];
  return {ratio: Number(m[1]), fg: m[2], bg: m[3], view: view.name};
}

async function axeContrast(browser, axeSource, url, view) {
  const context = await browser.newContext(
      {viewport: {width: view.width, height: view.height}, colorScheme: view.colorScheme});
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'load'});
  await page.addScriptTag({content: axeSource});
  const result = await page.evaluate(
      () => window.axe.run(
          document, {runOnly: {type: 'rule', values: ['color-contrast']}, resultTypes: ['violations']}));
  await context.close();
  const found = [];
  for (const violation of result.violations)
    for (const node of violation.nodes)
      for (const check of node.any) {
        if (!check.data || check.data.contrastRatio === undefined) continue;
        found.push({
          target: node.target.join(' '),
          ratio: check.data.contrastRatio,
          fg: check.data.fgColor,
          bg: check.data.bgColor,
          view: view.name,
        });
      }
  return found;
}

async function main() {
  const [dir, reportFile] = process.argv.slice(2);
  if (!dir || !reportFile) cannotRun('usage: node axe-contrast.js DIR OTKLIK_REPORT.json');
  let chromium, axeSource;
  try {
    chromium = require('playwright-core').chromium;
    axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch (e) {
    cannotRun('npm packages missing; run `npm ci` in tools/browser');
  }
  if (!fs.existsSync(CHROMIUM)) cannotRun(CHROMIUM + ' not found; install chromium');
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const ours = new Map();  // file -> parsed findings of HTML text
  const svgOnly = [];
  for (const f of report.findings) {
    if (f.rule !== 'contrast') continue;
    const parsed = parseMeasured(f.measured);
    if (!parsed) continue;
    if (/^(text|tspan|rect|circle|ellipse|path|line|polyline|polygon)\b/.test(f.element)) {
      svgOnly.push(f.file + ': ' + f.element + ' ' + f.measured);
      continue;
    }
    if (!ours.has(f.file)) ours.set(f.file, []);
    ours.get(f.file).push(parsed);
  }
  const browser = await chromium.launch(
      {executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu']});
  let disagreements = 0;
  try {
    for (const file of pagesOf(dir)) {
      const url = 'file://' + path.resolve(dir, file);
      const theirs = [];
      for (const view of VIEWS) {
        for (const a of await axeContrast(browser, axeSource, url, view)) {
          // The same element in several views: keep the first view, as otklik does.
          if (!theirs.some((t) => t.target === a.target && t.fg === a.fg && t.bg === a.bg))
            theirs.push(a);
        }
      }
      const mine = ours.get(file) || [];
      const line = (x) => x.ratio.toFixed(2) + ' (' + x.fg + ' on ' + x.bg +
          (x.view ? ', ' + x.view : '') + ')';
      const agree = mine.length === theirs.length && mine.every((m) => theirs.some(
          (t) => t.fg === m.fg && t.bg === m.bg &&
              Math.abs(Math.round(t.ratio * 100) - Math.round(m.ratio * 100)) <= 1));
      if (!agree) disagreements++;
      console.log((agree ? 'agree    ' : 'DISAGREE ') + file + ': otklik ' +
                  (mine.map(line).join(', ') || 'none') + ' | axe ' +
                  (theirs.map(line).join(', ') || 'none'));
    }
  } finally {
    await browser.close();
  }
  for (const s of svgOnly) console.log('otklik only (SVG, not measured by axe) ' + s);
  process.exit(disagreements ? 1 : 0);
}

main().catch((e) => cannotRun(e.stack || String(e)));
