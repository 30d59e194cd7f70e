// Builds dist/: taskpane.html (Office.js from Microsoft's CDN), its scripts, icons, sample
// messages, the support, privacy and terms pages, and a manifest whose URLs point at the public base URL.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  BuildSettingsError,
  SAMPLE_FILES,
  DEV_BASE_URL,
  SIDELOAD_HELP,
  publicBaseUrl,
  rewriteManifest,
} = require("./scripts/build-settings.js");

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const baseUrl = buildBaseUrl(production, Boolean(env.deploy));
  const config = {
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    // Dynamic imports name their target with ".js", as Node's module resolution wants.
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new PreloadFirstCard(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/pages/*", to: "[name][ext]" },
          ...SAMPLE_FILES.map((file) => ({ from: `tests/fixtures/mail/${file}`, to: `samples/${file}` })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  if (!production) {
    config.devServer.server = await devServerTransport();
  }
  return config;
};

/**
 * Adds <link rel="preload"> for the scripts of the first card (the "first" chunk group: the
 * classifier and the plain first-screen renderer), so they download while Office.js loads instead
 * of after the entry has run.
 */
class PreloadFirstCard {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadFirstCard", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadFirstCard", (groups) => {
        const first = compilation.namedChunkGroups.get("first");
        const publicPath =
          compilation.outputOptions.publicPath === "auto" ? "" : compilation.outputOptions.publicPath || "";
        const files = first ? first.getFiles().filter((file) => file.endsWith(".js")) : [];
        groups.headTags.push(
          ...files.map((file) =>
            HtmlWebpackPlugin.createHtmlTagObject("link", {
              rel: "preload",
              as: "script",
              href: `${publicPath}${file}`,
            }),
          ),
        );
        return groups;
      });
    });
  }
}

/** The public base URL, or one line on standard error and exit status 1 for a setting the build cannot use. */
function buildBaseUrl(production, deploy) {
  const say = (line) => process.stderr.write(`impostor-guard build: ${line}\n`);
  try {
    return publicBaseUrl(production, { deploy, warn: say });
  } catch (error) {
    if (!(error instanceof BuildSettingsError)) throw error;
    say(error.message);
    process.exit(1);
  }
}

/** HTTPS with office-addin-dev-certs, as Outlook requires; plain HTTP with a note where certificates cannot be installed. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const httpsOptions = await devCerts.getHttpsServerOptions();
    console.log(`Serving ${DEV_BASE_URL}taskpane.html\n${SIDELOAD_HELP}`);
    return {
      type: "https",
      options: { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert },
    };
  } catch (error) {
    console.warn(
      `Could not install or read the development certificate (${error.message}).\n` +
        "Serving over plain HTTP instead: the demo page works in a browser at http://localhost:3000/taskpane.html,\n" +
        "but Outlook only loads add-ins over HTTPS. Run 'npx office-addin-dev-certs install' as a user who may\n" +
        "trust certificates, or host dist/ on any HTTPS server (see README, Deploy).",
    );
    return { type: "http" };
  }
}
