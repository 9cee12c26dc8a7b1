/**
 * Runs the named parts of `npm run eval` or `npm run bench` (all when none is named), each under a
 * heading, and prints one JSON line with every part's figures last.
 */
export async function runParts(
  command: string,
  parts: Record<string, () => Promise<object>>,
  names: readonly string[],
) {
  const unknown = names.filter((name) => !(name in parts));
  if (unknown.length > 0) {
    console.error(
      `${command}: unknown part ${unknown.join(', ')}; parts are ${Object.keys(parts).join(', ')}`,
    );
    process.exit(2);
  }
  const results: Record<string, object> = {};
  for (const name of names.length > 0 ? names : Object.keys(parts)) {
    console.log(`\n# ${name}`);
    results[name] = await parts[name]!();
  }
  console.log(JSON.stringify(results));
}
