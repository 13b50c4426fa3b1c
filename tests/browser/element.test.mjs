// <abridge-summary> in Debian's Chromium: rendering, attributes, events, parts, highlight,
// the worker path, the error path, and hostile articles. Needs `make pkg` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open } from './harness.mjs';

const ARTICLE = [
  'The city council approved the new transit budget on Monday after a long debate.',
  'The budget adds twelve electric buses and extends the night service to the harbour district.',
  'Council member Dana Ortiz said the transit budget was the largest in a decade.',
  'Critics argued that the budget ignores road repairs in the northern suburbs.',
  'The mayor is expected to sign the transit budget next week.',
  'Bus riders welcomed the longer night service.',
].join(' ');

let browser;
let page;
before(async () => {
  browser = await open();
});
after(() => browser.close());

async function fresh() {
  page = await browser.page('tests/browser/fixtures/element.html');
  await page.waitForFunction(() => window.elementReady);
  return page;
}

test('renders the summary and tags of its light-DOM text into an open shadow root', async () => {
  await fresh();
  const event = await page.evaluate(
    (text) => mount(`<abridge-summary sentences="2">${text}</abridge-summary>`),
    ARTICLE,
  );
  assert.equal(event.type, 'abridge-summary-updated');
  assert.equal(event.detail.summary.length, 2);
  const view = await page.evaluate(() => {
    const el = document.querySelector('abridge-summary');
    return {
      ...shown(el),
      mode: el.shadowRoot.mode,
      result: el.result,
      region: el.shadowRoot.querySelector('[role="region"]').getAttribute('aria-labelledby'),
      heading: el.shadowRoot.querySelector('#heading').textContent,
      listTag: el.shadowRoot.querySelector('[part="summary"]').localName,
      tagTag: el.shadowRoot.querySelector('[part~="tag"]')?.localName,
    };
  });
  assert.equal(view.mode, 'open');
  assert.deepEqual(view.result, event.detail);
  assert.deepEqual(view.sentences, event.detail.summary.map((s) => s.text));
  assert.deepEqual(view.tags, event.detail.tags.map((t) => t.label));
  assert.ok(view.tags.length > 0 && view.tags.length <= 8);
  assert.ok(view.sentences.every((s) => ARTICLE.includes(s)));
  assert.equal(view.region, 'heading');
  assert.equal(view.heading, 'Summary');
  assert.equal(view.listTag, 'ol');
  assert.equal(view.tagTag, 'button');
  assert.deepEqual(page.errors, []);
});

test('events bubble out of the shadow root and carry the analysis', async () => {
  await fresh();
  const seen = await page.evaluate(async (text) => {
    const events = [];
    document.addEventListener('abridge-summary-updated', (e) =>
      events.push({ target: e.target.localName, bubbles: e.bubbles, composed: e.composed, title: e.detail.title }),
    );
    await mount(`<abridge-summary>${text}</abridge-summary>`);
    return events;
  }, ARTICLE);
  assert.deepEqual(seen, [{ target: 'abridge-summary', bubbles: true, composed: true, title: null }]);
});

