// Lighthouse (the npm package pinned in package.json) on many pages in one Node process,
// against one Chrome that the caller started: the CLI would load Node and its config again
// for every page, about 10 s each on a small machine.
//
// Usage: node tests/browser/lighthouse.mjs PLAN.json
// PLAN: {"port": 9222, "outputDir": "test-results/lighthouse",
//        "runs": [{"name": "home-phone", "url": "http://…/", "formFactor": "mobile",
//                  "width": 390, "height": 844, "skipAudits": [], "ignoreStatusCode": false,
//                  "ignoredConsoleErrors": []}, …]}
// Prints one JSON object on stdout: {name: {scores: {category: score},
//   failing: [{id, title, category, score, items: [text]}], runtimeError}}.
// Each full report is written to outputDir/<name>.json for a closer look.

import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

import lighthouse, {desktopConfig} from 'lighthouse';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const MOBILE_DEVICE_SCALE = 1.75; // Lighthouse's own mobile default
const MAX_ITEMS = 5;

function configFor(run) {
  const device =
    run.formFactor === 'desktop'
      ? {...desktopConfig.settings, screenEmulation: {mobile: false, deviceScaleFactor: 1}}
      : {formFactor: 'mobile', screenEmulation: {mobile: true, deviceScaleFactor: MOBILE_DEVICE_SCALE}};
  return {
    extends: 'lighthouse:default',
    audits: [
      {
        path: 'errors-in-console',
        options: {ignoredPatterns: ['ERR_BLOCKED_BY_CLIENT.Inspector', ...(run.ignoredConsoleErrors ?? [])]},
      },
    ],
    settings: {
      ...device,
      screenEmulation: {...device.screenEmulation, width: run.width, height: run.height, disabled: false},
      onlyCategories: CATEGORIES,
      skipAudits: run.skipAudits ?? [],
      ignoreStatusCode: run.ignoreStatusCode ?? false,
      // No performance is measured: a localhost page is settled after a short quiet spell,
      // and the report needs no full-page screenshot.
      disableFullPageScreenshot: true,
      pauseAfterFcpMs: 250,
      pauseAfterLoadMs: 250,
      networkQuietThresholdMs: 250,
      cpuQuietThresholdMs: 250,
    },
  };
}

function describeItem(item) {
  const parts = [];
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined || key === 'subItems') continue;
    if (typeof value === 'object' && value.type === 'node') {
      parts.push(`${value.selector ?? ''} ${value.snippet ?? ''}`.trim());
    } else if (typeof value === 'object' && value.type === 'source-location') {
      parts.push(`${value.url}:${value.line}`);
    } else if (typeof value !== 'object') {
      parts.push(`${key}=${String(value).slice(0, 200)}`);
    }
  }
  return parts.join(' | ');
}

function failingAudits(lhr) {
  const failing = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      const failed =
        audit.scoreDisplayMode === 'error' || (ref.weight > 0 && audit.score !== null && audit.score < 1);
      if (!failed) continue;
      const items = audit.details?.items ?? [];
      failing.push({
        id: audit.id,
        title: audit.title,
        category: category.id,
        score: audit.score,
        error: audit.errorMessage,
        items: items.slice(0, MAX_ITEMS).map(describeItem),
        more: Math.max(0, items.length - MAX_ITEMS),
      });
    }
  }
  return failing;
}

const plan = JSON.parse(await readFile(process.argv[2], 'utf8'));
await mkdir(plan.outputDir, {recursive: true});
const summary = {};
for (const run of plan.runs) {
  const started = Date.now();
  const result = await lighthouse(run.url, {port: plan.port, logLevel: 'error'}, configFor(run));
  const {lhr} = result;
  await writeFile(path.join(plan.outputDir, `${run.name}.json`), JSON.stringify(lhr));
  summary[run.name] = {
    url: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score])),
    failing: failingAudits(lhr),
    runtimeError: lhr.runtimeError?.message ?? null,
    seconds: (Date.now() - started) / 1000,
  };
  process.stderr.write(`${run.name}: ${JSON.stringify(summary[run.name].scores)}\n`);
}
process.stdout.write(JSON.stringify(summary));
