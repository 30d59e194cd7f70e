// Lint: TypeScript rules everywhere, and the classifier kept pure by rule rather than by habit.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["node_modules/", "build/", "dist/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.js", "*.js", "*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["tests/browser/officeStandIn.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", setTimeout: "readonly" } },
  },
  {
    files: ["src/classifier/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "window",
          "document",
          "fetch",
          "XMLHttpRequest",
          "WebSocket",
          "navigator",
          "localStorage",
          "process",
          "require",
        ].map((name) => ({
          name,
          message: "src/classifier is pure: no host, DOM, Node or network objects.",
        })),
        { name: "Date", message: "src/classifier is pure: no clock." },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "http", "https", "child_process", "net"],
              message: "No Node built-ins in src/classifier.",
            },
            {
              group: ["react", "react-dom", "@fluentui/*", "**/office/**", "**/taskpane/**"],
              message: "The classifier does not know its front ends.",
            },
          ],
        },
      ],
    },
  },
);
