/**
 * The Overview (the landing page) and Claims views in real headless Chromium, against the real
 * `dossier serve` on the demo corpus and two reports that disagree about a delivery of rifles;
 * and the header and the kinds' colours as every view shares them: the nav at 900 px, the
 * keyboard, greyscale. Each view is saved as a screenshot at 1280×800 and 900 px wide in
 * test-artifacts/screenshots/.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiGet, openWorkbench, SCREENSHOTS, type PageTroubles, type Server, type Workbench } from './harness.js';

/** Two reports of one delivery: different numbers of rifles, the same number of machine guns. */
const DISPUTE = {
  'dispatch.txt': 'Throughout the war the Soviet government armed the Turkish nationalists. During 1922 it delivered to Ankara 60,000 rifles and 180 machine guns by sea.\n',
  'svodka.txt': 'Всю войну советское правительство вооружало турецких националистов. В 1922 г. оно передало Анкаре 50 тыс. винтовок и 180 пулеметов морем.\n',
};
/** As the Claims view pages them. */
const CLAIMS_PAGE = 20;
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 900, height: 800 };

interface Stats {
  sources: number;
  passages: number;
  entities: Record<'person' | 'place' | 'org', number>;
  documents: number;
}
interface ClaimsPage {
  total: number;
  counts: Record<'conflict' | 'agree' | 'single', number>;
  groups: Array<{ id: string; item: string; headline: string; status: string; readings: Array<{ shown: string }>; statements: Array<{ shown: string; source: string; start: number }> }>;
}
interface Overview {
  busiest: Record<'person' | 'place' | 'org', Array<{ id: string; label: string }>>;
  mentionsByMonth: Array<{ month: string; count: number }>;
}

