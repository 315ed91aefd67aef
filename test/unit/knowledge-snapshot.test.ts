import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { answerVisitor, prepareKnowledge } from '../../server/answer/answer.js'
import { loadKnowledge } from '../../server/knowledge/load.js'
import { diskKnowledgeSnapshots, type KnowledgeSnapshots } from '../../server/knowledge/snapshot.js'
import { KNOWLEDGE_FOLDER, realKnowledgeFiles } from '../helpers.js'

const TODAY = new Date('2026-12-02T10:00:00Z')
const files = await realKnowledgeFiles()
const fresh = await loadKnowledge(KNOWLEDGE_FOLDER, TODAY, { phrasings: false })

const folders: string[] = []
const snapshotFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'knowledge-snapshot-'))
  folders.push(folder)
  return folder
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** Snapshots in `folder` that count how often a start found one. */
function counted(folder: string, code = 'code v1'): KnowledgeSnapshots & { found: number } {
  const snapshots = diskKnowledgeSnapshots(folder, code)
  const counter = {
    found: 0,
    read: (...args: Parameters<KnowledgeSnapshots['read']>) => {
      const kept = snapshots.read(...args)
      if (kept) counter.found++
      return kept
    },
    write: snapshots.write,
  }
  return counter
}

/** A snapshot of the real knowledge in a fresh folder, written as a start that found none writes it. */
async function written(code = 'code v1') {
  const folder = snapshotFolder()
  await loadKnowledge(KNOWLEDGE_FOLDER, TODAY, { phrasings: false, snapshots: diskKnowledgeSnapshots(folder, code) })
  const [file] = readdirSync(folder)
  return { folder, file: join(folder, file!) }
}

const asked = (entries: ReadonlyArray<{ question: string; other_phrasings: string[] }>, lang: string) =>
  entries.flatMap((entry) => [entry.question, ...entry.other_phrasings].map((question) => ({ question, lang })))
/** Every entry's question and other phrasings in its language's widget, and messages that take the other branches in both. */
const QUESTIONS = [
  ...asked(fresh.knowledge.entries, 'en'),
  ...asked(fresh.knowledge.es?.entries ?? [], 'es'),
  ...[
    'how long r the sesions',
    'what is the capital of peru',
    'can i take it while pregnant',
    'i want to end my life',
    'what is the niebla mental and does the ketamine help con eso',
    'cuánto dura la sesión',
    'does acupuntura help con el long covid?',
  ].flatMap((question) => ['en', 'es'].map((lang) => ({ question, lang }))),
]

describe('knowledge snapshots kept between starts', () => {
  it('give back the knowledge, its warnings and its indexes, and every answer stays byte for byte the same', async () => {
    const { folder } = await written()
    const snapshots = counted(folder)
    const kept = await loadKnowledge(KNOWLEDGE_FOLDER, TODAY, { phrasings: false, snapshots })
    expect(snapshots.found).toBe(1)
    expect(kept.knowledge).not.toBe(fresh.knowledge)
    expect(kept.knowledge).toStrictEqual(fresh.knowledge)
    expect(kept.warnings).toStrictEqual(fresh.warnings)
    expect(kept.version).toBe(fresh.version)
    const [before, after] = [prepareKnowledge(fresh.knowledge), prepareKnowledge(kept.knowledge)]
    expect(after.index).not.toBe(before.index)
    expect(after.index).toStrictEqual(before.index)
    expect(after.es?.index).toStrictEqual(before.es?.index)
    for (const { question, lang } of QUESTIONS) {
      expect(JSON.stringify(answerVisitor(after, question, lang).response), question).toBe(JSON.stringify(answerVisitor(before, question, lang).response))
    }
    // Asks every phrasing twice: on a busy machine that outlasts the usual 20 s.
  }, 60_000)

  it('have nothing for other knowledge files, another day, or other code, which are checked and built again', async () => {
    const { folder } = await written()
    const edited = files.map((file) => (file.name === 'faq/session-length.md' ? { ...file, text: file.text.replace('session', 'visit') } : file))
    const moved = files.map((file) => (file.name === 'clinic.yaml' ? { ...file, path: `elsewhere/${file.name}` } : file))
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(files, TODAY)).toBeDefined()
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(edited, TODAY)).toBeUndefined()
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(moved, TODAY)).toBeUndefined()
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(files, new Date('2026-12-03T10:00:00Z'))).toBeUndefined()
    expect(diskKnowledgeSnapshots(folder, 'code v2').read(files, TODAY)).toBeUndefined()
  })

  it('treat a file cut short or damaged as missing, so the knowledge is built again rather than read wrong', async () => {
    const { folder, file } = await written()
    const whole = readFileSync(file)
    // One letter of an answer changed: V8 would read it back without complaint, as another answer.
    const damaged = Buffer.from(whole)
    const answer = fresh.knowledge.entries[0]!.answer
    const at = [Buffer.from(answer, 'latin1'), Buffer.from(answer, 'utf16le')].map((text) => damaged.indexOf(text)).find((found) => found >= 0)!
    expect(at).toBeGreaterThan(0)
    damaged[at] = damaged[at] === 0x41 ? 0x42 : 0x41
    writeFileSync(file, damaged)
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(files, TODAY)).toBeUndefined()
    writeFileSync(file, whole)
    truncateSync(file, 1_000)
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(files, TODAY)).toBeUndefined()
    const snapshots = counted(folder)
    const rebuilt = await loadKnowledge(KNOWLEDGE_FOLDER, TODAY, { phrasings: false, snapshots })
    expect(snapshots.found).toBe(0)
    expect(rebuilt.knowledge).toStrictEqual(fresh.knowledge)
    expect(diskKnowledgeSnapshots(folder, 'code v1').read(files, TODAY)?.knowledge).toStrictEqual(fresh.knowledge)
  })

  it('only save time: a folder that cannot be written still loads the knowledge, and throws nothing', async () => {
    const notAFolder = join(snapshotFolder(), 'a file')
    writeFileSync(notAFolder, '')
    const snapshots = counted(join(notAFolder, 'models'))
    const loaded = await loadKnowledge(KNOWLEDGE_FOLDER, TODAY, { phrasings: false, snapshots })
    expect(loaded.knowledge).toStrictEqual(fresh.knowledge)
    expect(snapshots.found).toBe(0)
  })

  it('keep the two newest, not one per edit forever', async () => {
    const folder = snapshotFolder()
    const snapshots = diskKnowledgeSnapshots(folder, 'code v1')
    const prepared = prepareKnowledge(fresh.knowledge)
    const kept = { knowledge: fresh.knowledge, warnings: fresh.warnings, indexes: { en: prepared.index, ...(prepared.es ? { es: prepared.es.index } : {}) } }
    for (const day of [1, 2, 3, 4]) snapshots.write(files, new Date(`2026-11-0${day}T10:00:00Z`), kept)
    expect(readdirSync(folder)).toHaveLength(2)
  })
})
