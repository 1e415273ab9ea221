import type { Ref } from 'react'
import type { ProfileDraft } from './profile-draft'

/** What every profile section receives, in the wizard and in Settings alike. */
export interface ProfileSectionProps {
  draft: ProfileDraft
  onChange(patch: Partial<ProfileDraft>): void
  /** Translated problems for a dotted path (exactly that path). */
  errorsFor(path: string): string[]
  /** h2 in the wizard, h3 inside Settings. */
  headingLevel: 2 | 3
  /** Lets the wizard move focus to the step heading. */
  headingRef?: Ref<HTMLHeadingElement>
}
