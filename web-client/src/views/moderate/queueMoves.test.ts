import { describe, expect, it } from 'vitest';
import { dropTarget, keyboardTarget } from './queueMoves';

describe('keyboardTarget', () => {
  it('moves up and down with Alt+Arrow', () => {
    expect(keyboardTarget('ArrowUp', true, 3, 5)).toBe(2);
    expect(keyboardTarget('ArrowDown', true, 3, 5)).toBe(4);
  });

  it('moves to the ends with Alt+Home and Alt+End', () => {
    expect(keyboardTarget('Home', true, 3, 5)).toBe(1);
    expect(keyboardTarget('End', true, 3, 5)).toBe(5);
  });

  it('does nothing past the ends, without Alt, or for other keys', () => {
    expect(keyboardTarget('ArrowUp', true, 1, 5)).toBeNull();
    expect(keyboardTarget('ArrowDown', true, 5, 5)).toBeNull();
    expect(keyboardTarget('ArrowUp', false, 3, 5)).toBeNull();
    expect(keyboardTarget('a', true, 3, 5)).toBeNull();
  });
});

describe('dropTarget', () => {
  it('takes the position of the row dropped on', () => {
    expect(dropTarget(4, 1)).toBe(1);
    expect(dropTarget(1, 4)).toBe(4);
    expect(dropTarget(2, 2)).toBeNull();
  });
});
