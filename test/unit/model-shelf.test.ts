import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { intentModelFrom, OUT_OF_SCOPE, trainIntentWeights } from '../../server/answer/intent.js'
import { understandQuestion } from '../../server/answer/question.js'
import { diskModelShelf } from '../../server/training/model-shelf.js'
import { realAnsweringKnowledge } from '../helpers.js'

const prepared = await realAnsweringKnowledge()
const asked = (text: string) => understandQuestion(text, prepared.index)
const examples = ['how long is a session', 'what is the price in dollars', 'can i drive home after', 'how many hours does it take'].map((text, index) => ({
  question: asked(text),
  label: ['length', OUT_OF_SCOPE, 'after', 'length'][index]!,
}))
const trained = trainIntentWeights(examples)

const folders: string[] = []
const shelfFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'model-shelf-'))
  folders.push(folder)
  return folder
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('trained models kept on disk', () => {
  it('reads back exactly the model it was given, which answers as the trained one does', () => {
    const shelf = diskModelShelf(shelfFolder(), 'code v1')
    shelf.put('knowledge A', trained)
    const read = shelf.get('knowledge A')!
    expect(read.labels).toEqual(trained.labels)
    expect(read.features).toEqual(trained.features)
    expect([...read.weights]).toEqual([...trained.weights])
    expect([...read.bias]).toEqual([...trained.bias])
    expect(intentModelFrom(read).classify(asked('how long does it take'))).toEqual(intentModelFrom(trained).classify(asked('how long does it take')))
  })

  it('has nothing for other knowledge, or for a model trained by other code', () => {
    const folder = shelfFolder()
    diskModelShelf(folder, 'code v1').put('knowledge A', trained)
    expect(diskModelShelf(folder, 'code v1').get('knowledge B')).toBeUndefined()
    expect(diskModelShelf(folder, 'code v2').get('knowledge A')).toBeUndefined()
  })

  it('treats a file cut short as missing, so the model is trained again rather than read wrong', () => {
    const folder = shelfFolder()
    const shelf = diskModelShelf(folder, 'code v1')
    shelf.put('knowledge A', trained)
    const [file] = readdirSync(folder)
    truncateSync(join(folder, file!), 100)
    expect(shelf.get('knowledge A')).toBeUndefined()
  })

  it('keeps the four newest models, not one per edit forever', () => {
    const folder = shelfFolder()
    const shelf = diskModelShelf(folder, 'code v1')
    for (const edit of [1, 2, 3, 4, 5, 6]) shelf.put(`knowledge ${edit}`, trained)
    expect(readdirSync(folder)).toHaveLength(4)
  })

  it('only saves time: a folder it cannot write leaves every model to be trained, and throws nothing', () => {
    const notAFolder = join(shelfFolder(), 'a file')
    writeFileSync(notAFolder, '')
    const shelf = diskModelShelf(join(notAFolder, 'models'), 'code v1')
    expect(() => shelf.put('knowledge A', trained)).not.toThrow()
    expect(shelf.get('knowledge A')).toBeUndefined()
  })
})
