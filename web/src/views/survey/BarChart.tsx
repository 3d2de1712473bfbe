/** A horizontal bar chart as a table: each row a label, its bar (two parts where a part is given) and its numbers. */
interface Bar {
  key: string;
  label: string;
  value: number;
  /** The part of `value` drawn darker (e.g. multilateral listings). */
  part?: number;
}

interface Props {
  caption: string;
  /** Header of the label column. */
  labelHeader: string;
  bars: Bar[];
  valueLabel: string;
  partLabel?: string;
  testId?: string;
}

export function BarChart({ caption, labelHeader, bars, valueLabel, partLabel, testId }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <table class="bar-chart" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueLabel}</th>
          {partLabel && <th scope="col">{partLabel}</th>}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td class="bar-cell">
              <span class="bar-track" aria-hidden="true">
                <span class="bar" style={{ width: `${(b.value / max) * 100}%` }}>
                  {b.part != null && b.part > 0 && <span class="bar-part" style={{ width: `${(b.part / b.value) * 100}%` }} />}
                </span>
              </span>
              <span class="bar-value">{b.value}</span>
            </td>
            {partLabel && <td class="num">{b.part ?? 0}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
