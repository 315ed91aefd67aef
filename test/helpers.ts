import { createApp, type AppOptions } from '../server/app.js'
import { prepareKnowledge, type AnsweringKnowledge } from '../server/answer/answer.js'
import { assembleKnowledge, type Knowledge, type KnowledgeFile } from '../server/knowledge/knowledge.js'
import { loadKnowledge, readKnowledgeFiles } from '../server/knowledge/load.js'
import { fixedKnowledgeStore } from '../server/knowledge/store.js'

export const KNOWLEDGE_FOLDER = 'knowledge'

/** The real knowledge files, loaded as the server loads them. */
export async function realKnowledge(): Promise<Knowledge> {
  return (await loadKnowledge(KNOWLEDGE_FOLDER)).knowledge
}

export async function realAnsweringKnowledge(): Promise<AnsweringKnowledge> {
  return prepareKnowledge(await realKnowledge())
}

/** The app as `npm start` builds it, over the real knowledge, in-process and silent; unlimited, since in-process requests all come from one unknown client. */
export async function realApp(options: Partial<AppOptions> = {}) {
  const { knowledge, version } = await loadKnowledge(KNOWLEDGE_FOLDER)
  return createApp({ knowledge: fixedKnowledgeStore(knowledge, version), log: null, rateLimitPerMinute: 0, ...options })
}

export async function realKnowledgeFiles(): Promise<KnowledgeFile[]> {
  return readKnowledgeFiles(KNOWLEDGE_FOLDER)
}

/** The real knowledge files with one file's text replaced: for testing what a staff edit does. */
export async function problemsAfterEdit(name: string, edit: (text: string) => string) {
  const files = await realKnowledgeFiles()
  const edited = files.map((file) => (file.name === name ? { ...file, text: edit(file.text) } : file))
  return assembleKnowledge(edited)
}

/** The bindings @hono/node-server gives a request that came in on a socket from `address`, for app.request(). */
export const fromSocket = (address: string) => ({
  incoming: { socket: { remoteAddress: address, remotePort: 50_000, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' } },
})
