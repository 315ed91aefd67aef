import type { EntrySummary } from '../../server/insights/summary.js'

/** Every answer: how often it was given and rated, and whether its review is over a year old. */
export function Entries({ entries }: { entries: EntrySummary[] }) {
  return (
    <section aria-labelledby="entries">
      <h2 id="entries">Answers</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Given</th>
              <th scope="col">Helpful</th>
              <th scope="col">Not helpful</th>
              <th scope="col">Reviewed</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <th scope="row">
                  {entry.question} <span class="muted">({entry.id})</span>
                  {entry.notHelpfulQuestions.length > 0 && (
                    <details>
                      <summary>Questions rated not helpful ({entry.notHelpfulQuestions.length})</summary>
                      <ul>
                        {entry.notHelpfulQuestions.map((question) => (
                          <li>{question}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </th>
                <td>{entry.answered}</td>
                <td>{entry.helpful}</td>
                <td>{entry.notHelpful}</td>
                <td>
                  {entry.reviewed}
                  {entry.reviewOverdue && <strong class="flag"> over a year ago: check it against the article</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
