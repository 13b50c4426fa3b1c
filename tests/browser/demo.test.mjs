// The demo page (www/) in Debian's Chromium, served as `make demo` serves it. Saves
// screenshots at 1280 and 390 px, light and dark, to tests/artifacts/ (ignored by git).
// Needs `make pkg` first.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, open, ROOT } from './harness.mjs';

const SAMPLE_TITLE = 'U.S. intention to continue dialogue can make Anchorage talks a success';
let browser;
let page;

before(async () => {
  browser = await open();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.base.slice(0, -1) });
  // Every render's summary length and word count, from the very first.
  await browser.context.addInitScript(() => {
    window.renders = [];
    document.addEventListener('abridge-summary-updated', (e) =>
      window.renders.push({ sentences: e.detail.summary.length, words: e.detail.stats.words }),
    );
  });
  page = await browser.page('www/');
  // The first render is of the empty box; the sample arrives a moment later.
  await page.waitForFunction(() => document.getElementById('summary').result?.summary.length > 0, null, {
    timeout: 20000,
  });
});
after(() => browser.close());

/** Runs `action`, waits (20 s at most) for the element's next render, returns what the page shows. */
async function ready(action) {
  await page.evaluate(() => {
    const el = document.getElementById('summary');
    window.lastEvent = null;
    const done = (e) => {
      window.lastEvent = e.type;
      el.removeEventListener('abridge-summary-updated', done);
      el.removeEventListener('abridge-summary-error', done);
    };
    el.addEventListener('abridge-summary-updated', done);
    el.addEventListener('abridge-summary-error', done);
  });
  await action();
  await page.waitForFunction(() => window.lastEvent, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.lastEvent), 'abridge-summary-updated');
  return view();
}

function view() {
  return page.evaluate(() => {
    const el = document.getElementById('summary');
    const texts = (selector) => [...document.querySelectorAll(selector)].map((n) => n.textContent);
    const stats = Object.fromEntries(
      [...document.querySelectorAll('#stats dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]),
    );
    return {
      result: el.result,
      sentences: [...el.shadowRoot.querySelectorAll('[part~="sentence"]')].map((n) => n.textContent),
      tags: [...el.shadowRoot.querySelectorAll('[part~="tag"]')].map((n) => n.textContent),
      title: document.getElementById('title').textContent,
      metadata: texts('#metadata dt'),
      stats,
      phrases: texts('#keyphrases .phrase'),
      weights: [...document.querySelectorAll('#keyphrases .bar')].map((b) => Number(b.style.getPropertyValue('--weight'))),
      barWidths: [...document.querySelectorAll('#keyphrases .bar')].map((b) => b.getBoundingClientRect().width),
      article: document.getElementById('article').textContent,
      highlights: Object.fromEntries(
        ['demo-summary', 'demo-keyphrase'].map((name) => [name, [...(CSS.highlights.get(name) ?? [])].map(String)]),
      ),
      sample: document.getElementById('sample').value,
    };
  });
}

test('opens on a sample article and shows every part of the analysis', async () => {
  const v = await view();
  assert.equal(v.sample, 'samples/000_619fbf2692e600e9.txt');
  assert.equal(v.sentences.length, 3);
  assert.deepEqual(v.sentences, v.result.summary.map((s) => s.text));
  assert.ok(v.tags.length > 0);
  assert.equal(v.phrases.length, 10);
  assert.deepEqual(v.phrases, v.result.keyphrases.map((k) => k.text));
  assert.deepEqual(v.weights, v.result.keyphrases.map((k) => k.score));
  assert.deepEqual(Object.keys(v.stats), ['words', 'sentences', 'paragraphs', 'min read', 'language']);
  assert.equal(v.stats.words, String(v.result.stats.words));
  assert.equal(v.article, v.result.text);
  assert.deepEqual(v.highlights['demo-summary'], v.result.summary.map((s) => s.text));
  const occurrences = v.result.keyphrases.flatMap((k) => k.occurrences.map((o) => v.result.text.slice(o.start, o.end)));
  assert.deepEqual(v.highlights['demo-keyphrase'], occurrences);
  assert.deepEqual(page.errors, []);
});

test('on load it shows a loading state, never a false empty one', async () => {
  // The first render is already of the sample: no "Nothing to summarise", no zeros.
  const renders = await page.evaluate(() => window.renders);
  assert.ok(renders.length >= 1);
  assert.ok(renders[0].sentences > 0 && renders[0].words > 0, JSON.stringify(renders[0]));
  // While the element's module is still on its way, the page says it is loading.
  const slow = await browser.page();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await slow.route('**/pkg/element.js', async (route) => {
    await held;
    await route.continue();
  });
  await slow.goto(browser.base + 'www/');
  await slow.waitForFunction(() => document.getElementById('article-input').value.length > 0);
  const loading = await slow.evaluate(() => ({
    summary: document.getElementById('summary').textContent.trim(),
    title: document.getElementById('title').textContent,
    stats: document.getElementById('stats').textContent,
    visible: document.getElementById('summary').getBoundingClientRect().height > 0,
  }));
  assert.deepEqual(loading, { summary: 'Loading the summary…', title: 'Loading…', stats: '', visible: true });
  release();
  await slow.waitForFunction(() => document.getElementById('summary').result?.summary.length > 0, null, { timeout: 20000 });
  const first = await slow.evaluate(() => window.renders[0]);
  assert.ok(first.sentences > 0, 'its first render is the sample too');
  await slow.close();
});

test('fits a 390 px phone and a 1280 px desktop, light and dark: axe-core finds nothing; screenshots', async () => {
  const phone = await browser.page('www/');
  await phone.waitForFunction(() => document.getElementById('summary').result?.summary.length > 0, null, { timeout: 20000 });
  mkdirSync(join(ROOT, 'tests/artifacts'), { recursive: true });
  for (const width of [1280, 390]) {
    await phone.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const layout = await phone.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      inputPosition: getComputedStyle(document.querySelector('.input')).position,
      select: document.getElementById('sample').getBoundingClientRect().right,
    }));
    assert.ok(layout.scrollWidth <= width, `${layout.scrollWidth} px wide at ${width}`);
    assert.ok(layout.select <= width, 'the sample select fits');
    // Sticky beside the results in two columns; in one column it would cover them.
    assert.equal(layout.inputPosition, width === 390 ? 'static' : 'sticky');
    for (const scheme of ['light', 'dark']) {
      await phone.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axeViolations(phone), [], `axe-core at ${width} px, ${scheme}`);
      await phone.screenshot({ path: join(ROOT, `tests/artifacts/demo-${width}-${scheme}.png`), fullPage: true });
    }
  }
  // The page opts in to dark (color-scheme: light dark), so the element follows the OS here.
  const host = await phone.evaluate(() => getComputedStyle(document.getElementById('summary')).backgroundColor);
  assert.equal(host, 'rgb(23, 26, 33)');
  assert.deepEqual(phone.errors, []);
  await phone.close();
});

