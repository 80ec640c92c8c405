import { describe, expect, it } from 'vitest';
import { release } from '../../src/cards/render.ts';

describe('release of pixel buffers', () => {
  it('frees a buffer that owns its memory', () => {
    const pixels = Buffer.alloc(1200 * 630 * 4);
    release(pixels);
    expect(pixels.buffer.detached).toBe(true);
    expect(pixels.length).toBe(0);
  });

  it('leaves a pooled buffer and its neighbours intact', () => {
    const a = Buffer.from('first');
    const b = Buffer.from('second');
    expect(a.buffer).toBe(b.buffer); // both from Node's shared pool
    release(a);
    expect(a.toString()).toBe('first');
    expect(b.toString()).toBe('second');
  });
});
