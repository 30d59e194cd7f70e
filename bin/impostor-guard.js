#!/usr/bin/env node
// Entry point of the `impostor-guard` command; the TypeScript is compiled to build/ on install.
"use strict";
const { main } = require("../build/src/cli/main.js");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`impostor-guard: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
