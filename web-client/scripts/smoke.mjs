// A walk through every page against a running silo host, in a real browser:
//   BASE_URL=http://127.0.0.1:5000 ORGANIZER_KEY=… npm run smoke
// It creates a consultation, runs a short session with two participants, a moderator and an
// observer, checks what each page shows, and saves screenshots in ./screenshots. It needs the
// server, so it is not part of `npm test`.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:5000';
const organizerKey = process.env.ORGANIZER_KEY;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shots = new URL('../screenshots/', import.meta.url).pathname;
if (!organizerKey) {
  throw new Error('Set ORGANIZER_KEY to the hub organizer key.');
}
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const newPage = async (width = 1400, height = 1000) => {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  return page;
};
const expectText = async (locator, pattern, what) => {
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`${what}: expected ${pattern}`);
  });
};
const step = (s) => console.log(`- ${s}`);

try {
  step('organize: create a premoderated consultation');
  const org = await newPage();
  await org.goto(`${base}/#/organize`);
  await org.getByTestId('organizer-key').fill(organizerKey);
  await org.getByTestId('settings-title').fill('Draft convention on data — Asia <script>alert(1)</script>');
  await org.getByTestId('settings-region').fill('Asia');
  await org.getByTestId('settings-time-zone').selectOption('Asia/Bangkok');
  await org.getByTestId('settings-themes').fill('data sharing and privacy\ncapacity building');
  await org.getByTestId('settings-moderation-mode').selectOption('premoderated');
  await org.getByTestId('settings-speaking-limit').fill('40');
  await org.getByTestId('create-submit').click();
  await org.getByTestId('created-links').waitFor();
  const moderatorLink = await org.getByTestId('moderator-link').inputValue();
  const joinLink = await org.getByTestId('join-link').inputValue();
  const observerLink = await org.getByTestId('observer-link').inputValue();
  await org.screenshot({ path: `${shots}organize.png`, fullPage: true });

  step('moderate: start');
  const mod = await newPage(1500, 1200);
  await mod.goto(moderatorLink);
  await mod.getByTestId('start').click();
  await mod.locator('[data-testid=consultation-status][data-status=live]').waitFor();

  step('join: three participants');
  const people = [];
  for (const [name, group, country] of [
    ['Ana Reyes', 'civil-society', 'PH'],
    ['Bo Chen', 'academia', 'CN'],
    ['Chai Somchai', 'private-sector', 'TH'],
  ]) {
    const p = await newPage(1200, 1000);
    await p.goto(joinLink);
    await p.getByTestId('join-name').fill(name);
    await p.getByTestId('join-group').selectOption(group);
    await p.getByTestId('join-country').selectOption(country);
    await p.getByTestId('join-submit').click();
    await p.getByTestId('participate-page').waitFor();
    people.push(p);
  }
  const [ana, bo, chai] = people;

  step('queue: raise hands, reorder by button, keyboard and drag and drop');
  for (const p of people) {
    await p.getByTestId('raise-hand').click();
    await p.getByTestId('my-queue-position').waitFor();
  }
  const rows = mod.getByTestId('queue-row');
  await expectText(mod.getByTestId('queue-summary'), /3 hands raised/, 'moderator queue');
  const order = async () => (await rows.locator('.hand-name').allTextContents()).join(' | ');
  const waitOrder = async (expected, what) => {
    for (let i = 0; i < 50 && (await order()) !== expected; i++) await mod.waitForTimeout(100);
    if ((await order()) !== expected) throw new Error(`${what}: queue is ${await order()}, expected ${expected}`);
  };
  await waitOrder('Ana Reyes | Bo Chen | Chai Somchai', 'initial order');
  await rows.nth(0).getByTestId('move-down').click();
  await waitOrder('Bo Chen | Ana Reyes | Chai Somchai', 'move down');
  await rows.nth(2).focus();
  await mod.keyboard.press('Alt+ArrowUp');
  await waitOrder('Bo Chen | Chai Somchai | Ana Reyes', 'Alt+ArrowUp');
  await rows.nth(2).dragTo(rows.nth(0));
  await waitOrder('Ana Reyes | Bo Chen | Chai Somchai', 'drag and drop');
  await expectText(ana.getByTestId('my-queue-position'), /1st of 3/, 'Ana sees her place');

  step('floor: give to the head; the speaker sees it');
  await mod.getByTestId('give-floor-head').click();
  await ana.getByTestId('you-have-floor').waitFor();
  await expectText(bo.getByTestId('floor-speaker-name'), /Ana Reyes/, 'Bo sees the speaker');
  await ana.getByTestId('countdown').waitFor();

  step('points: post (pending), approve, upvote, capture');
  await ana.getByTestId('point-text-input').fill('Data shared across borders needs <b>safeguards</b>.');
  await ana.getByTestId('point-kind').selectOption('recommendation');
  await ana.getByTestId('post-point').click();
  await ana.locator('[data-testid=point-item][data-status=pending]').waitFor();
  await mod.locator('[data-testid=point-item][data-status=pending]').getByTestId('approve-point').click();
  await bo.locator('[data-testid=point-item][data-status=visible]').waitFor();
  await bo.getByTestId('upvote').first().click();
  await bo.locator('[data-testid=upvote][data-upvoted=true]').waitFor();
  await mod.getByTestId('capture-text').fill('Capacity building should come before enforcement.');
  await mod.getByTestId('capture-theme').selectOption('capacity building');
  await mod.getByTestId('capture-submit').click();
  await expectText(chai.getByTestId('point-text'), /Capacity building should/, 'captured point reaches participants');

  step('polls: open, vote');
  await mod.getByTestId('poll-question').fill('Should the convention cover cloud services?');
  const options = mod.getByTestId('poll-option-input');
  await options.nth(0).fill('Yes');
  await options.nth(1).fill('No');
  await mod.getByTestId('poll-add-option').click();
  await options.nth(2).fill('Undecided');
  await mod.getByTestId('poll-open').click();
  await bo.getByTestId('ballot-option').first().waitFor();
  await bo.getByTestId('ballot-option').nth(0).check();
  await bo.getByTestId('vote').click();
  await chai.getByTestId('ballot-option').nth(2).check();
  await chai.getByTestId('vote').click();
  await mod.locator('[data-testid=poll-option-result][data-option="0"][data-votes="1"]').waitFor();

  step('watch: the observer dashboard');
  const watch = await newPage(1920, 1080);
  await watch.goto(observerLink);
  await watch.getByTestId('tally-present-by-group').waitFor();
  await expectText(watch.getByTestId('floor-speaker-name'), /Ana Reyes/, 'observer sees the speaker');
  await watch.locator('[data-testid=tally-present-by-group] [data-testid=tally-row][data-key=academia][data-value="1"]').waitFor();

  step('moderation: hide with a reason; observers see the count, not the text');
  await mod.locator('[data-testid=point-item]').filter({ hasText: 'Capacity building should' }).getByTestId('hide-point').click();
  await mod.getByTestId('reason-input').fill('Duplicate of an earlier intervention');
  await mod.getByTestId('reason-confirm').click();
  await mod.locator('[data-testid=ledger-row][data-action=hide-point]').waitFor();
  await expectText(watch.getByTestId('moderation-counts'), /1 hidden/, 'observer moderation counts');
  if ((await watch.getByTestId('point-text').allTextContents()).some((t) => t.includes('Capacity building should'))) {
    throw new Error('hidden point text reached the observer');
  }

  step('turn: end it; speaking time is tallied');
  await mod.getByTestId('end-turn').click();
  await expectText(watch.getByTestId('floor-speaker'), /Nobody has the floor/, 'floor cleared');

  step('merge: a duplicate folds into another point');
  await bo.getByTestId('point-text-input').fill('Cross-border data needs safeguards.');
  await bo.getByTestId('post-point').click();
  const pending = mod.locator('[data-testid=point-item][data-status=pending]');
  await pending.waitFor();
  const duplicateId = await pending.getAttribute('data-point-id');
  await pending.getByTestId('approve-point').click();
  await mod.getByTestId('merge-duplicate').selectOption(duplicateId);
  await mod.getByTestId('merge-into').selectOption('P1');
  await mod.getByTestId('merge-submit').click();
  await expectText(watch.getByTestId('moderation-counts'), /1 merged/, 'observer merge count');

  step('floor: the next speaker runs into the warning and overtime');
  await mod.getByTestId('give-floor-head').click();
  await watch.getByTestId('countdown').waitFor();
  await watch.locator('[data-testid=floor-banner][data-state=warning]').waitFor({ timeout: 20_000 });
  await watch.screenshot({ path: `${shots}watch-warning.png` });
  await watch.locator('[data-testid=floor-banner][data-state=overtime]').waitFor({ timeout: 40_000 });
  await watch.getByTestId('overtime-mark').waitFor();
  await watch.screenshot({ path: `${shots}watch-overtime.png` });

  step('removal: a removed participant is told and loses the floor page');
  await mod.locator('[data-testid=participant-row]').filter({ hasText: 'Chai Somchai' }).getByTestId('remove-participant').click();
  await mod.getByTestId('reason-confirm').click();
  await chai.getByTestId('removed-notice').waitFor();

  step('seat: the moderator joins the floor and queues like anyone else');
  await mod.getByText('Queue yourself').click();
  await mod.getByTestId('seat-name').fill('Chair');
  await mod.getByTestId('seat-submit').click();
  await mod.getByTestId('raise-hand').click();
  await expectText(mod.getByTestId('queue-row'), /Chair/, 'moderator in the queue');
  await expectText(watch.getByTestId('queue-row'), /Chair/, 'observer sees the moderator queued');

  step('screenshots');
  await mod.screenshot({ path: `${shots}moderate.png`, fullPage: true });
  await bo.screenshot({ path: `${shots}participate-speaking.png`, fullPage: true });
  await chai.screenshot({ path: `${shots}participate-removed.png` });
  await ana.screenshot({ path: `${shots}participate.png`, fullPage: true });
  await watch.screenshot({ path: `${shots}watch.png`, fullPage: true });
  const home = await newPage();
  await home.goto(`${base}/#/`);
  await home.getByTestId('directory-entry').first().waitFor();
  await home.screenshot({ path: `${shots}home.png`, fullPage: true });
  if (await home.evaluate(() => document.querySelector('script:not([type=module])') !== null)) {
    throw new Error('a script element appeared: text was rendered as HTML');
  }
  console.log('smoke: all steps passed');
} finally {
  await browser.close();
}
