// Bundles the Excel add-in into dist/addin: the task pane, the function file (commands), the
// analysis Web Worker, the dialog, icons and the manifest. For production the manifest's
// https://localhost:3000/ URLs are rewritten to ADDIN_URL (like the yo-office template).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.ADDIN_URL || 'https://taskledger.example.org/addin/';

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/excel/ui/taskpane.ts',
      commands: './src/excel/ui/commands.ts',
      worker: './src/excel/worker/analysis-worker.ts',
    },
    output: { path: path.resolve(__dirname, 'dist/addin'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'bundler', sourceMap: dev } } },
      }],
    },
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
    performance: { hints: false },
  };
};
