import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { deserialize, serialize } from 'node:v8'
import SearchableMap from 'minisearch/SearchableMap'
import { prepareKnowledge, type SearchIndexes } from '../answer/answer.js'
import { ENGLISH, SPANISH } from '../answer/analyser.js'
import type { SearchIndex } from '../answer/search-index.js'
import { keepOnShelf } from '../training/model-shelf.js'
import type { Knowledge, KnowledgeFile } from './knowledge.js'
import type { KnowledgeProblem } from './problems.js'

/** What a start needs from the knowledge files once they are checked: the knowledge, the check's warnings and each language's search index. */
export type KeptKnowledge = { knowledge: Knowledge; warnings: KnowledgeProblem[]; indexes: SearchIndexes }

/**
 * Checked knowledge and its search indexes, kept between starts (issue 17: reading the
 * YAML, checking it and indexing it was about a second of every start). `read` gives
 * them back only for the very files and day they were made from (the check warns
 * about reviews a year old), by the same code; `write` keeps them for the next start.
 */
export type KnowledgeSnapshots = {
  read(files: readonly KnowledgeFile[], today: Date): KeptKnowledge | undefined
  write(files: readonly KnowledgeFile[], today: Date, kept: KeptKnowledge): void
}

/** Snapshots kept, newest first: the one in use and the one before it, so undoing an edit reads rather than builds. */
const SNAPSHOTS_KEPT = 2

const ANALYSERS = { en: ENGLISH, es: SPANISH } as const

/**
 * Snapshots on disk, beside the trained intent models. A file is named after the
 * knowledge files (names, paths as staff see them, and text), the day, the V8 that
 * wrote it and `code`, the text of the code that checks and indexes: anything else
 * never reads it. The file holds a SHA-256 of the rest, so a file cut short or
 * damaged is built again, never read wrong; a folder that cannot be written only
 * means every start builds. A snapshot that would not read back exactly as written
 * (a new kind of value in the index, say) is not written at all.
 *
 * The reload after a staff edit never reads a snapshot: it checks and builds the new files.
 */
export function diskKnowledgeSnapshots(folder: string, code: string): KnowledgeSnapshots {
  const codeHash = createHash('sha256').update(code).digest('hex')
  const fileFor = (files: readonly KnowledgeFile[], today: Date) => join(folder, `knowledge-${snapshotKey(codeHash, files, today)}.bin`)
  return {
    read(files, today) {
      try {
        const kept = decode(readFileSync(fileFor(files, today)))
        if (kept) prepareKnowledge(kept.knowledge, kept.indexes)
        return kept
      } catch {
        return undefined
      }
    },
    write(files, today, kept) {
      try {
        const stored = storedForm(kept)
        const payload = serialize(stored)
        if (!isDeepStrictEqual(deserialize(payload), stored)) return
        keepOnShelf(folder, fileFor(files, today), Buffer.concat([createHash('sha256').update(payload).digest(), payload]), 'knowledge', SNAPSHOTS_KEPT)
      } catch {
        // A read-only or full disk: the next start builds again.
      }
    },
  }
}

function snapshotKey(codeHash: string, files: readonly KnowledgeFile[], today: Date): string {
  const hash = createHash('sha256').update(`${codeHash}\0${process.versions.v8}\0${today.toISOString().slice(0, 10)}\0`)
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(JSON.stringify([file.name, file.path, file.bytes ?? null, file.unreadable ?? null, file.text]))
  }
  return hash.digest('hex').slice(0, 24)
}

/** The language and the radix tree stand for what cannot be serialised: the analyser's functions and SearchableMap's class. */
type StoredIndex = Omit<SearchIndex, 'analyser' | 'knownWords'> & { language: 'en' | 'es'; knownWords: SearchableMap<string>['_tree'] }

function store({ analyser, knownWords, ...index }: SearchIndex): StoredIndex {
  return { ...index, language: analyser.language, knownWords: knownWords._tree }
}

function restore({ language, knownWords, ...index }: StoredIndex): SearchIndex {
  return { ...index, analyser: ANALYSERS[language], knownWords: new SearchableMap(knownWords) }
}

const DIGEST_BYTES = 32

type StoredKnowledge = { knowledge: Knowledge; warnings: KnowledgeProblem[]; indexes: { en: StoredIndex; es?: StoredIndex } }

/**
 * The snapshot as serialised. `write` checks that it deserialises to an equal value, prototypes and
 * all, before keeping it: a class instance, which V8 would bring back as a plain object, is never kept.
 */
function storedForm({ knowledge, warnings, indexes }: KeptKnowledge): StoredKnowledge {
  return { knowledge, warnings, indexes: { en: store(indexes.en), ...(indexes.es ? { es: store(indexes.es) } : {}) } }
}

/** What `write` kept, or undefined when the file is cut short or damaged. */
function decode(file: Buffer): KeptKnowledge | undefined {
  const payload = file.subarray(DIGEST_BYTES)
  if (file.length <= DIGEST_BYTES || !createHash('sha256').update(payload).digest().equals(file.subarray(0, DIGEST_BYTES))) return undefined
  const { knowledge, warnings, indexes } = deserialize(payload) as StoredKnowledge
  if (Boolean(knowledge.es) !== Boolean(indexes.es)) return undefined
  return { knowledge, warnings, indexes: { en: restore(indexes.en), ...(indexes.es ? { es: restore(indexes.es) } : {}) } }
}