test('a tag chip marks where the tag occurs in the article; so does a keyphrase', async () => {
  const chosen = () =>
    page.evaluate(() => ({
      found: document.getElementById('found').textContent,
      marked: [...(CSS.highlights.get('demo-focus') ?? [])].map(String),
    }));
  const tag = await page.evaluate(() => {
    const chip = document.getElementById('summary').shadowRoot.querySelector('[part~="tag"]');
    chip.click();
    return chip.textContent;
  });
  let c = await chosen();
  assert.ok(c.found.startsWith(`“${tag}”`), c.found);
  assert.ok(c.marked.length > 0, `${tag} is marked`);
  assert.ok(c.marked.every((m) => m.toLowerCase() === tag.toLowerCase()), c.marked.join('|'));
  assert.match(c.found, new RegExp(`${c.marked.length} occurrences?`));

  await page.click('#keyphrases li:nth-child(2) .phrase');
  const keyphrase = (await view()).result.keyphrases[1];
  c = await chosen();
  const text = (await view()).result.text;
  assert.deepEqual(c.marked, keyphrase.occurrences.map((o) => text.slice(o.start, o.end)));
  assert.ok(c.found.startsWith(`“${keyphrase.text}”`));
  // Keyphrases are buttons, reachable by keyboard.
  assert.equal(await page.evaluate(() => document.querySelector('#keyphrases .phrase').localName), 'button');
});

test('the controls update the results live', async () => {
  const setRange = (id, value) =>
    page.$eval(
      `#${id}`,
      (input, value) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      value,
    );
  let v = await ready(() => setRange('length', '5'));
  assert.equal(v.sentences.length, 5);
  v = await ready(() => setRange('keyphrases-count', '4'));
  assert.equal(v.phrases.length, 4);
  assert.ok(v.barWidths[0] >= v.barWidths[3], 'bars follow the weights');

  v = await ready(() => page.check('input[value="words"]'));
  assert.equal(await page.getAttribute('#summary', 'max-words'), '80');
  assert.equal(await page.getAttribute('#summary', 'sentences'), null);
  const words = v.result.summary.map((s) => s.text.split(/\s+/).length);
  assert.ok(words.length === 1 || words.reduce((a, b) => a + b) <= 80, `${words} words`);
  v = await ready(() => setRange('length', '200'));
  assert.ok(v.sentences.length > words.length, 'a larger word budget gives more sentences');
  assert.equal(await page.textContent('#length-value'), '200 words');

  v = await ready(() => page.check('input[value="sentences"]'));
  assert.equal(v.sentences.length, 3);
});

