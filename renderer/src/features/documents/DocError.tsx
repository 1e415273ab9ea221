/** A failure in words, announced at once. */
export function DocError({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
    </div>
  )
}
