// The languages build loads on demand, in Debian's Chromium: an English article (element on
// the main thread or in its worker, or the API) never requests abridge_languages*, nor does an
// article in a language abridge does not list (declared by `lang` or detected); a French
// one fetches the languages wasm once (per thread) and is analysed with it. The checks are on
// the loading path (which files were requested, `result.language`), so they hold whether the
// languages build carries real rules or, for now, only differs by its feature flag. Needs
// `make pkg` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ARABIC, CHINESE, ENGLISH, FRENCH, JAPANESE, KOREAN, POLISH, RUSSIAN } from './fixtures/articles.js';
import { axeViolations, open } from './harness.mjs';

let browser;
let requests; // URLs of every request of the browser context (pages and their workers)
before(async () => {
  browser = await open();
  browser.context.on('request', (request) => requests.push(request.url()));
});
after(() => browser.close());

const LANGUAGES = /\/abridge_languages(_bg\.wasm|\.js)$/;
const languageFiles = () => requests.filter((url) => LANGUAGES.test(url)).map((url) => url.split('/').pop());

/** The element fixture page; `lang`: its <html lang> (the fixture says "en"), null for none. */
async function fresh(lang = 'en') {
  requests = [];
  const page = await browser.page('tests/browser/fixtures/element.html');
  await page.waitForFunction(() => window.elementReady);
  await page.evaluate((lang) => {
    if (lang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = lang;
  }, lang);
  return page;
}

/** Mounts an element over `text` (repeated `times` as paragraphs) and returns its analysis's language. */
function mountArticle(page, text, { times = 1, attributes = '' } = {}) {
  return page.evaluate(
    async ([text, times, attributes]) => {
      const el = document.createElement('div');
      el.innerHTML = `<abridge-summary ${attributes}></abridge-summary>`;
      const summary = el.firstChild;
      summary.textContent = Array.from({ length: times }, () => text).join('\n\n');
      const event = nextEvent(summary);
      document.body.append(el);
      const { type, detail } = await event;
      return { type, language: detail.language, sentences: detail.summary?.length };
    },
    [text, times, attributes],
  );
}

test('an English page never requests the languages build, on the main thread or in the worker', async () => {
  const page = await fresh();
  const short = await mountArticle(page, ENGLISH);
  assert.deepEqual(await mountArticle(page, ENGLISH, { attributes: 'lang=""' }), short, 'detected as English');
  assert.deepEqual(short, { type: 'abridge-summary-updated', language: 'en', sentences: 3 });
  // Long enough for the element's worker.
  const long = await mountArticle(page, ENGLISH, { times: 40 });
  assert.equal(long.language, 'en');
  assert.ok(requests.some((url) => url.endsWith('/pkg/worker.js')), 'the long article went to the worker');
  assert.ok(requests.some((url) => url.endsWith('/pkg/abridge_bg.wasm')));
  assert.deepEqual(languageFiles(), []);
  assert.deepEqual(page.errors, []);
});

test('a language abridge does not list, declared or detected, never fetches the languages build', async () => {
  const page = await fresh('xh');
  // The page's lang and the element's own: analysed as "auto", which finds English.
  const declared = await mountArticle(page, ENGLISH);
  assert.deepEqual(declared, { type: 'abridge-summary-updated', language: 'en', sentences: 3 });
  assert.deepEqual(await mountArticle(page, ENGLISH, { attributes: 'lang="zu-ZA"' }), declared);
  assert.equal((await mountArticle(page, ENGLISH, { times: 40 })).language, 'en', 'in the worker too');
  assert.ok(requests.some((url) => url.endsWith('/pkg/worker.js')));
  // Polish is detected as a language without rules ("und"), read by statistics alone.
  const polish = await mountArticle(page, POLISH, { attributes: 'lang="pl"' });
  assert.equal(polish.type, 'abridge-summary-updated');
  assert.equal(polish.language, 'und');
  const api = await page.evaluate(async (english) => {
    const api = await import('/pkg/index.js');
    await api.default();
    const refused = await api.analyzeAsync(english, { language: 'xh' }).then(
      () => 'analysed',
      (error) => error.message,
    );
    return { refused, languages: api.languages() };
  }, ENGLISH);
  assert.match(api.refused, /^option `language` must be "auto" or one of .*got "xh"$/);
  assert.ok(['fr', 'en', 'ko'].every((code) => api.languages.includes(code)) && !api.languages.includes('pl'));
  assert.deepEqual(languageFiles(), []);
  assert.deepEqual(page.errors, []);
});

test("the summary and tags are marked with the article's language and direction", async () => {
  const page = await fresh(null); // each language detected (a page's lang would name it)
  const shown = [];
  for (const text of [ARABIC, ENGLISH, KOREAN]) {
    assert.equal((await mountArticle(page, text)).type, 'abridge-summary-updated');
    shown.push(
      await page.evaluate(() => {
        const root = [...document.querySelectorAll('abridge-summary')].at(-1).shadowRoot;
        const sentences = [...root.querySelectorAll('[part~="sentence"]')];
        const chips = [...root.querySelectorAll('[part~="tag"]')];
        return {
          lang: [root.querySelector('[part~="summary"]').lang, root.querySelector('[part~="tags"]').lang],
          direction: [...new Set([...sentences, ...chips].map((e) => getComputedStyle(e).direction))],
          heading: root.querySelector('[part~="heading"]').closest('[lang]')?.lang ?? null,
          sentences: sentences.length,
        };
      }),
    );
  }
  const [arabic, english, korean] = shown;
  assert.ok(arabic.sentences > 0 && english.sentences > 0 && korean.sentences > 0);
  assert.deepEqual([arabic.lang, arabic.direction], [['ar', 'ar'], ['rtl']]);
  assert.deepEqual([english.lang, english.direction], [['en', 'en'], ['ltr']]);
  assert.deepEqual([korean.lang, korean.direction], [['ko', 'ko'], ['ltr']]);
  assert.equal(arabic.heading, null, "the element's own heading stays in the page's language");
  // The fixture page is not the subject (its lang was removed, its untitled summaries share a
  // landmark name): only the lang values are.
  assert.deepEqual((await axeViolations(page)).filter((v) => v.startsWith('valid-lang')), []);
  assert.deepEqual(page.errors, []);
});

test('articles in other scripts, named by their lang or detected, are summarised and highlighted exactly', async () => {
  const page = await fresh('en');
  const articles = { ar: ARABIC, zh: CHINESE, ja: JAPANESE, ru: RUSSIAN, fr: FRENCH, ko: KOREAN };
  for (const named of [true, false]) {
    const r = await page.evaluate(
      async ([articles, named]) => {
        const shown = {};
        for (const [code, text] of Object.entries(articles)) {
          document.body.replaceChildren();
          const article = document.createElement('article');
          article.id = 'story';
          // The page says "en": an article without its own lang is taken as named "auto" here.
          article.lang = named ? code : '';
          article.textContent = text;
          const summary = document.createElement('abridge-summary');
          summary.setAttribute('for', 'story');
          summary.setAttribute('highlight', '');
          summary.setAttribute('sentences', '2');
          const event = nextEvent(summary);
          document.body.append(article, summary);
          const { type, detail } = await event;
          shown[code] = {
            type,
            language: detail.language,
            summary: detail.summary.map((s) => s.text),
            highlighted: [...(CSS.highlights.get('abridge-summary') ?? [])].map((range) => range.toString()),
            tags: detail.tags.length,
          };
        }
        return shown;
      },
      [articles, named],
    );
    for (const code of Object.keys(articles)) {
      const shown = r[code];
      assert.equal(shown.type, 'abridge-summary-updated', code);
      assert.equal(shown.language, code);
      assert.equal(shown.summary.length, 2, code);
      assert.deepEqual(shown.highlighted, shown.summary, `${code}: the highlights are the summary sentences`);
      for (const sentence of shown.summary) assert.ok(articles[code].includes(sentence), `${code}: ${sentence}`);
      assert.ok(shown.tags > 0, `${code}: tags`);
    }
  }
  assert.deepEqual(languageFiles(), ['abridge_languages.js', 'abridge_languages_bg.wasm']);
  assert.deepEqual(page.errors, []);
});

test('a French article on a page without lang makes the element fetch the languages build once', async () => {
  const page = await fresh(null);
  const first = await mountArticle(page, FRENCH);
  assert.equal(first.type, 'abridge-summary-updated');
  assert.equal(first.language, 'fr');
  assert.deepEqual(languageFiles(), ['abridge_languages.js', 'abridge_languages_bg.wasm']);
  // A second French article, and one named French by lang=, reuse the loaded build.
  assert.equal((await mountArticle(page, FRENCH, { attributes: 'sentences="2"' })).language, 'fr');
  assert.equal((await mountArticle(page, FRENCH, { attributes: 'lang="fr-FR"' })).language, 'fr');
  // English after French is still English.
  assert.equal((await mountArticle(page, ENGLISH)).language, 'en');
  assert.deepEqual(languageFiles(), ['abridge_languages.js', 'abridge_languages_bg.wasm']);
  assert.deepEqual(page.errors, []);
});

test('a long French article loads the languages build inside the worker', async () => {
  const page = await fresh(null);
  const long = await mountArticle(page, FRENCH, { times: 40 });
  assert.equal(long.type, 'abridge-summary-updated');
  assert.equal(long.language, 'fr');
  assert.ok(requests.some((url) => url.endsWith('/pkg/worker.js')));
  assert.deepEqual(languageFiles(), ['abridge_languages.js', 'abridge_languages_bg.wasm']);
  assert.deepEqual(page.errors, []);
});

test('a page in another language by its lang loads the build for it', async () => {
  const page = await fresh('fr-CA');
  const r = await mountArticle(page, FRENCH);
  assert.equal(r.type, 'abridge-summary-updated');
  assert.equal(r.language, 'fr');
  assert.deepEqual(languageFiles(), ['abridge_languages.js', 'abridge_languages_bg.wasm']);
});

test('the API: analyze() stays on the core, analyzeAsync() and loadLanguages() fetch the build once', async () => {
  const page = await fresh();
  const r = await page.evaluate(
    async ([english, french]) => {
      const api = await import('/pkg/index.js');
      await api.default();
      const steps = [];
      const files = () =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name.split('/').pop())
          .filter((name) => name.startsWith('abridge_languages')).length;
      steps.push(['english async', (await api.analyzeAsync(english)).language, files()]);
      // The core detects the language; its sync analyze() does not fetch anything.
      steps.push(['french sync', api.analyze(french).language, files()]);
      steps.push(['french async', (await api.analyzeAsync(french)).language, files()]);
      await api.loadLanguages();
      steps.push(['loaded again', api.analyze(french, { sentences: 1 }).language, files()]);
      steps.push(['english after', (await api.analyzeAsync(english)).language, files()]);
      return steps;
    },
    [ENGLISH, FRENCH],
  );
  assert.deepEqual(r, [
    ['english async', 'en', 0],
    ['french sync', 'fr', 0],
    ['french async', 'fr', 2],
    ['loaded again', 'fr', 2],
    ['english after', 'en', 2],
  ]);
  assert.deepEqual(languageFiles(), ['abridge_languages.js', 'abridge_languages_bg.wasm']);
  assert.deepEqual(page.errors, []);
});

test('the API before init(): the synchronous calls say what to do; analyzeAsync() initialises', async () => {
  const page = await fresh();
  const r = await page.evaluate(async (english) => {
    const api = await import('/pkg/index.js');
    const early = ['analyze', 'summarize', 'keyphrases', 'languages'].map((name) => {
      try {
        api[name](english);
        return `${name}: no error`;
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    });
    const language = (await api.analyzeAsync(english)).language;
    return { early, language, after: api.summarize(english, { sentences: 1 }).length };
  }, ENGLISH);
  assert.deepEqual(
    r.early,
    ['analyze', 'summarize', 'keyphrases', 'languages'].map(
      (name) => `Error: abridge-nlp: call \`await init()\` once before ${name}(), or use analyzeAsync()`,
    ),
  );
  assert.equal(r.language, 'en');
  assert.equal(r.after, 1);
  assert.deepEqual(page.errors, []);
});
