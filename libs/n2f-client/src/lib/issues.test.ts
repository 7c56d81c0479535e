import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './issues.js';

const first = (schema: v.GenericSchema, input: unknown): ReturnType<typeof describeIssue> => {
  const result = v.safeParse(schema, input);
  if (result.success || result.issues[0] === undefined) throw new Error('expected a failure');
  return describeIssue(result.issues[0]);
};

describe('describeIssue', () => {
  const envelope = v.object({
    response: v.object({ data: v.array(v.object({ mail: v.string() })) }),
  });

  it('names the path with indexes and what was expected', () => {
    const input = { response: { data: [{ mail: 'a' }, { mail: 5 }] } };
    expect(first(envelope, input)).toEqual({
      path: 'response.data[1].mail',
      problem: 'expected string, received 5',
      value: 5,
    });
  });

  it('names the root when the body itself is wrong', () => {
    expect(first(envelope, 'oops').path).toBe('(root)');
  });

  it('uses the message of a failed check', () => {
    const schema = v.object({ code: v.pipe(v.string(), v.nonEmpty('is required')) });
    expect(first(schema, { code: '' })).toMatchObject({ path: 'code', problem: 'is required' });
  });
});