test('the other sample reads front matter into the title and metadata', async () => {
  const v = await ready(() => page.selectOption('#sample', 'samples/003_3517b4e7fe09921b.txt'));
  assert.equal(v.title, SAMPLE_TITLE);
  assert.ok(v.metadata.includes('Author') && v.metadata.includes('Date'));
  assert.ok(!v.article.includes('title:'), 'front matter is not body text');
});

test('pasting or typing text re-analyses it', async () => {
  const text =
    'The library board voted to open branches on Sundays. Library staff will get extra pay for Sunday shifts. ' +
    'The board said Sunday hours start in May.';
  const v = await ready(() => page.fill('#article-input', text));
  assert.equal(v.result.text, text);
  assert.equal(v.sample, '', 'no longer showing a sample');
  assert.ok(v.phrases.some((p) => /library|board|sunday/i.test(p)));
});

test('an article in another language is detected, not read as the page\'s English', async () => {
  // The page is <html lang="en">, but what a reader pastes may be in any language.
  const text =
    'La mairie a présenté lundi son plan pour les pistes cyclables. Les nouvelles pistes relieront la gare ' +
    'au port avant la fin de l\'année. Selon la mairie, les travaux des pistes commenceront au printemps. ' +
    'Les commerçants du port craignent une baisse du nombre de clients pendant les travaux.';
  const v = await ready(() => page.fill('#article-input', text));
  assert.equal(v.result.language, 'fr');
  assert.equal(v.stats.language, 'fr');
  // Read with French word lists: an article or a pronoun alone is never a keyphrase.
  for (const word of ['la', 'le', 'les', 'des', 'au']) assert.ok(!v.phrases.includes(word), v.phrases.join(' | '));
  // The article view and keyphrases say their language to screen readers.
  assert.deepEqual(await page.evaluate(() => ['article', 'keyphrases'].map((id) => document.getElementById(id).lang)), ['fr', 'fr']);
});

test('a file can be picked or dropped, and its extension sets the format', async () => {
  const md = '# Harbour news\n\nThe harbour opened a ferry terminal. Ferry riders cheered the terminal. The terminal has a café.';
  let v = await ready(() =>
    page.setInputFiles('#file', { name: 'news.md', mimeType: 'text/markdown', buffer: Buffer.from(md) }),
  );
  assert.equal(await page.inputValue('#format'), 'markdown');
  assert.equal(await page.getAttribute('#summary', 'format'), 'markdown');
  assert.ok(v.result.text.includes('ferry terminal'));

  const html = '<html><head><title>Dropped page</title></head><body><p>The museum reopened its west wing. Museum visitors queued for the west wing.</p></body></html>';
  v = await ready(() =>
    page.evaluate((html) => {
      const data = new DataTransfer();
      data.items.add(new File([html], 'page.html', { type: 'text/html' }));
      document.getElementById('article-input').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, html),
  );
  assert.equal(await page.inputValue('#format'), 'html');
  assert.equal(v.title, 'Dropped page');
  assert.ok(!v.article.includes('<p>'));
});

test('copy as JSON puts the analysis on the clipboard, and "Copied" clears after a moment', async () => {
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Copied');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied, (await view()).result);
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === '', null, { timeout: 10000 });
});

test('"Your own text" empties the box for typing; what is typed is analysed', async () => {
  await ready(() => page.selectOption('#sample', ''));
  const state = await page.evaluate(() => ({
    value: document.getElementById('article-input').value,
    focused: document.activeElement.id,
    status: document.getElementById('summary').shadowRoot.querySelector('[part~="status"]').textContent,
  }));
  assert.deepEqual(state, { value: '', focused: 'article-input', status: 'Nothing to summarise.' });
  const v = await ready(() => page.keyboard.type('The ferry company added a night crossing. Ferry fares stay the same.'));
  assert.equal(v.sentences.length, 2);
  assert.equal(v.sample, '');
});

test('a hostile article runs nothing and shows its markup as text', async () => {
  const hostile = [
    '---',
    'title: <img src=x onerror="window.pwned=1">Hostile <script>window.pwned=2</script>',
    'author: <svg onload="window.pwned=3">',
    '---',
    '',
    'The <img src=x onerror="window.pwned=4"> council approved the budget. <script>window.pwned=5</script>',
    'Officials said the budget <iframe src="javascript:window.pwned=6"></iframe> was large.',
    'Residents wrote letters about the budget.',
  ].join('\n');
  const v = await ready(() => page.fill('#article-input', hostile));
  await page.waitForTimeout(200); // any injected handler would have run by now
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.match(v.title, /<img src=x onerror="window.pwned=1">Hostile/);
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('main img, main script, main svg, main iframe').length +
      document.getElementById('summary').shadowRoot.querySelectorAll('img, script, svg, iframe').length,
  );
  assert.equal(injected, 0);
  assert.deepEqual(page.errors, []);
});

