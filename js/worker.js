// The module Worker behind <abridge-summary>: long articles are analysed here so the page's
// main thread never stalls. Protocol: { id, input, options } in, { id, result } or
// { id, error } out.
import init, { analyze } from './abridge.js';

const ready = init();

self.onmessage = async ({ data: { id, input, options } }) => {
  try {
    await ready;
    self.postMessage({ id, result: analyze(input, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
