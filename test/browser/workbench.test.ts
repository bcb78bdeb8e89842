/**
 * The web workbench in real headless Chromium, against the real `dossier serve`: ingest, search,
 * read, entity pages, corrections that survive a re-ingest, undo, and documents that try to run
 * code. Every view is saved as a screenshot in test-artifacts/screenshots/.
 *
 * Chromium is Debian's (`apt-get install chromium`), or the one CHROMIUM_PATH names.
 */
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiGet, ingestByCli, launchChromium, SCREENSHOTS, SEEDS, startServer, stopServer, watchPage, type Server } from './harness.js';

/** An edit rebuilds the knowledge base, an upload ingests: both take seconds. */
const SLOW_MS = 60_000;

/** Text that would run code if the workbench ever treated a document's text as markup. */
const ATTACKS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">javascript: link</a>',
  '<svg onload="window.__pwned=1"></svg>',
].join('\n');
/** A word no other document has, to find the hostile ones by search. */
const HOSTILE_WORD = 'Xylophonequartz';

/**
 * Selects, in the reader, a word of five letters or more that no mention covers, as a user's drag
 * would, and returns it with its offset in the source.
 */
async function selectPlainWord(page: Page): Promise<{ word: string; start: number }> {
  const chosen = await page.evaluate(() => {
    for (const piece of document.querySelectorAll<HTMLElement>('[data-testid=reader-text] span[data-start]:not(.m)')) {
      const text = piece.firstChild;
      const word = text?.textContent ? /\p{L}{5,}/u.exec(text.textContent) : null;
      if (!text || !word) continue;
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      piece.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return { word: word[0], start: Number(piece.dataset.start) + word.index };
    }
    return null;
  });
  assert.ok(chosen, 'no unmarked word in the reader');
  return chosen;
}

