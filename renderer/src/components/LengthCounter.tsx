import { useTranslation } from 'react-i18next'
import '../styles/kit.css'

/** From this share of the limit on, the counter shows. */
const SHOW_FROM = 0.8

/**
 * "180 of 200 characters" under a field once the text nears its limit, in red past it, so a
 * long paste is never cut without a word; validation then names the field that is too long.
 */
export function LengthCounter({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation()
  if (length < max * SHOW_FROM) return null
  const over = length > max
  return (
    <span
      className={over ? 'length-counter length-counter-over' : 'length-counter'}
      aria-live="polite"
    >
      {t(over ? 'common.counterOver' : 'common.counter', {
        count: length,
        max,
        over: length - max,
      })}
    </span>
  )
}
