/**
 * The Network and Map views in real headless Chromium, against the real `dossier serve` on the
 * seed texts: what they draw, the period slider, the filters, the links into entity pages, and
 * their layout at 1280 and 900 pixels wide. Screenshots go to test-artifacts/screenshots/.
 *
 * Sigma draws with WebGL, which headless Chromium gives through SwiftShader, its software renderer.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { tempDir } from '../e2e/helpers.js';
import { apiGet, ingestByCli, launchChromium, SCREENSHOTS, SEEDS, startServer, stopServer, watchPage, type PageTroubles, type Server } from './harness.js';
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 900, height: 800 };
/** The colours nodes and circles are filled with (web/src/kind-style.ts). */
const FILL_COLOURS = ['#e8590c', '#1c5fa8', '#74b816'];

interface MonthCount {
  month: string;
  count: number;
}
interface Network {
  nodes: Array<{ id: string; label: string; type: string }>;
  edges: unknown[];
  months: MonthCount[];
}
interface PlaceMap {
  places: Array<{ id: string; label: string }>;
  months: MonthCount[];
}

/** The busiest month of a list of months, and the quietest one with any activity. */
function busiestAndQuietest(months: readonly MonthCount[]): [string, string] {
  const sorted = [...months].sort((a, b) => b.count - a.count || a.month.localeCompare(b.month));
  return [sorted[0]!.month, sorted[sorted.length - 1]!.month];
}

/** Pixels of `element`'s screenshot within a small distance of one of `colours`: what WebGL or SVG drew, not the labels. */
async function pixelsOf(page: Page, element: Locator, colours: readonly string[]): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const wanted = colours.map((colour) => [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)));
      let count = 0;
      for (let k = 0; k < data.length; k += 4) {
        if (wanted.some(([r, g, b]) => Math.abs(data[k]! - r!) + Math.abs(data[k + 1]! - g!) + Math.abs(data[k + 2]! - b!) < 40)) count++;
      }
      return count;
    },
    { png, colours },
  );
}

