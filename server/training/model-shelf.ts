import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { IntentWeights } from '../answer/intent.js'
import type { ModelShelf } from '../answer/intent-training.js'

/** Models kept, newest written first: the two in use (one per language) and the two before them, so undoing an edit reads rather than trains. */
const MODELS_KEPT = 4

/**
 * Trained intent models on disk, so a start with unchanged knowledge reads the
 * model instead of training it again (most of a cold start; issue 17). A file
 * is named after what it was trained on and after `code`, the text of the code
 * that trains it: new knowledge or a new build never reads an old model. A file
 * that cannot be read or written is trained again, never an error: the shelf
 * only saves time.
 *
 * The file: a 4-byte length, the labels and features as JSON, then the biases
 * (float64) and weights (float32) exactly as training left them.
 */
export function diskModelShelf(folder: string, code: string): ModelShelf {
  const codeHash = createHash('sha256').update(code).digest('hex')
  const fileFor = (key: string) => join(folder, `intent-${createHash('sha256').update(`${codeHash}\0${key}`).digest('hex').slice(0, 24)}.bin`)
  return {
    get(key) {
      try {
        return decode(readFileSync(fileFor(key)))
      } catch {
        return undefined
      }
    },
    put(key, weights) {
      try {
        keepOnShelf(folder, fileFor(key), encode(weights), 'intent', MODELS_KEPT)
      } catch {
        // A read-only or full disk: the next start trains again.
      }
    },
  }
}

/**
 * The folder and its parent (DATA_DIR) one at a time: Node 20's recursive mkdir never returns
 * for some unwritable paths (under /proc), and a start must not hang to save time.
 */
function makeFolder(folder: string): void {
  for (const path of [dirname(folder), folder]) {
    try {
      mkdirSync(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

function encode({ labels, features, weights, bias }: IntentWeights): Buffer {
  const header = Buffer.from(JSON.stringify({ labels, features }))
  const length = Buffer.alloc(4)
  length.writeUInt32LE(header.length)
  return Buffer.concat([length, header, Buffer.from(bias.buffer, bias.byteOffset, bias.byteLength), Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength)])
}

/** The weights in `file`, or undefined when it is cut short or not what `encode` wrote. */
function decode(file: Buffer): IntentWeights | undefined {
  const headerLength = file.readUInt32LE(0)
  const { labels, features } = JSON.parse(file.subarray(4, 4 + headerLength).toString()) as { labels: string[]; features: string[] }
  const biasStart = 4 + headerLength
  const weightsStart = biasStart + labels.length * 8
  if (file.length !== weightsStart + labels.length * features.length * 4) return undefined
  // Copied out of the file's buffer: typed arrays need aligned offsets.
  const bias = new Float64Array(file.buffer.slice(file.byteOffset + biasStart, file.byteOffset + weightsStart))
  const weights = new Float32Array(file.buffer.slice(file.byteOffset + weightsStart, file.byteOffset + file.length))
  return { labels, features, weights, bias }
}

/**
 * Writes `content` to `path` whole or not at all (a partial file renamed into place, so a start that
 * reads it never sees half), then keeps only the `kept` newest files named `<kind>-<hash>.bin`.
 * Throws on a read-only or full disk: callers only lose the time they meant to save.
 */
export function keepOnShelf(folder: string, path: string, content: Buffer, kind: string, kept: number): void {
  makeFolder(folder)
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, content)
  renameSync(partial, path)
  const named = new RegExp(`^${kind}-[0-9a-f]+\\.bin$`)
  const files = readdirSync(folder)
    .filter((name) => named.test(name))
    .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
  for (const old of files.slice(kept)) rmSync(old.path, { force: true })
}
