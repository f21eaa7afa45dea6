// A webpack plugin that emits sample-workbook.json (the demo workbook as grids) for the preview.
const path = require('path');
const { xlsxToGrids } = require('./xlsx-to-grids');

class SampleAssetPlugin {
  constructor(options) {
    this.file = path.resolve(options.file);
    this.name = options.name || 'sample-workbook.json';
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SampleAssetPlugin', (compilation) => {
      compilation.fileDependencies.add(this.file);
      compilation.hooks.processAssets.tapPromise(
        { name: 'SampleAssetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const grids = await xlsxToGrids(this.file);
          compilation.emitAsset(this.name, new sources.RawSource(JSON.stringify(grids)));
        },
      );
    });
  }
}

module.exports = { SampleAssetPlugin };
