/**
 * Where a keyboard shortcut or a drop sends a hand, as the 1-based position MoveHand takes, or
 * null when nothing would change. The server removes the hand and inserts it at that position.
 */
export function keyboardTarget(key: string, altKey: boolean, position: number, length: number): number | null {
  if (!altKey) {
    return null;
  }
  const target =
    key === 'ArrowUp' ? position - 1 : key === 'ArrowDown' ? position + 1 : key === 'Home' ? 1 : key === 'End' ? length : position;
  return target >= 1 && target <= length && target !== position ? target : null;
}

/** Dropping a row on another row puts it at that row's position. */
export function dropTarget(fromPosition: number, onPosition: number): number | null {
  return fromPosition === onPosition ? null : onPosition;
}
