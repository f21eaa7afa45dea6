import { existsSync } from 'fs';
import path from 'path';

/** The repository root (the folder with webpack.config.js), from source or from dist/. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'webpack.config.js')) && existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`webpack.config.js not found above ${from}`);
    dir = up;
  }
}
