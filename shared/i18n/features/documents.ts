import { documentsEn } from './documents-en'
import { documentsEs } from './documents-es'
import type { FeatureText } from './feature-text'
import { documentsFr } from './documents-fr'

/** Interface text of the Documents view (and the logo picker in Settings), under "documents". */
export const documentsText: FeatureText = {
  en: { documents: documentsEn },
  fr: { documents: documentsFr },
  es: { documents: documentsEs },
}
