// `npm start`'s first step, in plain JavaScript because it runs where only
// `npm ci --omit=dev` was installed (no tsx, no Vite): it builds only when a
// source file is newer than the build, and otherwise costs a few milliseconds.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = ['server', 'widget', 'package-lock.json', 'vite.config.ts']
const BUILT = ['dist/server/main.js', 'dist/widget/widget.js', 'dist/widget/chat/index.html', 'dist/widget/staff/index.html']

const newest = (path) => {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) return 0
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}
const oldestBuilt = Math.min(...BUILT.map((path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0))

if (oldestBuilt === 0 || Math.max(...SOURCES.map(newest)) > oldestBuilt) {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (built.status !== 0) {
    console.error('The build failed (above). A production install (`npm ci --omit=dev`) cannot build: build with `npm run build` where dev dependencies are installed, and ship dist/ with it.')
    process.exit(1)
  }
}
