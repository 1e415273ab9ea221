import { migration001 } from './001-foundation'
import { migration002 } from './002-template-packs'
import { migration003 } from './003-strategic-plan'
import { migration004 } from './004-needs-assessment'
import { migration005 } from './005-indicators'
import { migration006 } from './006-risk-register'
import { migration007 } from './007-integrity'
import { migration008 } from './008-documents'
import { migration009 } from './009-pack-publishers'
import { migration010 } from './010-register-summaries'

/** A schema step. `sql` runs inside one transaction with the version bump. */
export interface Migration {
  version: number
  name: string
  sql: string
}

/** Every migration, in the order they run. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
]

/** The schema version this code writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
