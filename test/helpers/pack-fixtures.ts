import { createPrivateKey, type KeyObject } from 'node:crypto'
import { newSigningKeys, signPack } from '../../electron/backend/packs/pack-signature'
import type { TemplatePack } from '../../electron/backend/packs/pack-types'

/** A small valid pack: one scale, a two-area framework, two indicators, a 3×3 matrix, a risk, a text. */
export function smallPack(overrides: Partial<TemplatePack> = {}): TemplatePack {
  return {
    format: 'capstan-template-pack',
    formatVersion: 1,
    id: 'urn:test:pack:small',
    version: 1,
    publisher: 'Test publisher',
    title: { en: 'Small pack', fr: 'Petit paquet' },
    issued: '2026-01-15',
    languages: ['en', 'fr'],
    maturityScales: [
      {
        code: 'S3',
        name: 'Three levels',
        levels: [
          { level: 1, name: 'Low' },
          { level: 2, name: 'Medium' },
          { level: 3, name: 'High' },
        ],
      },
    ],
    frameworks: [
      {
        code: 'FW',
        name: { en: 'Framework', fr: 'Cadre' },
        kind: 'diagnostic',
        scale: 'S3',
        items: [
          { code: 'A', title: 'Area A', assessable: false },
          {
            code: 'A.1',
            parent: 'A',
            title: { en: 'Item A.1', fr: 'Élément A.1' },
            guidance: 'Guidance A.1',
            assessable: true,
          },
          { code: 'A.2', parent: 'A', title: 'Item A.2', assessable: true },
          { code: 'B', title: 'Area B', assessable: false },
          {
            code: 'B.1',
            parent: 'B',
            title: 'Item B.1',
            assessable: true,
            confirmed: false,
            note: 'Not confirmed',
          },
        ],
      },
    ],
    indicators: [
      {
        code: 'K1',
        name: 'Release time',
        definition: 'Average hours from lodgement to release',
        unit: 'hours',
        direction: 'lower_is_better',
        frequency: 'quarterly',
        links: [{ framework: 'FW', item: 'A.1' }],
      },
      {
        code: 'K2',
        name: 'E-declarations',
        definition: 'Share lodged electronically',
        unit: '%',
        direction: 'higher_is_better',
        frequency: 'yearly',
      },
    ],
    riskMatrix: {
      code: 'M3',
      name: '3×3',
      likelihood: [1, 2, 3].map((level) => ({ level, name: `L${level}` })),
      impact: [1, 2, 3].map((level) => ({ level, name: `I${level}` })),
      bands: [
        {
          code: 'LOW',
          name: 'Low',
          minScore: 1,
          maxScore: 2,
          colour: '#2E7D32',
          reviewIntervalDays: 90,
          tolerable: true,
        },
        {
          code: 'MED',
          name: 'Medium',
          minScore: 3,
          maxScore: 4,
          colour: '#F9A825',
          reviewIntervalDays: 60,
          tolerable: true,
        },
        {
          code: 'HIGH',
          name: 'High',
          minScore: 5,
          maxScore: 9,
          colour: '#C62828',
          reviewIntervalDays: 30,
          tolerable: false,
        },
      ],
    },
    riskCatalogue: [
      {
        code: 'R1',
        title: 'Sponsor leaves',
        category: 'political',
        cause: 'Election',
        consequence: 'Reform stalls',
        response: 'mitigate',
      },
    ],
    documentTexts: [{ code: 'H.ISSUE', kind: 'heading', text: { en: 'Issue', fr: 'Objet' } }],
    ...overrides,
  }
}

/** Bytes of a pack object as a file would hold them. */
export const bytesOf = (value: unknown): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(value, null, 2))

/** Base64 of a pack, as the UI sends it. */
export const base64Of = (value: unknown): string => Buffer.from(bytesOf(value)).toString('base64')

/** A generated pack with `n` framework items spread over 20 areas (for speed tests). */
export function generatedPack(n: number, version = 1): TemplatePack {
  const areas = 20
  const items: TemplatePack['frameworks'] extends (infer F)[] | undefined
    ? F extends { items: infer I }
      ? I
      : never
    : never = []
  for (let a = 1; a <= areas; a++)
    items.push({ code: `A${a}`, title: { en: `Area ${a}`, fr: `Domaine ${a}` }, assessable: false })
  for (let i = 1; i <= n - areas; i++) {
    items.push({
      code: `A${(i % areas) + 1}.${i}`,
      parent: `A${(i % areas) + 1}`,
      title: {
        en: `Practice ${i} (v${version === 1 || i % 10 ? 1 : version})`,
        fr: `Pratique ${i}`,
      },
      guidance: {
        en: `What good looks like for practice ${i}: documented, measured and reviewed every year.`,
      },
      assessable: true,
      weight: 1,
    })
  }
  return smallPack({
    id: 'urn:test:pack:generated',
    version,
    indicators: [],
    frameworks: [{ code: 'GEN', name: 'Generated', kind: 'diagnostic', scale: 'S3', items }],
  })
}

/** A publisher's Ed25519 key pair made for the tests (private keys exist only in tests). */
export interface TestPublisher {
  privateKey: KeyObject
  /** Base64 raw public key, as a signed pack carries it. */
  publicKey: string
  keyId: string
  publicPem: string
  privatePem: string
}

/** A new publisher key pair. */
export function testPublisher(): TestPublisher {
  const keys = newSigningKeys()
  return {
    privateKey: createPrivateKey(keys.privatePem),
    publicKey: keys.publicKey,
    keyId: keys.keyId,
    publicPem: keys.publicPem,
    privatePem: keys.privatePem,
  }
}

/** The pack signed by `publisher`, as `capstan pack sign` would write it. */
export const signedBy = (pack: TemplatePack, publisher: TestPublisher): TemplatePack =>
  signPack(pack, publisher.privateKey)

/**
 * Pack text with `extra` members appended to the top-level object, keys possibly repeating
 * earlier ones (JSON.stringify cannot write a repeated key).
 */
export function withExtraMembers(pack: TemplatePack, extra: string): Uint8Array {
  const text = JSON.stringify(pack, null, 2)
  return new TextEncoder().encode(`${text.slice(0, text.lastIndexOf('}')).trimEnd()},\n${extra}\n}`)
}
