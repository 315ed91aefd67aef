import type { InsightsSummary } from '../../server/insights/summary.js'
import type { Outcome } from '../../server/insights/outcome.js'
import type { StaffApi } from './api.js'

const OUTCOME_LABELS: Record<Outcome, string> = {
  answer: 'Answered',
  fallback: 'Could not answer',
  'ask-us-directly': 'Referred to the team (ask-us-directly topic)',
  'check-in': 'Answered with help lines (check-in)',
  crisis: 'Crisis lines shown',
}

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–')

/** Questions per day as bars; the same numbers are in the table below it, and the title says the gist. */
function PerDayChart({ perDay }: { perDay: InsightsSummary['perDay'] }) {
  const [width, height, gap] = [600, 160, 4]
  const most = Math.max(1, ...perDay.map((day) => day.count))
  const total = perDay.reduce((sum, day) => sum + day.count, 0)
  const busiest = perDay.reduce((best, day) => (day.count > best.count ? day : best), perDay[0] ?? { day: '', count: 0 })
  const barWidth = width / perDay.length - gap
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="per-day-title per-day-desc">
        <title id="per-day-title">Questions per day, last 30 days</title>
        <desc id="per-day-desc">
          {total} questions in all{busiest.count > 0 ? `; the busiest day was ${busiest.day} with ${busiest.count}` : ''}.
        </desc>
        <line x1="0" y1={height - 0.5} x2={width} y2={height - 0.5} class="axis" />
        {perDay.map((day, index) => {
          const barHeight = (day.count / most) * (height - 10)
          return <rect x={index * (barWidth + gap) + gap / 2} y={height - barHeight} width={barWidth} height={barHeight} class="bar" />
        })}
      </svg>
      <figcaption>
        {perDay[0]?.day} to {perDay.at(-1)?.day}: {total} questions.
      </figcaption>
      <details>
        <summary>Questions per day as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Questions</th>
            </tr>
          </thead>
          <tbody>
            {perDay.map((day) => (
              <tr>
                <td>{day.day}</td>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

export function Overview({ summary, api }: { summary: InsightsSummary; api: StaffApi }) {
  const total = Object.values(summary.outcomes).reduce((sum, count) => sum + count, 0)
  const download = async () => {
    const blob = await api.exportCsv()
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = `insights-${summary.to}.csv`
    link.click()
    URL.revokeObjectURL(link.href)
  }
  return (
    <section aria-labelledby="overview">
      <h2 id="overview">Overview</h2>
      <PerDayChart perDay={summary.perDay} />
      <h3>What the questions got</h3>
      <table>
        <tbody>
          {(Object.keys(OUTCOME_LABELS) as Outcome[]).map((outcome) => (
            <tr>
              <th scope="row">{OUTCOME_LABELS[outcome]}</th>
              <td>{summary.outcomes[outcome]}</td>
              <td>{percent(summary.outcomes[outcome], total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Rated helpful:</strong> {summary.helpfulRate === null ? 'no votes yet' : `${Math.round(summary.helpfulRate * 100)}% of votes`}
      </p>
      <h3>Most asked</h3>
      {summary.topEntries.length === 0 ? (
        <p>No answers given yet.</p>
      ) : (
        <ol>
          {summary.topEntries.map((entry) => (
            <li>
              {entry.question} <span class="muted">({entry.count})</span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <button type="button" class="secondary" onClick={() => void download()}>
          Download the counts (CSV)
        </button>
      </p>
    </section>
  )
}
