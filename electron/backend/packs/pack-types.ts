/** Plain English text, or translations keyed by language code (always with "en"). */
export type { LocalText } from '../../../shared/contract'
import type { LocalText } from '../../../shared/contract'

interface Flagged {
  confirmed?: boolean
  note?: LocalText
}

/** One level of a maturity scale or a risk-matrix axis. */
export interface ScaleLevel {
  level: number
  name: LocalText
  descriptor?: LocalText
}

/** A maturity scale. */
export interface MaturityScale extends Flagged {
  code: string
  name: LocalText
  description?: LocalText
  appDefault?: boolean
  levels: ScaleLevel[]
}

/** One item of a framework tree. */
export interface FrameworkItem extends Flagged {
  code: string
  parent?: string
  title: LocalText
  guidance?: LocalText
  assessable: boolean
  weight?: number
}

/** A framework: diagnostic areas, integrity factors, PMM dimensions… */
export interface Framework extends Flagged {
  code: string
  name: LocalText
  purpose?: LocalText
  kind: 'diagnostic' | 'integrity' | 'performance' | 'reference' | 'logframe' | 'delivery'
  scale?: string
  items: FrameworkItem[]
}

/** An indicator in the library. */
export interface IndicatorTemplate extends Flagged {
  code: string
  name: LocalText
  definition: LocalText
  unit: LocalText
  direction: 'higher_is_better' | 'lower_is_better'
  frequency: 'monthly' | 'quarterly' | 'yearly'
  source?: LocalText
  links?: { framework: string; item: string }[]
}

/** A rating band of the risk matrix. */
export interface RiskBand {
  code: string
  name: LocalText
  minScore: number
  maxScore: number
  colour: string
  reviewIntervalDays: number
  tolerable: boolean
}

/** Likelihood × impact matrix with its bands. */
export interface RiskMatrix extends Flagged {
  code: string
  name: LocalText
  likelihood: ScaleLevel[]
  impact: ScaleLevel[]
  bands: RiskBand[]
}

/** A typical risk users can start from. */
export interface RiskTemplate extends Flagged {
  code: string
  title: LocalText
  category: string
  cause: LocalText
  event?: LocalText
  consequence: LocalText
  response: 'avoid' | 'mitigate' | 'transfer' | 'accept'
  treatment?: LocalText
}

/** A heading, standard wording or signatory title used by Word exports. */
export interface DocumentText extends Flagged {
  code: string
  kind: 'heading' | 'wording' | 'signatory_title'
  text: LocalText
}

/** A whole template pack file, as the JSON Schema describes it. */
export interface TemplatePack {
  format: 'capstan-template-pack'
  formatVersion: 1
  id: string
  version: number
  publisher: LocalText
  title: LocalText
  description?: LocalText
  issued: string
  languages: string[]
  licence?: LocalText
  sourceNotes?: LocalText
  dependencies?: { id: string; minVersion: number }[]
  maturityScales?: MaturityScale[]
  frameworks?: Framework[]
  indicators?: IndicatorTemplate[]
  riskMatrix?: RiskMatrix
  riskCatalogue?: RiskTemplate[]
  documentTexts?: DocumentText[]
  /** The publisher's Ed25519 signature over the rest of the pack (pack-signature.ts). */
  signature?: { algorithm: 'Ed25519'; publicKey: string; value: string }
}

/** English text of a LocalText. */
export const english = (t: LocalText | undefined): string =>
  t === undefined ? '' : typeof t === 'string' ? t : t.en
