import { useState } from 'preact/hooks'
import type { AskResponse } from '../../server/http/api-schema.js'
import type { EntrySummary, UnansweredGroup } from '../../server/insights/summary.js'
import { StaffRequestFailed, type StaffApi } from './api.js'

const describeResponse = ({ response, referral }: { response: AskResponse; referral?: string }) => {
  if (response.kind === 'crisis') return 'Crisis lines only.'
  if (referral) return `"Please ask our team" (the ask-us-directly topic "${referral}").`
  const best = response.answers[0]
  return best ? `The answer "${best.question}" (${best.id}).` : 'Nothing: "I can\'t answer that from our clinic\'s information."'
}

const messageOf = (error: unknown) => (error instanceof StaffRequestFailed ? error.message : 'Something went wrong; try again.')

function Group({ group, entries, api, onChanged, index }: { group: UnansweredGroup; entries: EntrySummary[]; api: StaffApi; onChanged: () => void; index: number }) {
  const question = group.texts[0] ?? ''
  const [tried, setTried] = useState<string | null>(null)
  const [entryId, setEntryId] = useState('')
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const selectId = `entry-for-${index}`

  const act = async (action: () => Promise<string>) => {
    try {
      setOutcome({ ok: true, text: await action() })
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) })
    }
  }

  const tryNow = async () => {
    try {
      setTried(describeResponse(await api.tryQuestion(question)))
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) })
    }
  }

  return (
    <li class="group">
      <ul class="texts">
        {group.texts.map((text) => (
          <li>“{text}”</li>
        ))}
      </ul>
      <p class="muted">
        Asked {group.count} {group.count === 1 ? 'time' : 'times'}, last on {group.lastSeen}.
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void tryNow()}>
          What would it answer now?
        </button>
        <label for={selectId}>Add as a phrasing of</label>
        <select id={selectId} value={entryId} onChange={(event) => setEntryId(event.currentTarget.value)}>
          <option value="">Choose an answer…</option>
          {entries.map((entry) => (
            <option value={entry.id}>{entry.question}</option>
          ))}
        </select>
        <button
          type="button"
          disabled={!entryId}
          onClick={() =>
            void act(async () => {
              await api.addPhrasing(entryId, question)
              onChanged()
              return `Added to ${entryId}. Visitors asking this now get that answer.`
            })
          }
        >
          Add phrasing
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void act(async () => {
              await api.dismiss(group.texts)
              onChanged()
              return 'Dismissed.'
            })
          }
        >
          Dismiss
        </button>
      </div>
      {tried && <p class="tried">It would answer: {tried}</p>}
      <p role="status" class={outcome?.ok === false ? 'error' : 'ok'}>
        {outcome?.text}
      </p>
    </li>
  )
}

/** Redacted questions the widget could not answer, grouped by their meaningful words; answering one clears it. */
export function Unanswered({ groups, entries, api, onChanged }: { groups: UnansweredGroup[]; entries: EntrySummary[]; api: StaffApi; onChanged: () => void }) {
  return (
    <section aria-labelledby="unanswered">
      <h2 id="unanswered">Questions it could not answer</h2>
      {groups.length === 0 ? (
        <p>None waiting. Questions the widget could not answer show here, with anything personal taken out.</p>
      ) : (
        <ul class="groups">
          {groups.map((group, index) => (
            <Group key={group.texts.join('\n')} group={group} entries={entries} api={api} onChanged={onChanged} index={index} />
          ))}
        </ul>
      )}
    </section>
  )
}
