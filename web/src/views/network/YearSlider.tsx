/** The year slider: the network as of each year, its last step every agreement (undated ones too); a play button replays the growth. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';

interface Props {
  range: [number, number];
  year: number | null;
  onChange: (year: number | null) => void;
}

export function YearSlider({ range: [first, last], year, onChange }: Props) {
  const { t } = useI18n();
  const all = last + 1; // the step after the last year: everything
  const value = year == null ? all : Math.min(Math.max(year, first), last);
  const [playing, setPlaying] = useState(false);
  const current = useRef(value);
  current.current = value;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = current.current >= all ? first : current.current + 1;
      onChange(next >= all ? null : next);
      if (next >= all) setPlaying(false);
    }, 450);
    return () => clearInterval(timer);
  }, [playing]);
  const text = year == null ? t('allYears') : t('asOfYear', { year: value });
  return (
    <div class="year-slider">
      <label for="year">{t('year')}</label>
      <input
        id="year"
        type="range"
        min={first}
        max={all}
        step={1}
        value={value}
        aria-valuetext={text}
        onInput={(e) => {
          const v = Number(e.currentTarget.value);
          onChange(v >= all ? null : v);
        }}
      />
      <output for="year" aria-live="polite">
        {text}
      </output>
      <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
        {playing ? t('pause') : t('play')}
      </button>
    </div>
  );
}
