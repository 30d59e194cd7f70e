// Jest runs in Node by default; task-pane tests opt into jsdom with a docblock.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // CommonJS output turns the pane's dynamic import() into require(), which Jest runs without ESM support.
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
    // office-addin-mock (through office-addin-manifest) reaches packages that are ESM only; Jest loads CommonJS.
    "/node_modules/(.+/)?(strip-bom|uuid)/.+\\.js$": [
      "ts-jest",
      { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!((.+/)?(strip-bom|uuid))/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Dynamic imports in src/ name TypeScript files with ".js", as Node's resolution wants.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 30000,
};
