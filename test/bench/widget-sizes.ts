import { spawn } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
import { BUDGETS, measureSizes } from '../../widget/build/size-budget.js'

export const WIDGET_DIST = 'dist/widget'

export type WidgetSize = { rawBytes: number; gzipBytes: number }

/** The server serves the built widget and the sizes are the build's, so a missing build is made first. */
export async function ensureWidgetBuilt(): Promise<void> {
  if (await stat(`${WIDGET_DIST}/widget.js`).then(() => true, () => false)) return
  await new Promise<void>((resolve, reject) => {
    const build = spawn('npm', ['run', 'build'], { stdio: 'inherit' })
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${code})`))))
  })
}

const budgetNamed = (prefix: string) => {
  const budget = BUDGETS.find(({ name }) => name.startsWith(prefix))
  if (!budget) throw new Error(`widget-sizes: the size budget has no "${prefix}" entry (it has ${BUDGETS.map(({ name }) => `"${name}"`).join(', ')})`)
  return budget
}

/** Raw and gzipped bytes of the files the build's own size budget counts, gzipped as the build does. */
export async function measureWidgetSizes(): Promise<{ loader: WidgetSize; link: WidgetSize; chat: WidgetSize }> {
  const gzipped = await measureSizes(WIDGET_DIST)
  const sizeOf = async (prefix: string): Promise<WidgetSize> => {
    const { name, files } = budgetNamed(prefix)
    const contents = await Promise.all((await files(WIDGET_DIST)).map((file) => readFile(file)))
    const gzipBytes = gzipped.find((report) => report.name === name)!.bytes
    return { rawBytes: contents.reduce((sum, content) => sum + content.length, 0), gzipBytes }
  }
  return { loader: await sizeOf('loader'), link: await sizeOf('link'), chat: await sizeOf('chat') }
}