test('attributes are validated, have defaults, and re-render when changed', async () => {
  await fresh();
  const first = await page.evaluate((text) => mount(`<abridge-summary>${text}</abridge-summary>`), ARTICLE);
  assert.equal(first.detail.summary.length, 3, 'default 3 sentences');
  assert.equal(first.detail.keyphrases.length <= 10, true, 'default 10 keyphrases');

  const change = (name, value) =>
    page.evaluate(
      ([name, value]) => {
        const el = document.querySelector('abridge-summary');
        const next = nextEvent(el);
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
        return next.then((event) => ({ ...event, ...shown(el), result: el.result }));
      },
      [name, value],
    );

  let r = await change('sentences', '1');
  assert.equal(r.sentences.length, 1);
  r = await change('keyphrases', '2');
  assert.equal(r.detail.keyphrases.length, 2);
  r = await change('tags', '0');
  assert.deepEqual(r.tags, []);
  r = await change('format', 'markdown');
  assert.equal(r.type, 'abridge-summary-updated');

  for (const [name, value, message] of [
    ['sentences', 'lots', 'attribute sentences="lots" must be a whole number from 1 to 100'],
    ['sentences', '0', 'attribute sentences="0" must be a whole number from 1 to 100'],
    ['keyphrases', '2.5', 'attribute keyphrases="2.5" must be a whole number from 0 to 100'],
    ['format', 'pdf', 'attribute format="pdf" must be one of auto, text, html, markdown'],
    ['lang', 'english', 'attribute lang="english" must be "auto" or a two-letter code such as "en"'],
  ]) {
    r = await change(name, value);
    assert.equal(r.type, 'abridge-summary-error', `${name}=${value}`);
    assert.equal(r.detail, message);
    assert.equal(r.status, message, 'the message is shown');
    assert.equal(r.statusPart, 'status error');
    assert.deepEqual(r.sentences, [], 'no stale summary next to an error');
    assert.equal(r.result, null);
    // Back to valid: the element recovers.
    r = await change(name, null);
    assert.equal(r.type, 'abridge-summary-updated', `${name} removed`);
  }

  r = await change('sentences', '2');
  assert.equal(r.sentences.length, 2);
  r = await change('max-words', '20');
  assert.equal(r.type, 'abridge-summary-error', 'sentences is still set');
  assert.match(r.detail, /either the sentences or the max-words attribute/);
  r = await change('sentences', null);
  assert.equal(r.type, 'abridge-summary-updated');
  assert.equal(r.sentences.length, 1, 'a word budget of 20 keeps one sentence of this article');
  assert.deepEqual(page.errors, []);
});

test('engine errors (an unsupported language) render a message and fire abridge-summary-error', async () => {
  await fresh();
  const event = await page.evaluate((text) => mount(`<abridge-summary lang="xx">${text}</abridge-summary>`), ARTICLE);
  assert.equal(event.type, 'abridge-summary-error');
  assert.match(event.detail, /option `language` must be "auto" or one of/);
  const view = await page.evaluate(() => shown(document.querySelector('abridge-summary')));
  assert.equal(view.status, event.detail);
});

