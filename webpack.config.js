// Builds the Excel task pane into dist/: taskpane.html + taskpane.js (with the default report
// template inlined, so the pane makes no request at run time), the function file, icons, stylesheet.
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;

/** Node core modules that docx or jszip may name; in the pane none of them is needed. */
const NODE_CORE_FALLBACKS = Object.fromEntries(
  ['fs', 'path', 'stream', 'crypto', 'buffer', 'util', 'os', 'zlib', 'http', 'https', 'url', 'events', 'string_decoder', 'timers', 'process', 'vm'].map((m) => [m, false]),
);

module.exports = async (env = {}, argv = {}) => {
  const development = argv.mode === 'development';
  const config = {
    context: root,
    entry: {
      taskpane: './addin/taskpane/taskpane.ts',
      commands: './addin/commands/commands.ts',
    },
    output: {
      path: path.join(root, 'dist'),
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
        ],
      }),
    ],
    // docx and zod make a bundle of about a megabyte; that is expected, not a warning.
    performance: { hints: false },
  };

  // Only `webpack serve` needs the localhost certificates: a production build must not ask for them.
  if (env.WEBPACK_SERVE) {
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};
