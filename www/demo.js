// The demo: the <abridge-summary> element does the analysis (in a Worker for long articles);
// this page feeds it the article and the controls, and draws the rest of its `result`.
// Everything from the article is inserted as text, never as HTML. The element is imported
// (and so starts) only once the sample is in the box: no empty first render.

const $ = (id) => document.getElementById(id);
const summary = $('summary');
const input = $('article-input');
const unitRadios = document.querySelectorAll('input[name="unit"]');
const length = $('length');
const keyphraseCount = $('keyphrases-count');
// Assigned in this order: a range input snaps its value to the step and bounds set so far.
const LENGTH = {
  sentences: { step: 1, min: 1, max: 10, value: 3 },
  words: { step: 10, min: 20, max: 400, value: 80 },
};

function unit() {
  return [...unitRadios].find((r) => r.checked).value;
}

/** Controls → the element's attributes; the element re-renders on its own. */
function applyControls() {
  const words = unit() === 'words';
  summary.toggleAttribute('sentences', !words);
  summary.toggleAttribute('max-words', words);
  summary.setAttribute(words ? 'max-words' : 'sentences', length.value);
  $('length-value').textContent = `${length.value} ${unit()}`;
  summary.setAttribute('keyphrases', keyphraseCount.value);
  $('keyphrases-value').textContent = keyphraseCount.value;
  summary.setAttribute('format', $('format').value);
}

// The engine's default input limit (`maxInputBytes`, bytes of UTF-8). An article over it is
// refused before it is read or put in the box: a textarea holding 20 MB takes seconds to lay
// out, and the engine would refuse it anyway.
const MAX_BYTES = 16 * 1024 * 1024;
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Says why an article of `bytes` bytes (`atLeast`: or more) is refused, or clears that when it
 * is within the limit; true if refused.
 */
function refused(bytes, what, atLeast = false) {
  const over = bytes > MAX_BYTES;
  $('input-error').textContent = over
    ? `${what} is too large: ${atLeast ? 'at least ' : ''}${megabytes(bytes)}, and the limit is ` +
      `${megabytes(MAX_BYTES)}. Pass only the article itself.`
    : '';
  return over;
}

/** Whether pasted or dropped `text` is refused: a UTF-16 unit is 1 to 3 bytes of UTF-8, so only lengths between a third of the limit and the limit are counted. */
function refusedText(text) {
  if (text.length > MAX_BYTES) return refused(text.length, 'The text', true);
  return refused(text.length * 3 > MAX_BYTES ? new Blob([text]).size : text.length, 'The text');
}

async function openFile(file) {
  if (!refused(file.size, `“${file.name}”`)) setArticle(await file.text(), file.name);
}