test('for= reads another element as HTML and highlights the summary there without touching its DOM', async () => {
  await fresh();
  const html = ARTICLE.split('. ')
    .map((s, i) => `<p>${i === 1 ? s.replace('electric buses', '<em>electric</em>\n   buses') : s}.</p>`)
    .join('');
  const result = await page.evaluate(async (html) => {
    const event = await mount(
      `<article id="story">${html}</article><abridge-summary for="story" highlight sentences="3"></abridge-summary>`,
    );
    const story = document.getElementById('story');
    const before = story.innerHTML;
    const highlight = CSS.highlights.get('abridge-summary');
    return {
      event,
      ranges: [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')),
      style: [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join()).join(),
      unchanged: story.innerHTML === before && document.querySelectorAll('mark, span').length === 0,
    };
  }, html);
  assert.equal(result.event.type, 'abridge-summary-updated');
  assert.deepEqual(result.ranges, result.event.detail.summary.map((s) => s.text));
  assert.equal(result.ranges.length, 3);
  assert.match(result.style, /::highlight\(abridge-summary\)/);
  assert.ok(result.unchanged);

  // Editing the source re-renders; removing `highlight` clears the ranges.
  const after = await page.evaluate(async () => {
    const el = document.querySelector('abridge-summary');
    let next = nextEvent(el);
    document.querySelector('#story p').textContent = 'A brand new opening sentence about ferries and ferry budgets.';
    const edited = await next;
    next = nextEvent(el);
    el.removeAttribute('highlight');
    await next;
    return { first: edited.detail.text.split('\n\n')[0], size: CSS.highlights.get('abridge-summary').size };
  });
  assert.match(after.first, /ferries/);
  assert.equal(after.size, 0);
});

test('for= a textarea follows what is typed', async () => {
  await fresh();
  await page.evaluate(() =>
    mount('<textarea id="box">Short draft.</textarea><abridge-summary for="box"></abridge-summary>'),
  );
  const next = page.evaluate(() => nextEvent(document.querySelector('abridge-summary')));
  await page.fill('#box', ARTICLE);
  const typed = await next;
  assert.equal(typed.type, 'abridge-summary-updated');
  assert.equal(typed.detail.summary.length, 3);
});

test('src= fetches an article and reads it with its front matter', async () => {
  await fresh();
  const ok = await page.evaluate(() =>
    mount('<abridge-summary src="/www/samples/003_3517b4e7fe09921b.txt"></abridge-summary>'),
  );
  assert.equal(ok.type, 'abridge-summary-updated');
  assert.equal(ok.detail.title, 'U.S. intention to continue dialogue can make Anchorage talks a success');
  assert.equal(ok.detail.metadata.author, 'CGTN - Opinions');
  const missing = await page.evaluate(() => mount('<abridge-summary src="/www/samples/nope.md"></abridge-summary>'));
  assert.equal(missing.type, 'abridge-summary-error');
  assert.equal(missing.detail, 'could not load /www/samples/nope.md: HTTP 404');
});

test('parts and custom properties theme it; dark mode follows prefers-color-scheme', async () => {
  await fresh();
  const colors = await page.evaluate(async (text) => {
    const style = document.createElement('style');
    style.textContent = `
      #themed::part(sentence) { color: rgb(1, 2, 3); }
      #themed { --abridge-chip-background: rgb(4, 5, 6); }`;
    document.head.append(style);
    await mount(`<abridge-summary id="themed">${text}</abridge-summary>`);
    const el = document.getElementById('themed');
    const root = el.shadowRoot;
    return {
      sentence: getComputedStyle(root.querySelector('[part~="sentence"]')).color,
      chip: getComputedStyle(root.querySelector('[part~="tag"]')).backgroundColor,
      parts: [...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part').split(' ')),
      light: getComputedStyle(el).backgroundColor,
    };
  }, ARTICLE);
  assert.equal(colors.sentence, 'rgb(1, 2, 3)');
  assert.equal(colors.chip, 'rgb(4, 5, 6)');
  for (const part of ['container', 'heading', 'status', 'summary', 'sentence', 'tags', 'tag']) {
    assert.ok(colors.parts.includes(part), part);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.getElementById('themed')).backgroundColor);
  assert.equal(colors.light, 'rgb(255, 255, 255)');
  assert.equal(dark, 'rgb(23, 26, 33)');
});

test('tags are keyboard-reachable buttons that announce themselves', async () => {
  await fresh();
  await page.evaluate((text) => mount(`<button id="before">before</button><abridge-summary>${text}</abridge-summary>`), ARTICLE);
  await page.focus('#before');
  const picked = page.evaluate(
    () => new Promise((resolve) => document.addEventListener('abridge-summary-tag', (e) => resolve(e.detail), { once: true })),
  );
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const inner = document.activeElement.shadowRoot?.activeElement;
    return { host: document.activeElement.localName, part: inner?.getAttribute('part'), label: inner?.textContent };
  });
  assert.equal(focused.host, 'abridge-summary');
  assert.match(focused.part, /\btag\b/);
  await page.keyboard.press('Enter');
  const tag = await picked;
  assert.equal(tag.label, focused.label);
  assert.ok(['person', 'place', 'organization', 'topic'].includes(tag.kind));
});

test('define() registers other names; the class imports and defines without errors', async () => {
  await fresh();
  const r = await page.evaluate(async (text) => {
    const Custom = AbridgeSummary.define('my-summary');
    const again = AbridgeSummary.define('my-summary');
    const event = await mount(`<my-summary sentences="1">${text}</my-summary>`, 'my-summary');
    return {
      same: Custom === again,
      subclass: Custom.prototype instanceof AbridgeSummary,
      defaultName: customElements.get('abridge-summary') === AbridgeSummary,
      count: event.detail.summary.length,
    };
  }, ARTICLE);
  assert.deepEqual(r, { same: true, subclass: true, defaultName: true, count: 1 });
});

