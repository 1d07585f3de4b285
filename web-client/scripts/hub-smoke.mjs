// A walk through the hub-wide pages against a running silo host, in a real browser:
//   BASE_URL=http://127.0.0.1:5000 ORGANIZER_KEY=… npm run smoke:hub
// It seeds three live consultations (Asia, Africa, Americas), one upcoming and one closed over
// the HTTP API and the hub, then checks the directory, the delegates' wall (a raised hand shows
// within two seconds), the printable summary (print media, A4 and Letter PDFs, no horizontal
// overflow) and the roll-up, saving screenshots and PDFs in ./screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { chromium } from 'playwright-core';

const base = (process.env.BASE_URL ?? 'http://127.0.0.1:5000').replace(/\/$/, '');
const organizerKey = process.env.ORGANIZER_KEY;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shots = new URL('../screenshots/', import.meta.url).pathname;
if (!organizerKey) {
  throw new Error('Set ORGANIZER_KEY to the hub organizer key.');
}
mkdirSync(shots, { recursive: true });
const step = (s) => console.log(`- ${s}`);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const hubs = [];

async function http(method, path, credential, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Accept: 'application/json', ...(credential && { Authorization: `Bearer ${credential}` }), ...(body && { 'Content-Type': 'application/json' }) },
    ...(body && { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

async function hub(credential) {
  const connection = new HubConnectionBuilder()
    .withUrl(`${base}/hubs/consultation`, { accessTokenFactory: () => credential ?? '' })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.on('event', () => {});
  connection.on('wall', () => {});
  await connection.start();
  hubs.push(connection);
  return connection;
}

/** A consultation with its moderator and participants connected over the hub. */
async function consultation(settings, people) {
  const created = await http('POST', '/api/consultations', organizerKey, {
    themes: ['data sharing and privacy', 'capacity building'],
    moderationMode: 'open',
    speakingLimitSeconds: 180,
    queuePolicy: 'fifo',
    capacity: 500,
    visibility: 'public',
    ...settings,
  });
  const mod = await hub(created.moderatorKey);
  await mod.invoke('Watch', created.id, null);
  const participants = [];
  for (const [displayName, stakeholderGroup, country] of people) {
    const joined = await http('POST', `/api/consultations/${created.id}/participants`, undefined, {
      joinCode: created.joinCode, displayName, affiliation: null, stakeholderGroup, country,
    });
    const connection = await hub(joined.token);
    await connection.invoke('Watch', created.id, null);
    participants.push({ ...joined, displayName, connection });
  }
  const call = (connection, method, ...args) => connection.invoke(method, created.id, ...args);
  return { ...created, mod, participants, call };
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const newPage = async (width = 1600, height = 1000, timezoneId = 'America/New_York') => {
  const context = await browser.newContext({ viewport: { width, height }, timezoneId });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  return page;
};

try {
  step('seed: three live consultations, one upcoming, one to close');
  const asia = await consultation({ title: 'Draft convention on data: Asia', region: 'Asia', timeZone: 'Asia/Bangkok' }, [
    ['Ana Reyes', 'civil-society', 'PH'], ['Bo Chen', 'academia', 'CN'], ['Chai Somchai', 'private-sector', 'TH'], ['Dewi Lestari', 'civil-society', 'ID'],
  ]);
  const africa = await consultation({ title: 'Draft convention on data: Africa', region: 'Africa', timeZone: 'Africa/Nairobi' }, [
    ['Amina Njoroge', 'civil-society', 'KE'], ['Chukwuma Obi', 'academia', 'NG'], ['Lerato Mokoena', 'private-sector', 'ZA'],
  ]);
  const americas = await consultation({ title: 'Draft convention on data: Americas', region: 'Americas', timeZone: 'America/New_York' }, [
    ['Maria Silva', 'member-state', 'BR'], ['John Park', 'international-organization', 'US'], ['Lucía Gómez', 'civil-society', 'MX'],
  ]);
  const upcoming = await http('POST', '/api/consultations', organizerKey, {
    title: 'Draft convention on data: Europe', region: 'Europe', timeZone: 'Europe/Vienna', startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    themes: [], moderationMode: 'open', speakingLimitSeconds: 180, queuePolicy: 'fifo', capacity: 500, visibility: 'public',
  });
  for (const c of [asia, africa, americas]) {
    await c.call(c.mod, 'Start');
    const [first, second, third] = c.participants;
    const p1 = await c.call(first.connection, 'PostPoint', 'recommendation', `Adopt privacy by design in ${c.id} — "quoted" <b>not bold</b>`, 'data sharing and privacy');
    await c.call(second.connection, 'PostPoint', 'question', 'Who funds capacity building for small states?', 'capacity building');
    await c.call(second.connection, 'Upvote', p1.id);
    await c.call(third.connection, 'Upvote', p1.id);
    await c.call(first.connection, 'RaiseHand', 'speak');
    await c.call(second.connection, 'RaiseHand', 'reply');
    await c.call(c.mod, 'GiveFloor', null);
    await pause(1200);
    await c.call(c.mod, 'EndTurn');
    await c.call(c.mod, 'GiveFloor', null);
  }

  step('directory: sections, dual times, filters');
  const directory = await newPage(1400, 1000, 'America/New_York');
  await directory.goto(`${base}/#/`);
  await directory.getByTestId('directory-section').first().waitFor();
  const sections = await directory.getByTestId('directory-section').evaluateAll((els) => els.map((e) => e.dataset.status));
  console.log('  sections:', sections.join(', '));
  console.log('  upcoming time:', await directory.locator(`[data-consultation-id="${upcoming.id}"] [data-testid=directory-time]`).innerText());
  await directory.screenshot({ path: `${shots}directory.png`, fullPage: true });
  await directory.getByTestId('directory-filter-region').selectOption('Africa');
  await directory.waitForFunction(() => document.querySelectorAll('[data-testid=directory-entry]').length === 1);
  console.log('  filtered:', await directory.getByTestId('directory-count').innerText());
  await directory.screenshot({ path: `${shots}directory-africa.png`, fullPage: true });

  step('wall: three cards, a raised hand shows within two seconds');
  const wall = await newPage(1920, 1080, 'Europe/Vienna');
  await wall.goto(`${base}/#/wall`);
  await wall.waitForFunction(() => document.querySelectorAll('[data-testid=wall-card]').length === 3, null, { timeout: 10_000 });
  const tops = await wall.getByTestId('wall-card').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
  if (new Set(tops).size !== 1) {
    throw new Error(`the three cards are not side by side: tops ${tops}`);
  }
  const hands = wall.locator(`[data-testid=wall-card][data-consultation-id="${africa.id}"] [data-testid=wall-hands]`);
  const before = Number(await hands.innerText());
  const raisedAt = Date.now();
  await africa.call(africa.participants[2].connection, 'RaiseHand', 'point-of-order');
  await wall.waitForFunction(
    ([id, n]) => Number(document.querySelector(`[data-testid=wall-card][data-consultation-id="${id}"] [data-testid=wall-hands]`)?.textContent) === n,
    [africa.id, before + 1],
    { timeout: 2_000 },
  );
  console.log(`  hands ${before} -> ${before + 1} on the wall after ${Date.now() - raisedAt} ms`);
  await wall.screenshot({ path: `${shots}wall.png` });

  step('summary: close Africa with a poll, print it');
  const poll = await africa.call(africa.mod, 'OpenPoll', 'Should the convention include a data-sharing annex?', ['Yes', 'No', 'Abstain'], false);
  await africa.call(africa.participants[0].connection, 'Vote', poll.id, 0);
  await africa.call(africa.participants[1].connection, 'Vote', poll.id, 1);
  await africa.call(africa.mod, 'Close');
  await wall.waitForFunction(() => document.querySelectorAll('[data-testid=wall-card]').length === 2, null, { timeout: 5_000 });
  console.log('  the wall dropped the closed consultation');

  const summary = await newPage(1200, 1000, 'America/New_York');
  await summary.goto(`${base}/#/summary/${africa.id}`);
  await summary.getByTestId('summary-document').waitFor();
  await summary.waitForFunction(() => [...document.querySelectorAll('[data-testid=summary-chart] img')].every((i) => i.complete && i.naturalWidth > 0));
  await summary.screenshot({ path: `${shots}summary-screen.png`, fullPage: true });
  const [download] = await Promise.all([summary.waitForEvent('download'), summary.getByTestId('summary-download-csv').click()]);
  console.log('  CSV download:', download.suggestedFilename());

  const early = await newPage(1200, 800);
  await early.goto(`${base}/#/summary/${asia.id}`);
  await early.getByTestId('summary-key-form').waitFor();
  console.log('  a live consultation without a key:', await early.getByTestId('error-banner').getAttribute('data-code'));
  await early.getByTestId('summary-key').fill(asia.moderatorKey);
  await early.getByTestId('summary-key-submit').click();
  await early.getByTestId('summary-provisional').waitFor();
  console.log('  with the moderator key: provisional summary of', await early.getByTestId('summary-title').innerText());
  await summary.emulateMedia({ media: 'print' });
  for (const [format, widthMm] of [['A4', 210], ['Letter', 215.9]]) {
    // The printable width at the page's 14 mm side margins, in CSS pixels.
    await summary.setViewportSize({ width: Math.floor(((widthMm - 28) / 25.4) * 96), height: 1000 });
    const overflow = await summary.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const pdf = await summary.pdf({ format, printBackground: false });
    writeFileSync(`${shots}summary-${format}.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`  ${format}: ${pages} page(s), horizontal overflow ${overflow}px`);
    if (pages < 1 || overflow > 0) {
      throw new Error(`${format} summary does not fit`);
    }
  }
  await summary.screenshot({ path: `${shots}summary-print.png`, fullPage: true });

  step('roll-up: every consultation of the day');
  const rollup = await newPage(1200, 1000, 'America/New_York');
  await rollup.goto(`${base}/#/rollup`);
  await rollup.getByTestId('rollup-organizer-key').fill(organizerKey);
  await rollup.getByTestId('rollup-submit').click();
  await rollup.getByTestId('rollup-totals').waitFor();
  console.log('  roll-up consultations:', await rollup.getByTestId('rollup-consultation').count());
  await rollup.screenshot({ path: `${shots}rollup.png`, fullPage: true });
  console.log('ok');
} finally {
  for (const h of hubs) {
    await h.stop().catch(() => {});
  }
  await browser.close();
}