/** Whether two boxes share any area. */
function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('the Overview and Claims views in Chromium', () => {
  let workbench: Workbench | undefined;
  let server: Server;
  let page: Page;
  let troubles: PageTroubles;

  const api = <T>(route: string) => apiGet<T>(server, route);
  const open = async (hash: string) => {
    await page.goto(new URL(hash, server.url).href);
  };
  /** The whole page at both widths; the view is left at 1280 px. */
  const screenshots = async (name: string) => {
    for (const [size, viewport] of [['1280', WIDE], ['900', NARROW]] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(100);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(WIDE);
  };
  const claimsLoaded = async () => {
    await page.locator('.notice-loading').waitFor({ state: 'detached' });
    await page.getByTestId('claims-count').waitFor();
  };
  /** Waits for the Claims view to show the answer to this request of the API. */
  const claimsAfter = async (change: () => Promise<unknown>, expected: (url: URL) => boolean) => {
    const answered = page.waitForResponse((response) => response.url().includes('/api/claims') && expected(new URL(response.url())));
    await change();
    const response = await answered;
    const body = (await response.json()) as ClaimsPage;
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid=claim-group]').length === count, body.groups.length);
    return body;
  };

  before(async () => {
    workbench = await openWorkbench('dossier-overview-views-', WIDE, DISPUTE);
    ({ server, page, troubles } = workbench);
  });

  after(() => workbench?.close());

  describe('Overview', () => {
    it('is the landing page, its counts those of /api/stats', async () => {
      await open('/');
      const counts = page.getByTestId('overview-counts');
      await counts.waitFor();
      const stats = await api<Stats>('/api/stats');
      const claims = await api<ClaimsPage>('/api/claims?limit=1');
      const shown = async (name: string) => Number((await counts.locator(`[data-count=${name}] .count-number`).innerText()).replace(/\D/g, ''));
      assert.equal(await shown('sources'), stats.sources);
      assert.equal(await shown('passages'), stats.passages);
      for (const kind of ['person', 'place', 'org'] as const) assert.equal(await shown(kind), stats.entities[kind], kind);
      assert.equal(await shown('documents'), stats.documents);
      assert.equal(await shown('claims'), claims.total);
      assert.equal(await shown('conflicts'), claims.counts.conflict);
      assert.equal(await page.locator('.site-header nav a[aria-current=page]').innerText(), 'Overview');
    });

    it('draws the corpus over time as bars, highest where most is dated', async () => {
      const bars = page.locator('.sparkline svg rect.bar');
      assert.ok((await bars.count()) >= 12, 'a bar a month over a year at least');
      const heights = await bars.evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('height'))));
      const { mentionsByMonth } = await api<Overview>('/api/overview');
      const busiest = mentionsByMonth.reduce((best, month) => (month.count > best.count ? month : best));
      const tallest = await bars.nth(heights.indexOf(Math.max(...heights))).locator('title').textContent();
      assert.equal(tallest, `${busiest.month}: ${busiest.count}`);
      assert.ok(heights.filter((height) => height > 0).length > 3);
    });

    it('lists the busiest people, places and organisations, each opening its entity page', async () => {
      const overview = await api<Overview>('/api/overview');
      for (const kind of ['person', 'place', 'org'] as const) {
        const names = await page.getByTestId(`busiest-${kind}`).locator('li a').allInnerTexts();
        assert.ok(names.length > 0, `no ${kind}`);
        assert.deepEqual(names, overview.busiest[kind].map((entity) => entity.label));
      }
      await screenshots('overview');
      const first = overview.busiest.person[0]!;
      await page.getByTestId('busiest-person').locator('li a').first().click();
      await page.waitForURL(new RegExp(`#/entity/${first.id}$`));
      await page.locator('.entity-view h1', { hasText: first.label }).waitFor();
    });

    it('shows the conflicts first, each opening the claims of its item', async () => {
      await open('#/overview');
      const lines = page.getByTestId('overview-claims').locator('li');
      await lines.first().waitFor();
      const first = (await api<ClaimsPage>('/api/claims?limit=1')).groups[0]!;
      assert.equal(first.status, 'conflict');
      assert.match(await lines.first().innerText(), /Conflict/);
      assert.match(await lines.first().innerText(), new RegExp(first.readings.map((reading) => reading.shown).join('|')));
      await lines.first().getByRole('link', { name: first.headline }).click();
      await page.waitForURL(/#\/claims\?item=/);
      await claimsLoaded();
      assert.equal(await page.locator('select[name=item]').inputValue(), first.item);
      assert.ok((await page.getByTestId('claim-group').count()) > 0);
    });

    it('searches from its search box', async () => {
      await open('#/overview');
      await page.locator('.overview-search input[name=q]').fill('Энвер');
      await page.locator('.overview-search input[name=q]').press('Enter');
      await page.waitForURL(/#\/search\?q=/);
      await page.locator('.hit').first().waitFor();
    });
  });

  describe('Claims', () => {
    it('shows the groups, conflicts first, each value with its sources and each statement with its passage', async () => {
      await open('#/claims');
      await claimsLoaded();
      const expected = await api<ClaimsPage>(`/api/claims?limit=${CLAIMS_PAGE}`);
      const groups = page.getByTestId('claim-group');
      assert.equal(await groups.count(), expected.groups.length);
      assert.deepEqual(await groups.evaluateAll((all) => all.map((group) => group.getAttribute('data-status'))), expected.groups.map((group) => group.status));
      for (const [k, group] of expected.groups.entries()) {
        const drawn = groups.nth(k);
        assert.deepEqual(await drawn.locator('.claim-reading .claim-value').allInnerTexts(), group.readings.map((reading) => reading.shown), group.headline);
        assert.deepEqual(await drawn.locator('.claim-statements td.claim-value').allInnerTexts(), group.statements.map((statement) => statement.shown));
        const links = await drawn.locator('.claim-source a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        assert.deepEqual(links.map((link) => /^#\/source\/([0-9a-f]+)\?at=(\d+)&end=\d+$/.exec(link ?? '')?.slice(1, 3).join(':')), group.statements.map((statement) => `${statement.source}:${statement.start}`));
      }
      // Each statement's own words are marked in its sentence.
      assert.ok((await groups.first().locator('.claim-passage mark').count()) >= 2);
      await screenshots('claims');
    });

    it('filters: only conflicts, one item; and pages', async () => {
      const all = await api<ClaimsPage>('/api/claims');
      const conflicts = await claimsAfter(() => page.locator('input[name=conflicts]').check(), (url) => url.searchParams.get('conflicts') === 'true');
      assert.ok(conflicts.groups.length > 0 && conflicts.groups.length < all.total);
      assert.deepEqual(await page.getByTestId('claim-group').evaluateAll((groups) => [...new Set(groups.map((group) => group.getAttribute('data-status')))]), ['conflict']);
      assert.match(page.url(), /conflicts=1/);
      await screenshots('claims-conflicts');

      await claimsAfter(() => page.locator('input[name=conflicts]').uncheck(), (url) => !url.searchParams.has('conflicts'));
      const rifles = await claimsAfter(() => page.locator('select[name=item]').selectOption('rifle'), (url) => url.searchParams.get('item') === 'rifle');
      assert.ok(rifles.groups.length >= 2);
      for (const headline of await page.getByTestId('claim-group').locator('h2').allInnerTexts()) assert.match(headline, /rifle/);
      await claimsAfter(() => page.locator('select[name=item]').selectOption(''), (url) => !url.searchParams.has('item'));

      assert.ok(all.total > CLAIMS_PAGE, `the corpus gives ${all.total} groups, not enough for a second page`);
      const firstPage = await page.getByTestId('claim-group').locator('h2').allInnerTexts();
      await claimsAfter(() => page.getByRole('button', { name: 'Next →' }).click(), (url) => url.searchParams.get('offset') === String(CLAIMS_PAGE));
      assert.match(await page.getByTestId('claims-count').innerText(), new RegExp(`showing ${CLAIMS_PAGE + 1}–`));
      const secondPage = await page.getByTestId('claim-group').locator('h2').allInnerTexts();
      assert.equal(secondPage.length, Math.min(CLAIMS_PAGE, all.total - CLAIMS_PAGE));
      assert.notDeepEqual(secondPage, firstPage.slice(0, secondPage.length));
      await claimsAfter(() => page.getByRole('button', { name: '← Previous' }).click(), (url) => url.searchParams.get('offset') === '0');
    });

    it('opens the entity a group is about, and the reader at a statement', async () => {
      await open('#/claims?conflicts=1');
      await claimsLoaded();
      const subject = page.getByTestId('claim-group').first().locator('.claim-subject a').first();
      const label = await subject.innerText();
      await subject.click();
      await page.waitForURL(/#\/entity\//);
      await page.locator('.entity-view h1', { hasText: new RegExp(label.replace(/^\W+\s*/, '')) }).waitFor();

      await page.goBack();
      await claimsLoaded();
      const statement = page.getByTestId('claim-group').first().locator('.claim-statements tbody tr').first();
      const value = await statement.locator('td.claim-value').innerText();
      await statement.locator('.claim-source a').click();
      await page.waitForURL(/#\/source\/[^?]+\?at=\d+&end=\d+/);
      const marked = await page.locator('.reader-text .marked').first().innerText();
      assert.ok(marked.replace(/\D/g, '').startsWith(value.replace(/\D/g, '').slice(0, 2)), `the reader marks "${marked}", not the statement of ${value}`);
    });
  });

  describe('the header and the kinds, in every view', () => {
    it('keeps every nav link visible and apart at 900 px, reachable by the keyboard with a visible focus', async () => {
      await page.setViewportSize(NARROW);
      await open('#/claims');
      await claimsLoaded();
      const headerBoxes = () =>
        page.locator('.site-header .brand, .site-header nav a, .site-header .store-stats').evaluateAll((elements) =>
          elements.map((element) => ({ text: (element as HTMLElement).innerText, box: element.getBoundingClientRect().toJSON() as DOMRect })),
        );
      const assertApart = (boxes: Awaited<ReturnType<typeof headerBoxes>>) => {
        for (const [k, a] of boxes.entries()) {
          assert.ok(a.box.width > 0 && a.box.x >= 0 && a.box.x + a.box.width <= NARROW.width, `${a.text} is not wholly on screen`);
          for (const b of boxes.slice(k + 1)) assert.ok(!overlap(a.box, b.box), `${a.text} overlaps ${b.text}`);
        }
      };
      assertApart(await headerBoxes());
      // Room for ten views in all (those not in the nav yet added for the test), each wholly visible, none over another.
      await page.locator('.site-header nav').evaluate((nav) => {
        const present = [...nav.querySelectorAll('a')].map((link) => link.textContent);
        for (const label of ['Calendar', 'Timeline', 'Network', 'Map'].filter((label) => !present.includes(label))) {
          const link = nav.lastElementChild!.cloneNode() as HTMLAnchorElement;
          link.textContent = label;
          nav.append(link);
        }
      });
      const crowded = await headerBoxes();
      assert.equal(crowded.length, 12);
      assertApart(crowded);
      const navBottom = Math.max(...crowded.map(({ box }) => box.y + box.height));
      const mainTop = await page.locator('main').evaluate((main) => main.getBoundingClientRect().top);
      assert.ok(navBottom <= mainTop, 'the nav runs into the view');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'header-ten-views-900.png'), clip: { x: 0, y: 0, width: NARROW.width, height: 160 } });

      // From the top of a page just loaded: the skip link, the brand, then the views in order.
      await page.reload();
      await claimsLoaded();
      const navLabels = await page.locator('.site-header nav a').allInnerTexts();
      const reached: string[] = [];
      for (let k = 0; k < navLabels.length + 2; k++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          return { text: element.innerText, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        assert.ok(focused.outline, `no visible focus on ${focused.text}`);
        reached.push(focused.text);
      }
      assert.deepEqual(reached, ['Skip to the view', 'Dossier', ...navLabels]);
      // Enter follows the focused link.
      const target = await page.evaluate(() => document.activeElement!.getAttribute('href'));
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.hash === target);
      await page.setViewportSize(WIDE);
    });

    it('tells the kinds of mention apart without their colours, in the reader and its legend', async () => {
      const { id } = (await api<Array<{ id: string; path: string }>>('/api/sources')).find((source) => source.path.endsWith('004_3cf1fd47c83241f0.txt'))!;
      await open(`#/source/${id}`);
      await page.locator('.passage').first().waitFor();
      const looks = await page.locator('.legend .swatch').evaluateAll((swatches) =>
        swatches.map((swatch) => {
          const style = getComputedStyle(swatch);
          return `${getComputedStyle(swatch, '::before').content} ${style.textDecorationLine} ${style.textDecorationStyle} / ${style.borderBottomStyle}`;
        }),
      );
      assert.equal(looks.length, 8);
      assert.equal(new Set(looks).size, looks.length, `two kinds look alike without colour: ${looks.join('; ')}`);
      for (const kind of ['person', 'place', 'org', 'date', 'quantity']) {
        const style = await page.locator(`.reader-text .m-${kind}`).first().evaluate((element) => getComputedStyle(element).textDecorationLine);
        assert.equal(style, 'underline', kind);
      }
      // As a greyscale printer would see it: backgrounds dropped, colours grey.
      await page.emulateMedia({ media: 'print' });
      await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'reader-greyscale-print.png') });
      await page.emulateMedia({ media: 'screen' });
    });

    it('raised no page error, no console error, and asked nothing of any host but the server', () => {
      assert.deepEqual(troubles, { pageErrors: [], consoleErrors: [], requestsElsewhere: [] });
    });
  });
});
