// The package's API over its two builds of the engine: the core (English rules and language
// detection, what every reader downloads) and the languages build (the same engine with every
// language's word lists, stemmers and rules, fetched only when an article needs it). The
// browser entry (index.js) and the Node entry (node.js) each make one, with their own way of
// loading the languages build.

/**
 * `core`: the core glue's exports; `ready()`: a promise of the core's initialisation;
 * `load()`: a promise of the languages build's exports, initialised.
 */
export function engine(core, ready, load) {
  let languages = null; // the languages build's exports once loaded
  let loading = null;
  const current = () => languages ?? core;

  const loadLanguages = () =>
    (loading ??= load().then(
      (exports) => {
        languages = exports;
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
      if (!languages) {
        await ready();
        if (!namesOtherLanguage(options)) {
          const result = core.analyze(input, options);
          if (result.language === 'en') return result;
        }
        await loadLanguages();
      }
      return languages.analyze(input, options);
    },
  };
}

/** Whether the `language` option names a language other than English (BCP 47: its primary subtag). */
function namesOtherLanguage(options) {
  const language = options instanceof Map ? options.get('language') : options?.language;
  if (typeof language !== 'string') return false; // the engine says what is wrong with it
  const primary = language.trim().split(/[-_]/)[0].toLowerCase();
  return primary !== '' && primary !== 'en' && primary !== 'auto';
}
