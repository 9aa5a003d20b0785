import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** What one reliability check tried and what it found; the rows of RELIABILITY.md. */
export interface Figure {
  /** The heading it proves: Faults, Fuzzing, Access, Inert content, Kiosk, Backups, Privacy. */
  area: string;
  check: string;
  /** Inputs tried, faults injected, requests made… whatever the check counts. */
  tried: number;
  /** How many of those the system came through as it should. */
  passed: number;
  lost?: number;
  duplicates?: number;
  note?: string;
}

export const FIGURES_DIR = path.join(import.meta.dirname, '.figures');

/** Appends a figure for the run's report; every test file writes its own file, so parallel files never collide. */
export function record(file: string, f: Figure): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  appendFileSync(path.join(FIGURES_DIR, `${path.basename(file)}.jsonl`), `${JSON.stringify(f)}\n`);
}
