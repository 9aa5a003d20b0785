import { ConfigError } from '../config/config';

/**
 * Runs a command and exits with the code its `main` returns. A bad configuration prints its message
 * and exits 2; anything else that escapes prints (`explain` may turn it into a sentence) and exits
 * `failure` — commands whose 1 already means something (a broken log) pick another.
 */
export function runCli(main: () => Promise<number>, opts: { failure?: number; explain?: (err: unknown) => string | null } = {}): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof ConfigError) {
        console.error(err.message);
        process.exit(2);
      }
      console.error(opts.explain?.(err) ?? err);
      process.exit(opts.failure ?? 1);
    },
  );
}
