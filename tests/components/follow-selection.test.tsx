import { afterEach, describe, expect, it, vi } from 'vitest';
import { followSelection } from '../../src/lib/follow-selection';

const MENU = 'data-test-menu';
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

function page() {
  const text = document.createElement('p');
  text.textContent = 'An answer a reader selects.';
  const menu = document.createElement('div');
  menu.setAttribute(MENU, '');
  const button = document.createElement('button');
  menu.append(button);
  document.body.append(text, menu);
  return { text, button };
}

function follow(options?: { now?: boolean }) {
  const onSettled = vi.fn<(settled: () => boolean) => void>();
  stops.push(followSelection(MENU, onSettled, options));
  return onSettled;
}

const selectionChanges = () => document.dispatchEvent(new Event('selectionchange'));
const press = (target: Element, type: 'pointerdown' | 'pointerup' | 'pointercancel') =>
  target.dispatchEvent(new Event(type, { bubbles: true }));

describe('followSelection', () => {
  it('follows a selection made by keyboard (no pointer down) at once', () => {
    page();
    const onSettled = follow();
    selectionChanges();
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('waits while a pointer drags a selection, then follows it once the pointer is up', () => {
    const { text } = page();
    const onSettled = follow();
    press(text, 'pointerdown');
    selectionChanges();
    selectionChanges();
    expect(onSettled).not.toHaveBeenCalled();
    press(text, 'pointerup');
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('follows a drag the browser cancels (a finger turned into a scroll)', () => {
    const { text } = page();
    const onSettled = follow();
    press(text, 'pointerdown');
    press(text, 'pointercancel');
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('does not take a press on the menu for a new selection', () => {
    const { button } = page();
    const onSettled = follow();
    press(button, 'pointerdown');
    selectionChanges();
    expect(onSettled).toHaveBeenCalledTimes(1);
    press(button, 'pointerup');
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('tells a caller finishing later that a new drag has begun', () => {
    const { text } = page();
    const onSettled = follow();
    selectionChanges();
    const settled = onSettled.mock.calls[0]?.[0];
    expect(settled?.()).toBe(true);
    press(text, 'pointerdown');
    expect(settled?.()).toBe(false);
  });

  it('with `now`, follows a selection made before it started', () => {
    page();
    expect(follow({ now: true })).toHaveBeenCalledTimes(1);
    expect(follow()).not.toHaveBeenCalled();
  });

  it('stops following when asked', () => {
    const { text } = page();
    const onSettled = vi.fn();
    followSelection(MENU, onSettled)();
    selectionChanges();
    press(text, 'pointerdown');
    press(text, 'pointerup');
    expect(onSettled).not.toHaveBeenCalled();
  });
});
