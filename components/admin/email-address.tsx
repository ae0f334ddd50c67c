/**
 * An e-mail address that wraps only before its @ (a <wbr>), never inside a name or a domain; an
 * address too long for its box at all still breaks rather than pushing the page sideways.
 */
export function EmailAddress({ address }: { address: string }) {
  const at = address.lastIndexOf('@');
  if (at <= 0) return <span className="break-words">{address}</span>;
  return (
    <span className="break-words">
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </span>
  );
}
