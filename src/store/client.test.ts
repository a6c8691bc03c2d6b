// The writer's retry: transport failures (worker stopped before replying) are retried, errors the
// background reported are not.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: {} } }));
const { sendReliably } = await import('./client');

const backoff = [1, 1, 1];

describe('sendReliably', () => {
  it('retries when the worker died before replying, then returns the reply', async () => {
    const sent: unknown[] = [];
    const failures = [new Error('The message port closed before a response was received.'), undefined];
    const sender = async (message: unknown) => {
      sent.push(message);
      if (failures.length > 0) {
        const failure = failures.shift();
        if (failure) throw failure;
        return undefined; // no reply at all
      }
      return { ok: true, value: { deleted: true } };
    };
    const id = crypto.randomUUID();
    await expect(sendReliably('annotation.delete', { id }, { sender, backoff })).resolves.toEqual({ deleted: true });
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((m) => JSON.stringify(m))).size).toBe(1);
  });

  it('sends again when an attempt never gets an answer', async () => {
    let calls = 0;
    const sender = () => {
      calls++;
      return calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve({ ok: true, value: { tags: ['a'], sites: [] } });
    };
    await expect(sendReliably('annotation.facets', {}, { sender, backoff, attemptTimeoutMs: 20 })).resolves.toEqual({
      tags: ['a'],
      sites: [],
    });
    expect(calls).toBe(2);
  });

  it('does not retry an error the background reported', async () => {
    let calls = 0;
    const sender = async () => {
      calls++;
      return { ok: false, error: 'Not enough disk space to save notes.' };
    };
    await expect(sendReliably('annotation.facets', {}, { sender, backoff })).rejects.toThrow('Not enough disk space');
    expect(calls).toBe(1);
  });

  it('gives up after the last attempt with the transport error', async () => {
    let calls = 0;
    const sender = async () => {
      calls++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(sendReliably('annotation.facets', {}, { sender, backoff })).rejects.toThrow('Receiving end');
    expect(calls).toBe(backoff.length + 1);
  });
});
