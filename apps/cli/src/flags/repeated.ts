/**
 * Every value of a repeatable option, in order: `--name a --name b`, `--name=c` and
 * comma-separated lists (`--name a,b`) all add up; citty alone keeps only the last one.
 * @example repeatedOption(['--only', 'a@x', '--only=b@x,c@x'], 'only') // ['a@x', 'b@x', 'c@x']
 */
export function repeatedOption(rawArgs: readonly string[], name: string): string[] {
  const values: string[] = [];
  const flag = `--${name}`;
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? '';
    if (arg === '--') break;
    if (arg === flag) values.push(rawArgs[++i] ?? '');
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
  }
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
