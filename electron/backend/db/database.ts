import type { Kysely } from 'kysely'
import type { AssessmentsTables } from '../assessments/assessments-tables'
import type { AuditTables } from '../audit/audit-tables'
import type { DocumentsTables } from '../documents/documents-tables'
import type { IndicatorsTables } from '../indicators/indicators-tables'
import type { IntegrityTables } from '../integrity/integrity-tables'
import type { PacksTables } from '../packs/packs-tables'
import type { PlanTables } from '../plan/plan-tables'
import type { RisksTables } from '../risks/risks-tables'
import type { SettingsTables } from '../settings/settings-tables'

/**
 * Every table, by name, for the typed query layer. Each domain declares (and alone queries) its
 * own tables in `<domain>/<domain>-tables.ts`; other domains use its read API instead.
 */
export interface Database
  extends
    AssessmentsTables,
    AuditTables,
    DocumentsTables,
    IndicatorsTables,
    IntegrityTables,
    PacksTables,
    PlanTables,
    RisksTables,
    SettingsTables {}

/** The query handle repositories take: the database, or the transaction a service opened. */
export type Db = Kysely<Database>
