// jsdom has no TextEncoder/TextDecoder, which postal-mime needs: jsdom tests that parse .eml files
// import this first to lend them Node's.

import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