function setArticle(text, name = '') {
  $('input-error').textContent = '';
  input.value = text;
  if (/\.html?$/i.test(name)) $('format').value = 'html';
  else if (/\.(md|markdown)$/i.test(name)) $('format').value = 'markdown';
  else $('format').value = 'auto';
  applyControls();
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function loadSample(url) {
  if (!url) {
    // Your own text: an empty box to paste or type into.
    setArticle('');
    input.focus();
    return;
  }
  const response = await fetch(url);
  setArticle(response.ok ? await response.text() : '');
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Name–value pairs into a <dl>; `grouped` wraps each pair in a <div> (so they can wrap as units). */
function pairs(list, entries, grouped = false) {
  const items = entries.map(([name, value]) => [el('dt', '', name), el('dd', '', String(value))]);
  list.replaceChildren(
    ...(grouped
      ? items.map((pair) => {
          const group = el('div');
          group.append(...pair);
          return group;
        })
      : items.flat()),
  );
}

function showMetadata(result) {
  $('title').textContent = result.title ?? 'No title found';
  $('title').classList.toggle('missing', result.title === null);
  const m = result.metadata;
  pairs(
    $('metadata'),
    [
      ['Author', m.author],
      ['Date', m.date],
      ['Site', m.siteName],
      ['Categories', m.categories?.join(', ')],
      ['Keywords', m.keywords?.join(', ')],
      ['Description', m.description],
      ['URL', m.url],
      ['Image', m.image],
    ].filter(([, value]) => value),
  );
  const s = result.stats;
  pairs($('stats'), [
    ['words', s.words],
    ['sentences', s.sentences],
    ['paragraphs', s.paragraphs],
    ['min read', s.readingMinutes],
    ['language', result.language],
  ], true);
}

const times = (n) => `${n} occurrence${n === 1 ? '' : 's'}`;

function showKeyphrases(result) {
  $('keyphrases').replaceChildren(
    ...result.keyphrases.map((k, i) => {
      const li = el('li');
      // A button: choosing it (or pointing at it) marks the keyphrase in the article view.
      const phrase = el('button', 'phrase', k.text);
      phrase.type = 'button';
      phrase.dataset.index = String(i);
      const bar = el('span', 'bar');
      bar.style.setProperty('--weight', String(k.score));
      bar.setAttribute('aria-hidden', 'true');
      li.append(phrase, bar, el('span', 'weight', k.score.toFixed(2)), el('span', 'count', `×${k.count}`));
      li.title = `score ${k.score.toFixed(3)}, ${times(k.count)}`;
      return li;
    }),
  );
}

// The article view is one text node, so the result's UTF-16 offsets are DOM offsets:
// highlights are ranges over it (CSS Custom Highlight API), no markup is added.
function ranges(node, spans) {
  return spans.map(({ start, end }) => {
    const range = new Range();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  });
}

function showArticle(result) {
  const node = document.createTextNode(result.text);
  $('article').replaceChildren(node);
  // The article view and keyphrases are in the article's language, not the page's: screen
  // readers pick their voice by `lang` ("" is unknown).
  for (const id of ['article', 'keyphrases']) $(id).lang = result.language === 'und' ? '' : result.language;
  $('found').textContent = '';
  if (!globalThis.CSS?.highlights) return;
  const keyphraseHighlight = new Highlight(...ranges(node, result.keyphrases.flatMap((k) => k.occurrences)));
  keyphraseHighlight.priority = 1;
  CSS.highlights.set('demo-summary', new Highlight(...ranges(node, result.summary)));
  CSS.highlights.set('demo-keyphrase', keyphraseHighlight);
  CSS.highlights.delete('demo-focus');
}

/** Marks `spans` of the article view as chosen, says how many, and scrolls the first into view. */
function choose(name, spans) {
  const node = $('article').firstChild;
  if (!node) return;
  $('found').textContent = `“${name}”: ${spans.length ? times(spans.length) : 'not found word for word'} in the article`;
  if (!globalThis.CSS?.highlights) return;
  const focus = new Highlight(...ranges(node, spans));
  focus.priority = 2;
  CSS.highlights.set('demo-focus', focus);
  if (spans.length) {
    const box = $('article');
    const first = ranges(node, spans.slice(0, 1))[0].getBoundingClientRect();
    const view = box.getBoundingClientRect();
    if (first.top < view.top || first.bottom > view.bottom) {
      box.scrollTop += first.top - view.top - view.height / 3;
    }
  }
}

function chooseKeyphrase(event) {
  const button = event.target.closest?.('#keyphrases button');
  const keyphrase = button && summary.result?.keyphrases[Number(button.dataset.index)];
  if (keyphrase) choose(keyphrase.text, keyphrase.occurrences);
}

/** Where a tag's label occurs in the text: whole words, any case (tags carry no offsets). */
function occurrences(text, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function clear() {
  for (const id of ['metadata', 'stats', 'keyphrases', 'article', 'found']) $(id).replaceChildren();
  for (const name of ['demo-summary', 'demo-keyphrase', 'demo-focus']) CSS.highlights?.delete(name);
}

summary.addEventListener('abridge-summary-updated', ({ detail: result }) => {
  showMetadata(result);
  showKeyphrases(result);
  showArticle(result);
  document.body.dataset.state = 'ready';
});

summary.addEventListener('abridge-summary-error', () => {
  clear();
  $('title').textContent = 'No analysis: see the summary box';
  $('title').classList.add('missing');
  document.body.dataset.state = 'error';
});

summary.addEventListener('abridge-summary-tag', ({ detail: tag }) => {
  const text = summary.result?.text ?? '';
  choose(tag.label, occurrences(text, tag.label));
});

for (const radio of unitRadios) {
  radio.addEventListener('change', () => {
    Object.assign(length, LENGTH[unit()]);
    applyControls();
  });
}
for (const control of [length, keyphraseCount, $('format')]) {
  control.addEventListener('input', applyControls);
}
input.addEventListener('input', (event) => {
  if (!event.isTrusted) return;
  $('sample').value = ''; // typed or pasted: no longer the sample
  $('input-error').textContent = '';
});
$('sample').addEventListener('change', (event) => loadSample(event.target.value));
$('file').addEventListener('change', (event) => {
  const file = event.target.files[0];
  if (file) openFile(file);
});
input.addEventListener('dragover', (event) => event.preventDefault());
input.addEventListener('drop', (event) => {
  const file = event.dataTransfer.files[0];
  if (file) {
    event.preventDefault();
    openFile(file);
  } else if (refusedText(event.dataTransfer.getData('text/plain'))) {
    event.preventDefault();
  }
});
input.addEventListener('paste', (event) => {
  if (refusedText(event.clipboardData.getData('text/plain'))) event.preventDefault();
});
$('keyphrases').addEventListener('click', chooseKeyphrase);
$('keyphrases').addEventListener('pointerover', chooseKeyphrase);
$('keyphrases').addEventListener('focusin', chooseKeyphrase);

let copyTimer;
$('copy').addEventListener('click', async () => {
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(JSON.stringify(summary.result, null, 2));
    status.textContent = 'Copied';
  } catch (error) {
    status.textContent = `Could not copy: ${error.message}`;
  }
  clearTimeout(copyTimer);
  copyTimer = setTimeout(() => (status.textContent = ''), 2500);
});

applyControls();
await loadSample($('sample').value);
await import('../pkg/element.js');
