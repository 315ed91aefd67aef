import { prepareKnowledge, type AnsweringKnowledge } from '../answer/answer.js'
import type { Knowledge } from './knowledge.js'

export type KnowledgeStatus = {
  /** A short hash of the knowledge files: changes exactly when their content does. */
  version: string
  loadedAt: string
  entries: number
  /** The problems of the last edit that could not be loaded, until an edit loads again. */
  lastReloadError?: { at: string; problems: string[] }
  /** Set while edits are found only by the periodic check, because a folder cannot be watched. */
  watchError?: { at: string; problem: string }
}

/** Where the app reads the knowledge it answers from; live reload swaps what it returns. */
export type KnowledgeStore = {
  current: () => AnsweringKnowledge
  status: () => KnowledgeStatus
}

export function fixedKnowledgeStore(knowledge: Knowledge, version: string): KnowledgeStore {
  const prepared = prepareKnowledge(knowledge)
  const status: KnowledgeStatus = { version, loadedAt: new Date().toISOString(), entries: knowledge.entries.length }
  return { current: () => prepared, status: () => status }
}
