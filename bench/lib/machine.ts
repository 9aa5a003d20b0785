import { readFileSync } from 'node:fs';
import os from 'node:os';

/** One line saying what the figures were measured on; figures without it mean nothing. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const release = /PRETTY_NAME="([^"]+)"/.exec(safeRead('/etc/os-release'))?.[1] ?? os.platform();
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${release}, Node ${process.version}`;
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Resident and peak resident memory of a process, in MB, from /proc. */
export function processMemoryMb(pid: number): { rss: number; peak: number } {
  const status = safeRead(`/proc/${pid}/status`);
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}
