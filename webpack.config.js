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

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.ADDIN_URL || 'https://taskledger.example.org/addin/';

function common(dev) {
  return {
    mode: dev ? 'development' : 'production',
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

function addin(dev) {
  return {
    ...common(dev),
    entry: {
      taskpane: './src/excel/ui/taskpane.ts',
      commands: './src/excel/ui/commands.ts',
      worker: './src/excel/worker/analysis-worker.ts',
    },
    output: { path: path.resolve(__dirname, 'dist/addin'), filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/excel/ui/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/excel/ui/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/excel/ui/dialog.html', to: 'dialog.html' },
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
    output: { path: path.resolve(__dirname, outDir || 'dist/preview'), filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html', chunks: ['preview'] }),
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
