// Builds the Excel task pane into dist/: taskpane.html + taskpane.js (with the default report
// template inlined, so the pane makes no request at run time), the function file, icons,
// stylesheet, a support page, and manifest.xml rewritten for the address dist/ is served from.
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;

/** The address manifest.xml is written for: the dev server's. Builds replace it (see manifestFor). */
const DEV_ORIGIN = 'https://localhost:3000';

/** Node core modules that docx or jszip may name; in the pane none of them is needed. */
const NODE_CORE_FALLBACKS = Object.fromEntries(
  ['fs', 'path', 'stream', 'crypto', 'buffer', 'util', 'os', 'zlib', 'http', 'https', 'url', 'events', 'string_decoder', 'timers', 'process', 'vm'].map((m) => [m, false]),
);

/** A message for the user and an exit, not webpack's stack trace. */
function fail(message) {
  process.stderr.write(`\nLỗi: ${message}\n\n`);
  process.exit(1);
}

/**
 * The address dist/ will be served from, given as `npm run build -- --env url=https://…` or in
 * NTM_OCOP_ADDIN_URL. Office loads add-ins over HTTPS only.
 */
function productionBase(env) {
  const given = env.url || process.env.NTM_OCOP_ADDIN_URL;
  if (!given) return undefined;
  let url;
  try {
    url = new URL(given);
  } catch {
    fail(`Địa chỉ add-in "${given}" không phải một URL. Ví dụ: npm run build -- --env url=https://ntm.example.gov.vn/add-in`);
  }
  if (url.protocol !== 'https:') fail(`Địa chỉ add-in "${given}" phải bắt đầu bằng https:// (Office chỉ nạp add-in qua HTTPS).`);
  if (url.search || url.hash) fail(`Địa chỉ add-in "${given}" không được có phần ?… hay #…: ghi địa chỉ của thư mục phục vụ dist/.`);
  return { origin: url.origin, base: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/**
 * manifest.xml with every dev-server address replaced, as Microsoft's add-in templates do when
 * they copy the manifest into dist/: AppDomain takes the origin, every other URL the full base.
 */
function manifestFor(xml, target) {
  return xml
    .replace(/<!--[^]*?-->\n?/, (comment) => (comment.includes('dev server') ? '' : comment))
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${target.origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(target.base);
}

/**
 * In development only, the pane may open the dev server's live-reload socket; the production CSP
 * keeps connect-src 'none' (the pane sends nothing anywhere).
 */
class DevConnectSrc {
  constructor(origin) {
    this.sources = `${origin} ${origin.replace(/^https:/, 'wss:')}`;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('DevConnectSrc', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('DevConnectSrc', (data) => {
        data.html = data.html.replace(/connect-src [^;"]*/, `connect-src 'self' ${this.sources}`);
        return data;
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const development = argv.mode === 'development';
  const port = Number(env.port || process.env.NTM_OCOP_DEV_PORT || 3000);
  const devOrigin = `https://localhost:${port}`;
  const production = development ? undefined : productionBase(env);
  if (!development && !production) {
    process.stderr.write(
      `Lưu ý: chưa đặt địa chỉ phục vụ add-in, dist/manifest.xml vẫn trỏ tới ${DEV_ORIGIN}. Khi đưa vào sử dụng: npm run build -- --env url=https://<máy chủ>/<thư mục> (hoặc biến NTM_OCOP_ADDIN_URL).\n`,
    );
  }
  const target = production ?? { origin: devOrigin, base: devOrigin };

  const config = {
    context: root,
    entry: {
      taskpane: './addin/taskpane/taskpane.ts',
      commands: './addin/commands/commands.ts',
    },
    output: {
      path: env.out ? path.resolve(env.out) : path.join(root, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    devtool: development ? 'source-map' : false,
    resolve: {
      extensions: ['.ts', '.js', '.json'],
      fallback: NODE_CORE_FALLBACKS,
      // exceljs is for the command line and tests only: an import of it in the pane resolves to nothing.
      alias: { exceljs: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`'s job; ES modules let webpack drop unused code.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: development } },
        },
        { test: /\.docx$/, type: 'asset/inline' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './addin/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './addin/commands/commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
          { from: 'addin/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'docs/ho-tro-add-in.html', to: 'support.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString('utf8'), target) },
        ],
      }),
      ...(development ? [new DevConnectSrc(devOrigin)] : []),
    ],
    // docx and zod make a bundle of about a megabyte; that is expected, not a warning.
    performance: { hints: false },
  };

  // Only `webpack serve` needs the localhost certificates: a production build must not ask for them.
  if (env.WEBPACK_SERVE) {
    const { devHttpsOptions } = require('./scripts/dev-certs.js');
    let options;
    try {
      options = await devHttpsOptions();
    } catch (err) {
      fail(err.message);
    }
    config.devServer = {
      port,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options },
      client: { webSocketURL: `wss://localhost:${port}/ws`, overlay: { warnings: false } },
    };
  }
  return config;
};

module.exports.manifestFor = manifestFor;
