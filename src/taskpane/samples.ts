// Sample messages the demo page offers: our own test messages, copied into dist/samples at build
// (the list is JSON so webpack.config.js reads the same one).

import samples from "./samples.json";

export interface Sample {
  file: string;
  label: { en: string; ja: string };
}

export const SAMPLES: readonly Sample[] = samples;
