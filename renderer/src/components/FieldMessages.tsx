/** Problems that concern a group of fields rather than one input (e.g. a whole list). */
export function FieldMessages({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null
  return (
    <div className="field-error group-error">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  )
}
