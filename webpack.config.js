// Bundles the Excel add-in into dist/addin: the task pane, the function file (commands), the
// analysis Web Worker, the dialog, icons and the manifest. For production the manifest's
// https://localhost:3000/ URLs are rewritten to ADDIN_URL (like the yo-office template).
//
// With --env preview it bundles the browser preview instead (dist/preview, or --env outDir=DIR):
// the same task pane next to an in-memory workbook loaded with the demo sample (npm run preview).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SampleAssetPlugin } = require('./src/preview/build/sample-asset-plugin');
const { CSP } = require('./src/excel/ui/csp');

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.ADDIN_URL || 'https://taskledger.example.org/addin/';

function common(dev) {
  return {
    mode: dev ? 'development' : 'production',
    // Never an eval-* devtool: the pages' Content-Security-Policy allows no eval (src/excel/ui/csp.js).
    devtool: dev ? 'source-map' : false,
    resolve: {
      extensions: ['.ts', '.js'],
      // Dynamic imports name './x.js' (TypeScript's node16 resolution); the source is x.ts.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'bundler', sourceMap: dev } } },
      }],
    },
    performance: { hints: false },
  };
}

// Every page gets its Content-Security-Policy as a meta tag (the templates print options.csp) and
// its scripts as external files: no inline script anywhere.
function page(filename, template, chunks, csp) {
  return new HtmlWebpackPlugin({ filename, template, chunks, csp, inject: 'head', scriptLoading: 'defer' });
}

// The bundles run in Office's web views (Edge WebView2, Safari), which all have globalThis: webpack's
// runtime then takes it as the global object instead of falling back to `new Function('return this')`.
function output(dir) {
  return { path: dir, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true, environment: { globalThis: true } };
}

function addin(dev) {
  return {
    ...common(dev),
    entry: {
      taskpane: './src/excel/ui/taskpane.ts',
      commands: './src/excel/ui/commands.ts',
      dialog: './src/excel/ui/dialog.ts',
      worker: './src/excel/worker/analysis-worker.ts',
    },
    output: output(path.resolve(__dirname, 'dist/addin')),
    plugins: [
      page('taskpane.html', './src/excel/ui/taskpane.html', ['taskpane'], CSP.taskpane),
      page('commands.html', './src/excel/ui/commands.html', ['commands'], CSP.commands),
      page('dialog.html', './src/excel/ui/dialog.html', ['dialog'], CSP.dialog),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/excel/ui/dialog.css', to: 'dialog.css' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd)),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist/addin') },
    },
  };
}

function preview(dev, outDir) {
  return {
    ...common(dev),
    entry: {
      preview: './src/preview/main.ts',
      worker: './src/excel/worker/analysis-worker.ts',
    },
    output: output(path.resolve(__dirname, outDir || 'dist/preview')),
    plugins: [
      page('index.html', './src/preview/preview.html', ['preview'], CSP.preview),
      new SampleAssetPlugin({ file: path.resolve(__dirname, 'assets/samples/ledger-sample.xlsx') }),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.PREVIEW_PORT || 3100),
      server: 'http',
      static: false,
      client: { overlay: true },
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  return env.preview ? preview(dev, env.outDir) : addin(dev);
};
