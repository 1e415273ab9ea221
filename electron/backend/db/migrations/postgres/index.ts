import type { Migration } from '../index'
import { pgMigration001 } from './001-foundation'
import { pgMigration002 } from './002-template-packs'
import { pgMigration003 } from './003-strategic-plan'
import { pgMigration004 } from './004-needs-assessment'
import { pgMigration005 } from './005-indicators'
import { pgMigration006 } from './006-risk-register'
import { pgMigration007 } from './007-integrity'
import { pgMigration008 } from './008-documents'
import { pgMigration009 } from './009-pack-publishers'
import { pgMigration010 } from './010-register-summaries'

/**
 * The PostgreSQL schema, step for step the twin of MIGRATIONS (same versions and names).
 * test/backend/schema-parity.test.ts fails when the two schemas drift apart. Append only.
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  pgMigration001,
  pgMigration002,
  pgMigration003,
  pgMigration004,
  pgMigration005,
  pgMigration006,
  pgMigration007,
  pgMigration008,
  pgMigration009,
  pgMigration010,
]