describe('the Network and Map views in Chromium', () => {
  let folder: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  /** Every page error, console error and request to another host of the pages opened, for the last test. */
  const troubles: PageTroubles = { pageErrors: [], consoleErrors: [], requestsElsewhere: [] };
  const watch = (watched: Page) => {
    watchPage(watched, troubles);
    return watched;
  };

  const api = <T>(route: string): Promise<T> => apiGet<T>(server, route);
  const open = (hash: string) => page.goto(new URL(hash, server.url).href);
  const screenshot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const canvas = () => page.getByTestId('network-canvas');
  const listedNodes = () => page.getByTestId('network-nodes').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')!));
  const listedPlaces = () => page.getByTestId('map-places').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')!));
  const drawnPlaces = () => page.locator('path.place-marker').evaluateAll((paths) => paths.map((each) => each.getAttribute('data-entity-id')!));
  /** Waits until sigma has drawn exactly the nodes listed beside it, and returns their ids. */
  const drawnNodes = async (expected: readonly string[]) => {
    await page.waitForFunction(
      (ids) => {
        const element = document.querySelector<HTMLElement>('[data-testid=network-canvas]');
        const listed = [...document.querySelectorAll('[data-testid=network-nodes] li')].map((item) => item.getAttribute('data-entity-id'));
        const centres = JSON.parse(element?.dataset.nodeCentres ?? '{}') as Record<string, unknown>;
        return element?.dataset.renderedNodes === String(ids.length) && JSON.stringify(listed) === JSON.stringify(ids) && ids.every((id) => id in centres);
      },
      expected,
    );
    return listedNodes();
  };
  const slider = () => page.locator('input[type=range][name=month]');
  /** Moves the slider with the keyboard, step by step, until it shows `month`. */
  const slideTo = async (months: readonly MonthCount[], month: string) => {
    await slider().focus();
    await page.keyboard.press('Home');
    for (const each of months.slice(0, months.findIndex((candidate) => candidate.month === month))) {
      assert.ok(each.month < month);
      await page.keyboard.press('ArrowRight');
    }
    await page.getByTestId('period-label').filter({ hasText: month }).waitFor();
  };

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    folder = tempDir('dossier-graph-views-');
    const db = path.join(folder, 'kb.db');
    ingestByCli(db, readdirSync(SEEDS).map((seed) => path.join(SEEDS, seed)));
    server = await startServer(db);
    browser = await launchChromium();
    page = watch(await browser.newPage({ viewport: WIDE }));
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await browser?.close();
    await stopServer(server);
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  describe('Network', () => {
    it('draws who wrote to whom with WebGL: the nodes the API gives, listed beside the canvas', async () => {
      const expected = await api<Network>('/api/network?kind=letters');
      assert.ok(expected.nodes.length > 5 && expected.edges.length > 0);
      await open('#/network');
      const drawn = await drawnNodes(expected.nodes.map((node) => node.id));
      assert.equal(await canvas().getAttribute('data-rendered-edges'), String(expected.edges.length));
      assert.equal(drawn.length, expected.nodes.length);
      assert.ok((await pixelsOf(page, canvas(), FILL_COLOURS)) > 500, 'the canvas shows coloured nodes');
      assert.match(await page.getByTestId('network-summary').innerText(), new RegExp(`^${expected.nodes.length} of \\d+ correspondents`));
      await screenshot('network');
    });

    it('redraws the network month by month as the period slider moves', async () => {
      const months = (await api<Network>('/api/network?kind=letters')).months;
      const [busiest, quietest] = busiestAndQuietest(months);
      const inMonth = async (month: string) => (await api<Network>(`/api/network?kind=letters&from=${month}&to=${month}`)).nodes.map((node) => node.id);
      await slideTo(months, quietest);
      const quiet = await drawnNodes(await inMonth(quietest));
      assert.match(page.url(), new RegExp(`month=${quietest}`));
      await slideTo(months, busiest);
      const busy = await drawnNodes(await inMonth(busiest));
      assert.notDeepEqual(busy, quiet);
      assert.ok(busy.length > quiet.length, `${busiest}: ${busy.length} nodes, ${quietest}: ${quiet.length}`);
      assert.ok((await pixelsOf(page, canvas(), FILL_COLOURS)) > 100, 'the month is drawn');
      await screenshot('network-month');
      await page.getByRole('button', { name: 'All time' }).click();
      await page.getByTestId('period-label').filter({ hasText: 'all time' }).waitFor();
    });

    it('draws only the kinds and the number of nodes asked for', async () => {
      await page.locator('select[name=kind]').selectOption('co-occurrence');
      const everything = await api<Network>('/api/network?kind=co-occurrence');
      await drawnNodes(everything.nodes.map((node) => node.id));
      await page.locator('input[name=type][value=place]').uncheck();
      await page.locator('input[name=type][value=org]').uncheck();
      const people = await api<Network>('/api/network?kind=co-occurrence&type=person');
      assert.ok(people.nodes.every((node) => node.type === 'person'));
      await drawnNodes(people.nodes.map((node) => node.id));
      await page.locator('select[name=nodes]').selectOption('25');
      const fewer = await api<Network>('/api/network?kind=co-occurrence&type=person&nodes=25');
      assert.equal((await drawnNodes(fewer.nodes.map((node) => node.id))).length, 25);
      assert.match(page.url(), /kind=co-occurrence/);
      assert.match(page.url(), /type=person(&|$)/);
      assert.match(page.url(), /nodes=25/);
    });

    it('opens the entity page of a node clicked on the canvas, and of a node in the list', async () => {
      await open('#/network?kind=co-occurrence&nodes=25');
      const ids = await drawnNodes((await api<Network>('/api/network?kind=co-occurrence&nodes=25')).nodes.map((node) => node.id));
      // The most mentioned node is the largest: the easiest to hit.
      const [largest] = ids;
      const centres = JSON.parse((await canvas().getAttribute('data-node-centres'))!) as Record<string, [number, number]>;
      const box = (await canvas().boundingBox())!;
      await page.mouse.click(box.x + centres[largest!]![0], box.y + centres[largest!]![1]);
      await page.waitForURL(new RegExp(`#/entity/${largest}$`));
      await page.getByTestId('aliases').waitFor();
      await page.goBack();
      await page.getByTestId('network-nodes').locator('li').nth(1).locator('a').click();
      await page.waitForURL(new RegExp(`#/entity/${ids[1]}$`));
      await page.getByTestId('aliases').waitFor();
    });
  });

  describe('Map', () => {
    it('draws the places with coordinates as circles on an offline map of countries', async () => {
      const expected = await api<PlaceMap>('/api/map');
      assert.ok(expected.places.length > 10);
      await open('#/map');
      await page.locator('path.place-marker').nth(expected.places.length - 1).waitFor();
      assert.deepEqual(await drawnPlaces(), expected.places.map((place) => place.id));
      assert.deepEqual(await listedPlaces(), expected.places.map((place) => place.id));
      // The country shapes: many more outlines than circles.
      await page.locator('[data-testid=place-map][data-base-map=drawn]').waitFor();
      assert.ok((await page.locator('.leaflet-overlay-pane path:not(.place-marker)').count()) > 100);
      assert.ok((await pixelsOf(page, page.getByTestId('place-map'), [FILL_COLOURS[2]!])) > 200, 'the circles are filled');
      await screenshot('map');
    });

    it('redraws the map month by month as the period slider moves, and by the name typed', async () => {
      const months = (await api<PlaceMap>('/api/map')).months;
      const [busiest, quietest] = busiestAndQuietest(months);
      const inMonth = async (month: string) => (await api<PlaceMap>(`/api/map?from=${month}&to=${month}`)).places.map((place) => place.id);
      await slideTo(months, quietest);
      const quiet = await inMonth(quietest);
      await page.waitForFunction((count) => document.querySelectorAll('path.place-marker').length === count, quiet.length);
      assert.deepEqual(await drawnPlaces(), quiet);
      await slideTo(months, busiest);
      const busy = await inMonth(busiest);
      await page.waitForFunction((count) => document.querySelectorAll('path.place-marker').length === count, busy.length);
      assert.deepEqual(await drawnPlaces(), busy);
      assert.notDeepEqual(busy, quiet);
      assert.match(page.url(), new RegExp(`month=${busiest}`));
      await screenshot('map-month');

      const [first] = (await api<PlaceMap>(`/api/map?from=${busiest}&to=${busiest}`)).places;
      await page.locator('input[name=name]').fill(first!.label);
      await page.waitForFunction((count) => document.querySelectorAll('path.place-marker').length < count, busy.length);
      const named = await drawnPlaces();
      assert.ok(named.includes(first!.id));
      assert.deepEqual(await listedPlaces(), named);
    });

    it('opens the entity page of a circle clicked', async () => {
      await open('#/map');
      // The view of the month before gives way to the view of all time.
      await page.getByTestId('period-label').filter({ hasText: 'all time' }).waitFor();
      const [first] = (await api<PlaceMap>('/api/map')).places;
      const circle = page.locator(`path.place-marker[data-entity-id="${first!.id}"]`);
      await circle.waitFor();
      // The largest circle may lie under smaller ones: click its top edge, inside it.
      const box = (await circle.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + 3);
      await page.waitForURL(new RegExp(`#/entity/${first!.id}$`));
      await page.getByTestId('aliases').waitFor();
    });
  });

  it('keeps every control apart and reachable at 1280 and at 900 pixels wide', async () => {
    for (const [viewport, suffix] of [[WIDE, ''], [NARROW, '-900']] as const) {
      await page.setViewportSize(viewport);
      for (const view of ['network', 'map']) {
        await open(`#/${view}`);
        await page.locator(view === 'network' ? '[data-testid=network-canvas][data-rendered-nodes]' : '[data-testid=place-map][data-base-map=drawn]').waitFor();
        const controls = await page.locator('.graph-controls').locator('select, input, button').evaluateAll((elements) =>
          elements.map((element) => {
            const { left, right, top, bottom } = element.getBoundingClientRect();
            return { name: element.getAttribute('name') ?? element.textContent, left, right, top, bottom };
          }),
        );
        for (const [k, one] of controls.entries()) {
          assert.ok(one.right <= viewport.width, `${view} ${viewport.width}: ${one.name} runs off the window`);
          for (const other of controls.slice(k + 1)) {
            const apart = one.right <= other.left || other.right <= one.left || one.bottom <= other.top || other.bottom <= one.top;
            assert.ok(apart, `${view} ${viewport.width}: ${one.name} overlaps ${other.name}`);
          }
        }
        const drawing = await page.locator(view === 'network' ? '[data-testid=network-canvas]' : '[data-testid=place-map]').boundingBox();
        const lowest = Math.max(...controls.map((control) => control.bottom));
        assert.ok(drawing && drawing.y >= lowest, `${view} ${viewport.width}: the drawing lies under the controls`);
        assert.ok(drawing.x + drawing.width <= viewport.width, `${view} ${viewport.width}: the drawing fits the window`);
        await screenshot(`${view}${suffix}`);
      }
    }
    // Every control is reached by the keyboard: Tab from the page's top passes through the slider.
    await open('#/network');
    await page.reload();
    await slider().waitFor();
    let reached = false;
    // Past the skip link, the brand, the ten views of the nav and the controls before the slider.
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'month');
    }
    assert.ok(reached, 'the period slider is reached with Tab');
    await page.setViewportSize(WIDE);
  });

  it('loads sigma and leaflet only with their views', async () => {
    const scripts: string[] = [];
    const fresh = watch(await browser.newPage({ viewport: WIDE }));
    fresh.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await fresh.goto(new URL('#/search', server.url).href);
    await fresh.locator('input[name=q]').waitFor();
    assert.ok(!scripts.some((script) => /NetworkView|MapView|countries/.test(script)), scripts.join(', '));
    await fresh.close();
  });

  it('raised no page error, no console error, and asked nothing of any host but the server', () => {
    assert.deepEqual(troubles, { pageErrors: [], consoleErrors: [], requestsElsewhere: [] });
  });
});
