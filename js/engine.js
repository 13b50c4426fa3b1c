// The package's API over its two builds of the engine: the core (English rules and language
// detection, what every reader downloads) and the languages build (the same engine with every
// language's word lists, stemmers and rules, fetched only when an article needs it). The
// browser entry (index.js) and the Node entry (node.js) each make one, with their own way of
// loading the languages build.

/**
 * `core`: the core glue's analyze, summarize, keyphrases and languages; `ready()`: a promise
 * of the core's initialisation; `load()`: a promise of the languages build's exports,
 * initialised.
 */
export function engine(core, ready, load) {
  let loaded = null; // the languages build's exports once loaded
  let loading = null;
  const current = () => loaded ?? core;

  const loadLanguages = () =>
    (loading ??= load().then(
      (exports) => {
        loaded = exports;
      },
      (error) => {
        loading = null; // a failed download may be retried
        throw error;
      },
    ));

  return {
    analyze: (input, options) => current().analyze(input, options),
    summarize: (input, options) => current().summarize(input, options),
    keyphrases: (input, options) => current().keyphrases(input, options),
    loadLanguages,
    async analyzeAsync(input, options) {
      if (!loaded) {
        await ready();
        // The core checks the options and names the language: a named one resolved on an
        // empty article (cheap; "pt-BR" → "pt"), else the one it detects in the article.
        const auto = detects(options);
        const result = core.analyze(auto ? input : '', options);
        // English has its rules in the core; a language abridge does not list ("und") is
        // read by statistics alone, which the languages build does no better.
        if (result.language === 'en' || !core.languages().includes(result.language)) {
          return auto ? result : core.analyze(input, options);
        }
        await loadLanguages();
      }
      return loaded.analyze(input, options);
    },
  };
}

/** Whether the `language` option asks for detection (absent, null or "auto"). */
function detects(options) {
  const language = options instanceof Map ? options.get('language') : options?.language;
  return language === undefined || language === null || language === 'auto';
}
