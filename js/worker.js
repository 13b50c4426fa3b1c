// The module Worker behind <abridge-summary>: long articles are analysed here so the page's
// main thread never stalls. Protocol: { id, input, options } in, { id, result } or
// { id, error } out. An article in a language other than English loads the languages build
// here, in the worker, once.
import { analyzeAsync } from './index.js';

self.onmessage = async ({ data: { id, input, options } }) => {
  try {
    self.postMessage({ id, result: await analyzeAsync(input, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
