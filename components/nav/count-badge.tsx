/** A number beside a menu entry; screen readers hear what it counts, not a bare number. */
export function CountBadge({ count, label, className }: { count: number; label: string; className?: string }) {
  if (count <= 0) return null;
  return (
    <span
      className={`inline-flex min-w-6 items-center justify-center rounded-full bg-red-800 px-1.5 text-xs leading-5 font-bold text-white ${className ?? ''}`}
    >
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{` ${label}`}</span>
    </span>
  );
}
