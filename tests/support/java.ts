import { execFileSync } from 'node:child_process';

/** A Java runtime for the Nu HTML Checker (`JAVA` or `java` on the PATH), if installed. */
export const javaPath = ((): string | undefined => {
  const candidate = process.env.JAVA || 'java';
  try {
    execFileSync(candidate, ['-version'], { stdio: 'ignore' });
    return candidate;
  } catch {
    return undefined;
  }
})();

/** Under CI a missing Java is a failure, not a reason to skip. */
export const mustRunJava = process.env.CI === 'true' || process.env.CI === '1';
