import { build } from 'vite'
import { precompress } from './precompress.js'
import { formatSize, measureSizes } from './size-budget.js'

/**
 * `npm run build`: the chat page, the loader and its link, and the staff page (vite.config.ts has them all),
 * their precompressed copies, then the size budget, whose figures are always printed.
 */
export const DIST_DIR = 'dist/widget'

export async function buildWidget({ quiet = false } = {}) {
  const logLevel = quiet ? 'warn' : 'info'
  await build({ configFile: 'vite.config.ts', logLevel })
  await build({ configFile: 'vite.config.ts', mode: 'loader', logLevel })
  await build({ configFile: 'vite.config.ts', mode: 'link', logLevel })
  await build({ configFile: 'vite.config.ts', mode: 'staff', logLevel })
  await precompress(DIST_DIR)
  return measureSizes(DIST_DIR)
}

// Run as a script (not when a test imports buildWidget).
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await buildWidget()
  console.log('\nSize budget:')
  for (const size of sizes) console.log(`  ${formatSize(size)}`)
  if (sizes.some(({ bytes, limit }) => bytes > limit)) {
    console.error('\nThe widget is over its size budget (see above): make it smaller, or argue for a new budget in widget/build/size-budget.ts.')
    process.exitCode = 1
  }
}
