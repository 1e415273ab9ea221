import { useTranslation } from 'react-i18next'
import type { PackSignatureCheck } from '../../../../shared/contract'

/** "Built into Capstan", "Signed by …", "Signed with key …, not on the trusted list", "Unsigned". */
export function useSignatureText(): (s: PackSignatureCheck) => string {
  const { t } = useTranslation()
  return (s) => {
    if (s.status === 'builtin') return t('packs.signature.builtin')
    if (s.status === 'unsigned') return t('packs.signature.unsigned')
    return s.trustedPublisher
      ? t('packs.signature.trusted', { name: s.trustedPublisher, keyId: s.keyId })
      : t('packs.signature.untrusted', { keyId: s.keyId })
  }
}

/** A badge saying who vouches for a pack (the built-in pack has its own badge already). */
export function SignatureBadge({ signature }: { signature: PackSignatureCheck }) {
  const text = useSignatureText()
  if (signature.status === 'builtin') return null
  const kind =
    signature.status === 'unsigned'
      ? 'unsigned'
      : signature.trustedPublisher
        ? 'trusted'
        : 'untrusted'
  return (
    <span className={`badge badge-signature badge-signature-${kind}`} data-signature={kind}>
      {text(signature)}
    </span>
  )
}

/** The signature, with what it means for the person about to import the pack (`advice`). */
export function SignatureFact({
  signature,
  advice = true,
}: {
  signature: PackSignatureCheck
  advice?: boolean
}) {
  const { t } = useTranslation()
  const text = useSignatureText()
  const help = !advice
    ? null
    : signature.status === 'unsigned'
      ? t('packs.signature.unsignedHelp')
      : signature.status === 'signed' && !signature.trustedPublisher
        ? t('packs.signature.untrustedHelp')
        : null
  return (
    <>
      <span data-testid="pack-signature">{text(signature)}</span>
      {help ? <span className="field-help signature-help">{help}</span> : null}
    </>
  )
}
