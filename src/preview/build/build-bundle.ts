import path from 'path';
import webpack from 'webpack';
import { repoRoot } from './repo-root';

export interface BuiltBundle {
  dir: string;
  /** Initial JS files of each entry (what the page loads before any lazy chunk). */
  entryFiles: Record<string, string[]>;
  /** JS files of each named lazy chunk group (import() with webpackChunkName): what loading it fetches. */
  chunkGroupFiles: Record<string, string[]>;
  /** Every file the build wrote (relative to dir). */
  assets: string[];
  /** The absolute path of every source module in some chunk: what the bundle ships. */
  modules: string[];
  ms: number;
}

interface BundleModules {
  shippedModules(modules: unknown[]): string[];
  MODULE_STATS: webpack.StatsOptions;
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => webpack.Configuration;

/** Builds the add-in or the preview with the project's webpack.config.js into `outDir`. */
export async function buildBundle(target: 'addin' | 'preview', outDir: string, mode: 'production' | 'development' = 'production'): Promise<BuiltBundle> {
  const root = repoRoot();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(root, 'webpack.config.js')) as ConfigFactory;
  const config = factory(target === 'preview' ? { preview: true } : {}, { mode });
  config.context = root;
  config.output = { ...config.output, path: path.resolve(outDir) };
  config.infrastructureLogging = { level: 'error' };
  const started = Date.now();
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (err, result) => {
      if (err || !result) reject(err ?? new Error('webpack failed'));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { shippedModules, MODULE_STATS } = require(path.join(root, 'tools/bundle-modules.js')) as BundleModules;
  const json = stats.toJson({ ...MODULE_STATS, entrypoints: true, chunkGroups: true, assets: true });
  const entryFiles: Record<string, string[]> = {};
  for (const [name, ep] of Object.entries(json.entrypoints ?? {})) {
    entryFiles[name] = (ep.assets ?? []).map((a) => a.name).filter((f) => f.endsWith('.js'));
  }
  const chunkGroupFiles: Record<string, string[]> = {};
  for (const [name, group] of Object.entries(json.namedChunkGroups ?? {})) {
    if (name in entryFiles) continue;
    chunkGroupFiles[name] = (group.assets ?? []).map((a) => a.name).filter((f) => f.endsWith('.js'));
  }
  const assets = (json.assets ?? []).map((a) => a.name).sort();
  const modules = shippedModules(json.modules ?? []);
  return { dir: path.resolve(outDir), entryFiles, chunkGroupFiles, assets, modules, ms: Date.now() - started };
}