test('hostile files (scripts, event attributes, javascript: URLs, markup in front matter) run and load nothing', async () => {
  const requests = [];
  const onRequest = (request) => requests.push(request.url());
  browser.context.on('request', onRequest);
  for (const name of ['hostile.html', 'hostile.md']) {
    const buffer = readFileSync(join(ROOT, 'tests/browser/fixtures', name));
    const v = await ready(() => page.setInputFiles('#file', { name, mimeType: 'text/plain', buffer }));
    assert.ok(v.sentences.length > 0, name);
  }
  await page.waitForTimeout(300); // any injected handler or load would have started
  browser.context.off('request', onRequest);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(page.errors, [], 'no dialog, no page error');
  assert.deepEqual(requests.filter((url) => url.includes('/beacon/')), []);
  const shown = await page.evaluate(() => ({
    elements: document.querySelectorAll('main img, main script, main svg, main iframe, main object, main video, main a').length,
    inShadow: document.getElementById('summary').shadowRoot.querySelectorAll('img, script, svg, iframe, a').length,
    metadata: document.getElementById('metadata').textContent,
  }));
  assert.deepEqual([shown.elements, shown.inShadow], [0, 0]);
});

test('an article over the input limit is refused at once, before it is read or put in the box', async () => {
  await page.evaluate(() => {
    window.reads = 0;
    for (const method of ['text', 'arrayBuffer', 'stream', 'bytes']) {
      const native = Blob.prototype[method];
      Blob.prototype[method] = function (...args) {
        if (this instanceof File) window.reads++;
        return native.apply(this, args);
      };
    }
  });
  /** Picks a file of `size` bytes of `fill`; resolves to the ms until its refusal or its render. */
  const pick = (size, fill) =>
    page.evaluate(
      ([size, fill]) =>
        new Promise((resolve) => {
          const data = new DataTransfer();
          data.items.add(new File([fill.repeat(Math.ceil(size / fill.length)).slice(0, size)], 'big.txt'));
          const el = document.getElementById('summary');
          const done = () => {
            el.removeEventListener('abridge-summary-updated', done);
            resolve(performance.now() - start);
          };
          el.addEventListener('abridge-summary-updated', done);
          const file = document.getElementById('file');
          file.files = data.files;
          const start = performance.now();
          file.dispatchEvent(new Event('change', { bubbles: true }));
          if (document.getElementById('input-error').textContent) done();
        }),
      [size, fill],
    );
  const error = () => page.evaluate(() => document.getElementById('input-error').textContent);
  const sentence = 'The ferry company added a night crossing to the islands. ';
  const ordinary = await pick(4000, sentence);
  assert.equal(await error(), '');
  const kept = await page.inputValue('#article-input');
  assert.equal(kept.length, 4000);
  const big = await pick(21_000_000, sentence);
  assert.match(await error(), /“big\.txt” is too large: 21\.0 MB, and the limit is 16\.8 MB/);
  assert.equal(await page.evaluate(() => window.reads), 1, 'only the ordinary file was read');
  assert.equal(await page.inputValue('#article-input'), kept, 'the box keeps its article');
  // Refusing 21 MB costs less than analysing 4 KB (it used to read, show and send it all).
  assert.ok(big < ordinary, `refused in ${big.toFixed(0)} ms; a 4 KB file took ${ordinary.toFixed(0)} ms`);

  // Pasted text: refused by its length alone when that is over the limit, else by its UTF-8
  // size (6 million euro signs are 18 MB).
  for (const [char, count, message] of [
    ['x', 21_000_000, /^The text is too large: at least 21\.0 MB/],
    ['€', 6_000_000, /^The text is too large: 18\.0 MB/],
  ]) {
    await page.evaluate(() => document.getElementById('input-error').replaceChildren());
    const cancelled = await page.evaluate(
      ([char, count]) => {
        const data = new DataTransfer();
        data.setData('text/plain', char.repeat(count));
        const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        document.getElementById('article-input').dispatchEvent(event);
        return event.defaultPrevented;
      },
      [char, count],
    );
    assert.equal(cancelled, true, 'the paste is cancelled');
    assert.match(await error(), message);
  }
  assert.equal(await page.inputValue('#article-input'), kept);
  // A real paste of an ordinary article goes in, is analysed, and clears the message.
  const text = 'Rain delayed the harvest. Farmers said the grapes are fine.';
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.focus('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  const v = await ready(() => page.keyboard.press('ControlOrMeta+V'));
  assert.equal(v.result.text, text);
  assert.equal(await error(), '');
});
