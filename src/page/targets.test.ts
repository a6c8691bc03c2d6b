// Hover and keyboard lookups over the page's spans.
import { describe, expect, it } from 'vitest';
import { type Target, TargetIndex } from './targets';

const claim: Target = { kind: 'claim', start: 0, end: 50, ref: 0 };
const name: Target = { kind: 'person', start: 10, end: 20, ref: 0 };
const later: Target = { kind: 'person', start: 60, end: 70, ref: 1 };
const note: Target = { kind: 'note', start: 30, end: 40, ref: 'n1' };
const index = new TargetIndex([later, claim, note, name]);

describe('TargetIndex', () => {
  it('prefers a name over the claim around it, and a note over a claim', () => {
    expect(index.at(12)).toBe(name);
    expect(index.at(35)).toBe(note);
    expect(index.at(45)).toBe(claim);
    expect(index.at(55)).toBeNull();
    expect(index.at(20)).toBe(claim); // end is exclusive
  });

  it('steps through every target in page order and wraps around', () => {
    const seen: Target[] = [];
    let current: Target | null = null;
    for (let i = 0; i < 5; i++) seen.push((current = index.step(current, 1))!);
    expect(seen).toEqual([claim, name, note, later, claim]);
    expect(index.step(claim, -1)).toBe(later);
  });

  it('starts from an offset when nothing is current', () => {
    expect(index.step(null, 1, 25)).toBe(note);
    expect(index.step(null, -1, 25)).toBe(name);
    expect(new TargetIndex([]).step(null, 1)).toBeNull();
  });
});
