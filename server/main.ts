import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { loadKnowledge } from './knowledge/load.js'
import { formatProblem, InvalidKnowledgeError } from './knowledge/problems.js'
import { fixedKnowledgeStore } from './knowledge/store.js'
import { watchKnowledge } from './knowledge/watch.js'

/** Wires the knowledge folder, the settings from the environment and the port; nothing else. */
const port = Number(process.env.PORT ?? 8787)
const knowledgeFolder = process.env.KNOWLEDGE_DIR ?? 'knowledge'
const allowedOrigins = process.env.ALLOWED_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean)

try {
  const loaded = await loadKnowledge(knowledgeFolder)
  const { knowledge, version, warnings } = loaded
  for (const warning of warnings) console.warn(formatProblem(warning))
  // Staff edits go live without a restart; WATCH_KNOWLEDGE=false pins what was loaded at start.
  const store = process.env.WATCH_KNOWLEDGE === 'false' ? fixedKnowledgeStore(knowledge, version) : watchKnowledge(knowledgeFolder, loaded)
  const app = createApp({
    knowledge: store,
    ...(allowedOrigins?.length ? { allowedOrigins } : {}),
    ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
  })
  serve({ fetch: app.fetch, port }, (info) => {
    console.log(`Clinic FAQ widget: ${knowledge.entries.length} answers loaded (version ${version}).`)
    console.log(`Demo page and API on http://localhost:${info.port}`)
  })
} catch (error) {
  if (!(error instanceof InvalidKnowledgeError)) throw error
  console.error(`The knowledge files in ${knowledgeFolder}/ have problems, so the server did not start:\n`)
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`)
  console.error(`\nFix the lines above (run \`npm run knowledge:check\` to re-check), then start again.`)
  process.exitCode = 1
}