test('long articles are analysed in a module Worker, with the same result and no long task', async () => {
  await fresh();
  const r = await page.evaluate(async (text) => {
    // Count workers and main-thread long tasks while a long article is analysed.
    const workers = [];
    const Native = Worker;
    window.Worker = class extends Native {
      constructor(url, options) {
        super(url, options);
        workers.push({ url: String(url), type: options?.type });
      }
    };
    const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}. ${text}`).join('\n\n');
    const small = await mount(`<abridge-summary id="small">${text}</abridge-summary>`);
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
    const host = document.createElement('div');
    document.body.append(host);
    const big = document.createElement('abridge-summary');
    big.textContent = long;
    const next = nextEvent(big);
    const t0 = performance.now();
    host.append(big);
    const event = await next;
    const elapsed = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // let the observer report
    const workerTasks = [...tasks];
    // The same article below the threshold, on the main thread, must give the same analysis.
    AbridgeSummary.workerThreshold = Infinity;
    const twin = document.createElement('abridge-summary');
    twin.textContent = long;
    const again = nextEvent(twin);
    host.append(twin);
    const main = await again;
    return {
      length: long.length,
      workers,
      small: small.type,
      same: JSON.stringify(event.detail) === JSON.stringify(main.detail),
      sentences: event.detail.summary.length,
      longTasks: workerTasks,
      elapsed,
    };
  }, ARTICLE);
  assert.equal(r.small, 'abridge-summary-updated');
  assert.ok(r.length > 20000);
  assert.equal(r.workers.length, 1, 'one worker, started for the long article only');
  assert.match(r.workers[0].url, /\/pkg\/worker\.js$/);
  assert.equal(r.workers[0].type, 'module');
  assert.equal(r.sentences, 3);
  assert.ok(r.same, 'worker and main thread agree');
  // Chromium reports main-thread tasks over 50 ms as long tasks: there must be none.
  assert.deepEqual(r.longTasks, [], `long tasks while the worker ran: ${r.longTasks.map(Math.round)}`);
  console.log(`worker analysis of ${r.length} chars took ${r.elapsed.toFixed(0)} ms`);
  assert.deepEqual(page.errors, []);
});

test('a hostile article runs nothing and is shown only as text', async () => {
  await fresh();
  const hostile = [
    '---',
    'title: <img src=x onerror="window.pwned=1">Breaking <script>window.pwned=2</script>',
    'author: "<svg onload=window.pwned=3>"',
    '---',
    '',
    'The <img src=x onerror="window.pwned=4"> council <b onmouseover="window.pwned=5">approved</b> the budget on Monday.',
    'Officials said <script>window.pwned=6</script> the budget <iframe src="javascript:window.pwned=7"></iframe> was large.',
    'Residents wrote &lt;img src=x onerror=window.pwned=8&gt; in letters about the budget.',
  ].join('\n');
  const r = await page.evaluate(async (hostile) => {
    const el = document.createElement('abridge-summary');
    el.setAttribute('format', 'text');
    el.textContent = hostile; // as text: the element must keep it text
    const next = nextEvent(el);
    document.body.append(el);
    const event = await next;
    const area = document.createElement('textarea');
    area.id = 'hostile';
    area.value = hostile;
    const viaFor = document.createElement('abridge-summary');
    viaFor.setAttribute('for', 'hostile');
    document.body.append(area);
    const second = nextEvent(viaFor);
    document.body.append(viaFor);
    const event2 = await second;
    await new Promise((r) => setTimeout(r, 200)); // give any injected handler time to run
    const roots = [el.shadowRoot, viaFor.shadowRoot];
    return {
      pwned: window.pwned,
      types: [event.type, event2.type],
      injected: roots.map((root) => root.querySelectorAll('img, script, svg, iframe, b').length),
      shownText: roots.map((root) => root.querySelector('[part="summary"]').textContent).join(' '),
    };
  }, hostile);
  assert.equal(r.pwned, undefined);
  assert.deepEqual(r.types, ['abridge-summary-updated', 'abridge-summary-updated']);
  assert.deepEqual(r.injected, [0, 0]);
  assert.match(r.shownText, /budget/);
  assert.deepEqual(page.errors, []);
});
