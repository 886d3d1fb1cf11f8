// Runs the journeys of tests/ (npm test), each file in a process of its own, one file at a time; except the journeys
// that mostly wait for the platform (an erasure's grace period and the privacy job's turns, a reminder's due time):
// those run meanwhile in a second lane, one at a time too, and their report is printed after the first lane's.
// Both lanes come from this machine's one address: ./coop test raises the gateway's per-address flood limits for
// the platform it starts (GatewayIT proves those limits). Files given as arguments run instead, one at a time:
//   node run.js tests/visitor.test.js
import { readdirSync } from "node:fs";
import { run } from "node:test";
import { spec } from "node:test/reporters";

const WAITING = ["tests/privacy-erasure.test.js", "tests/email-preferences.test.js"];

const given = process.argv.slice(2);
const files = given.length > 0 ? given : readdirSync("tests").filter((name) => name.endsWith(".test.js")).sort()
  .map((name) => `tests/${name}`);
const alongside = given.length > 0 ? [] : files.filter((file) => WAITING.includes(file));
const first = files.filter((file) => !alongside.includes(file));

/** Runs the files one at a time; resolves with whether every test passed, after the report's last line. */
function lane(laneFiles, write) {
  return new Promise((resolve) => {
    if (laneFiles.length === 0) {
      resolve(true);
      return;
    }
    let passed = true;
    const tests = run({ files: laneFiles, concurrency: 1 });
    tests.on("test:fail", () => {
      passed = false;
    });
    const report = tests.compose(spec);
    report.on("data", write);
    report.on("end", () => resolve(passed));
  });
}

const held = [];
if (alongside.length > 0) {
  console.log(`Alongside, in a second lane (report below): ${alongside.join(", ")}\n`);
}
const [firstPassed, alongsidePassed] = await Promise.all([
  lane(first, (chunk) => process.stdout.write(chunk)),
  lane(alongside, (chunk) => held.push(chunk)),
]);
if (alongside.length > 0) {
  process.stdout.write(`\n── second lane: ${alongside.join(", ")}\n`);
  for (const chunk of held) process.stdout.write(chunk);
}
if (!firstPassed || !alongsidePassed) process.exitCode = 1;
