import { describe, expect, it } from 'vitest';
import { leadOf } from '../../src/ipex/map/lead.ts';

describe('summary from a description', () => {
  it('takes the first paragraph’s whole sentences, as plain text', () => {
    expect(leadOf('The chambers **discussed** the [budget](https://ipex.eu/x). They agreed.\n\n- a\n- b')).toBe(
      'The chambers discussed the budget. They agreed.',
    );
  });

  it('skips lists and headings before the first paragraph', () => {
    expect(leadOf('## Background\n\n- one\n\nCOSAC met in Dublin.')).toBe('COSAC met in Dublin.');
  });

  it('stops before 200 characters, at a sentence or else a word', () => {
    const long = `${'Parliaments scrutinise the proposal in detail. '.repeat(8)}`;
    const lead = leadOf(long);
    expect([...lead].length).toBeLessThanOrEqual(200);
    expect(lead.endsWith('detail.')).toBe(true);
    const oneSentence = leadOf(`${'word '.repeat(80)}end.`);
    expect([...oneSentence].length).toBeLessThanOrEqual(200);
    expect(oneSentence.endsWith('word…')).toBe(true);
  });

  it('gives nothing for a description without a paragraph', () => {
    expect(leadOf('- only\n- a list')).toBe('');
  });
});