describe('the web workbench in Chromium', () => {
  let folder: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let troubles: ReturnType<typeof watchPage>;
  /** The seed uploaded through the Ingest view; the others are ingested by the CLI beforehand. */
  let uploadedSeed: string;

  const api = <T>(route: string) => apiGet<T>(server, route);
  const open = async (hash: string) => {
    await page.goto(new URL(hash, server.url).href);
  };
  const screenshot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const upload = async (files: string[]) => {
    await open('#/ingest');
    // A fresh view: no table of an earlier upload to mistake for this one's.
    await page.reload();
    await page.locator('input[type=file]').setInputFiles(files);
    await page.getByTestId('ingest-results').waitFor({ timeout: SLOW_MS });
  };
  const sourceIdOf = async (fileName: string) => {
    const sources = await api<{ id: string; path: string }[]>('/api/sources');
    const source = sources.find((candidate) => path.basename(candidate.path) === fileName);
    assert.ok(source, `no stored source ${fileName}`);
    return source.id;
  };

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    folder = mkdtempSync(path.join(tmpdir(), 'dossier-workbench-'));
    const corpus = path.join(folder, 'corpus');
    mkdirSync(corpus);
    const seeds = readdirSync(SEEDS).sort();
    for (const seed of seeds) copyFileSync(path.join(SEEDS, seed), path.join(corpus, seed));
    // The smallest seed goes through the browser; the others are faster by the CLI.
    [uploadedSeed] = seeds;
    ingestByCli(
      path.join(folder, 'kb.db'),
      seeds.slice(1).map((seed) => path.join(corpus, seed)),
    );
    server = await startServer(path.join(folder, 'kb.db'));

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    troubles = watchPage(page);
    // The browser reports each blocked script or resource here, whether or not it logs it.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const record = window as unknown as { __cspViolations?: string[] };
        (record.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  });

  after(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('ingests a file chosen in the Ingest view, with an upload and a result per file', { timeout: SLOW_MS }, async () => {
    await upload([path.join(folder, 'corpus', uploadedSeed)]);
    const row = page.getByTestId('ingest-results').locator('tbody tr');
    await assert.doesNotReject(row.filter({ hasText: uploadedSeed }).filter({ hasText: 'added' }).waitFor());
    await screenshot('ingest');
    const stats = await api<{ sources: number }>('/api/stats');
    assert.equal(stats.sources, readdirSync(SEEDS).length);
  });

  it('searches in Russian and in English as one types, with highlighted snippets', async () => {
    await open('#/search');
    await page.locator('input[name=q]').fill('Энвер');
    await page.locator('.hit').first().waitFor();
    assert.match(await page.getByTestId('result-count').innerText(), /\d+ passages? match/);
    assert.match(await page.locator('.hit mark').first().innerText(), /^Энвер/);

    await page.locator('input[name=q]').fill('Chicherin');
    await page.locator('.hit mark', { hasText: /Chicherin/ }).first().waitFor();
    const inEnglish = page.waitForResponse((response) => response.url().includes('/api/search') && response.url().includes('lang=en'));
    await page.locator('select[name=lang]').selectOption('en');
    await inEnglish;
    await page.locator('.notice-loading').waitFor({ state: 'detached' });
    assert.ok((await page.locator('.hit').count()) > 0, 'no English hit');
    for (const lang of await page.locator('.hit .snippet').evaluateAll((snippets) => snippets.map((snippet) => snippet.getAttribute('lang')))) {
      assert.equal(lang, 'en');
    }
    await page.locator('input[name=q]').fill('Чичерин');
    await page.locator('select[name=lang]').selectOption('');
    await page.locator('.hit mark', { hasText: /Чичерин/ }).first().waitFor();
    await screenshot('search');
  });

  it('opens the reader at a hit, with the mentions highlighted by kind and their values on hover', async () => {
    await page.locator('.hit-link').first().click();
    await page.waitForURL(/#\/source\/[^?]+\?at=\d+/);
    await page.locator('.passage.flash').waitFor();
    assert.ok((await page.locator('.reader-text .m-person').count()) > 0, 'no person highlighted');
    assert.ok((await page.locator('.reader-text .m-place').count()) > 0, 'no place highlighted');
    const date = page.locator('.reader-text span.m-date').first();
    // Scrolling hides the tooltip (its place would be wrong): scroll first, then point.
    await date.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await date.hover();
    await page.getByTestId('mention-tooltip').filter({ hasText: 'EDTF' }).waitFor();
    // A kind switched off is no longer highlighted.
    await page.locator('.legend-item', { hasText: 'Date' }).locator('input').uncheck();
    assert.equal(await page.locator('.reader-text .m-date').count(), 0);
    await page.locator('.legend-item', { hasText: 'Date' }).locator('input').check();
    await date.hover();
    await page.getByTestId('mention-tooltip').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reader-viewport.png') });
    await page.mouse.move(0, 0);
    await screenshot('reader');
  });

  it('offers to add a name for text selected in the reader', async () => {
    await open(`#/source/${await sourceIdOf(uploadedSeed)}`);
    await page.locator('.passage').first().waitFor();
    const chosen = await selectPlainWord(page);
    const panel = page.getByTestId('correction-panel');
    await panel.locator('.selected-text', { hasText: chosen.word }).waitFor();
    await panel.getByTestId('accept-form').waitFor();
  });

  it('opens an entity page from a name in the reader', async () => {
    await page.locator('.reader-text a.m-person').first().click();
    await page.waitForURL(/#\/entity\//);
    await page.getByTestId('aliases').waitFor();
    assert.ok((await page.locator('.alias').count()) > 0);
    assert.ok((await page.locator('.mention-list li mark').count()) > 0, 'the mentions do not mark the name in their sentences');
    await screenshot('entity');
    await page.locator('.mention-list li a').first().click();
    await page.waitForURL(/#\/source\/[^?]+\?at=\d+&end=\d+/);
    await page.locator('.reader-text .marked').first().waitFor();
  });

  it('lists the sources, each opening in the reader', async () => {
    await open('#/sources');
    await page.locator('.sources-table tbody tr').first().waitFor();
    assert.equal(await page.locator('.sources-table tbody tr').count(), readdirSync(SEEDS).length);
    await screenshot('sources');
    await page.locator('.sources-table tbody a').first().click();
    await page.waitForURL(/#\/source\//);
    await page.locator('.passage').first().waitFor();
  });

  describe('corrections', () => {
    /** Two people the test merges: the two most mentioned, whatever the corpus makes of them. */
    let into: { id: string; label: string; aliases: { text: string }[] };
    let from: { id: string; label: string; aliases: { text: string }[] };

    const aliasesOnPage = async (entityId: string) => {
      // A fresh load: the page may already show this entity as it was before an edit.
      await page.goto('about:blank');
      await open(`#/entity/${entityId}`);
      await page.getByTestId('aliases').waitFor();
      return page.locator('.alias').evaluateAll((aliases) => aliases.map((alias) => alias.firstChild?.textContent?.trim() ?? ''));
    };

    before(async () => {
      const people = await api<(typeof into)[]>('/api/entities?type=person&limit=2');
      assert.equal(people.length, 2);
      [into, from] = people as [typeof into, typeof from];
    });

    it('merges another entity, picked by name, into an entity page', { timeout: SLOW_MS }, async () => {
      await open(`#/entity/${into.id}`);
      await page.getByTestId('merge-action').locator('summary').click();
      await page.getByTestId('merge-form').locator('input[type=search]').fill(from.aliases[0]!.text);
      await page.locator('.picker-results button', { hasText: from.label }).first().click();
      await page.getByTestId('merge-form').locator('input[type=text]').fill('one person, named two ways');
      await page.getByTestId('merge-form').locator('button[type=submit]').click();
      await page.getByTestId('merge-form').locator('.notice-success').waitFor({ timeout: SLOW_MS });
      const aliases = await aliasesOnPage(into.id);
      assert.ok(aliases.includes(into.aliases[0]!.text), `merged page lacks ${into.aliases[0]!.text}: ${aliases.join(', ')}`);
      assert.ok(aliases.includes(from.aliases[0]!.text), `merged page lacks ${from.aliases[0]!.text}: ${aliases.join(', ')}`);
      await screenshot('entity-merged');
    });

    it('keeps the merge when a changed file is ingested again', { timeout: SLOW_MS }, async () => {
      const changed = path.join(folder, 'corpus', uploadedSeed);
      appendFileSync(changed, '\n\nA paragraph added in a later transcription of this document.\n');
      await upload([changed]);
      await page.getByTestId('ingest-results').locator('tbody tr', { hasText: 'replaced' }).waitFor();
      const aliases = await aliasesOnPage(into.id);
      assert.ok(aliases.includes(from.aliases[0]!.text), `the merge was lost on re-ingest: ${aliases.join(', ')}`);
      await open('#/edits');
      await page.locator('tr[data-edit-kind=merge]', { hasText: 'applied' }).waitFor();
    });

    it('adds a name selected in the reader, and rejects a name pointed at', { timeout: SLOW_MS }, async () => {
      await open(`#/source/${await sourceIdOf(uploadedSeed)}`);
      await page.locator('.passage').first().waitFor();
      const chosen = await selectPlainWord(page);
      const accept = page.getByTestId('accept-form');
      await accept.locator('select').selectOption('place');
      await accept.locator('button[type=submit]').click();
      await page.locator(`.reader-text .m-place[data-start="${chosen.start}"]`).waitFor({ timeout: SLOW_MS });

      const person = page.locator('.reader-text a.m-person').first();
      const start = await person.getAttribute('data-start');
      await person.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      await person.hover();
      await page.getByTestId('mention-tooltip').getByRole('button', { name: /Correct/ }).first().click();
      await page.getByTestId('reject-form').first().locator('button[type=submit]').click();
      // The rejected name is plain text again: no person highlight starts there (the words join the text around them).
      await page.locator(`.reader-text .m-person[data-start="${start}"]`).waitFor({ state: 'detached', timeout: SLOW_MS });
      assert.ok((await page.locator('.reader-text').textContent())!.length > 0);
    });

    it('undoes the merge in the Edits view, the undo itself logged', { timeout: SLOW_MS }, async () => {
      await open('#/edits');
      await page.locator('tr[data-edit-kind=merge]').getByRole('button', { name: 'Undo' }).click();
      await page.locator('tr[data-edit-kind=merge]', { hasText: 'undone' }).waitFor({ timeout: SLOW_MS });
      await page.locator('tr[data-edit-kind=undo]').waitFor();
      const aliases = await aliasesOnPage(into.id);
      assert.ok(!aliases.includes(from.aliases[0]!.text), `the undone merge still shows: ${aliases.join(', ')}`);
    });
  });

  it('shows the corrections log with each edit\'s status', async () => {
    await open('#/edits');
    await page.locator('.edits-table').waitFor();
    await screenshot('edits');
  });

  it('shows hostile documents as text: nothing in them runs, in the reader or in search results', { timeout: SLOW_MS }, async () => {
    const hostileText = path.join(folder, 'hostile.txt');
    const hostileHtml = path.join(folder, 'hostile.html');
    writeFileSync(hostileText, `A transcription that quotes markup. ${HOSTILE_WORD} in the archive.\n\n${ATTACKS}\n\nThe end of the note.\n`);
    writeFileSync(
      hostileHtml,
      `<!DOCTYPE html><html><head><title>Hostile ${HOSTILE_WORD} page</title><script>window.__pwned=1</script></head><body><p>${HOSTILE_WORD} report of the embassy.</p>${ATTACKS}<p>&lt;script&gt;window.__pwned=1&lt;/script&gt; as written.</p></body></html>`,
    );
    await upload([hostileText, hostileHtml]);
    assert.equal(await page.getByTestId('ingest-results').locator('tbody tr', { hasText: 'added' }).count(), 2);

    const assertNothingRan = async () => {
      const state = await page.evaluate(() => {
        const record = window as unknown as { __pwned?: unknown; __cspViolations?: string[] };
        return {
          pwned: record.__pwned,
          violations: record.__cspViolations ?? [],
          foreignScripts: [...document.scripts].filter((script) => !script.src || !new URL(script.src).pathname.startsWith('/assets/')).length,
          images: document.querySelectorAll('img, svg[onload]').length,
          javascriptLinks: [...document.querySelectorAll('[href]')].filter((element) => element.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:')).length,
          handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        };
      });
      assert.deepEqual(state, { pwned: undefined, violations: [], foreignScripts: 0, images: 0, javascriptLinks: 0, handlers: 0 });
    };

    await open(`#/source/${await sourceIdOf('hostile.txt')}`);
    await page.locator('.passage').first().waitFor();
    const text = await page.getByTestId('reader-text').innerText();
    assert.ok(text.includes('<script>window.__pwned=1</script>'), `the markup is not shown as text: ${text}`);
    assert.ok(text.includes('onerror="window.__pwned=1"'));
    await assertNothingRan();

    await open(`#/source/${await sourceIdOf('hostile.html')}`);
    await page.locator('.passage').first().waitFor();
    assert.ok((await page.getByTestId('reader-text').innerText()).includes(HOSTILE_WORD));
    await assertNothingRan();

    await open(`#/search?q=${HOSTILE_WORD}`);
    await page.locator('.hit').nth(1).waitFor();
    await page.locator('input[name=q]').fill('pwned');
    await page.locator('.hit mark', { hasText: /pwned/i }).first().waitFor();
    await assertNothingRan();
  });

  it('raised no page error, no console error, and asked nothing of any host but the server', () => {
    assert.deepEqual(troubles, { pageErrors: [], consoleErrors: [], requestsElsewhere: [] });
  });
});
