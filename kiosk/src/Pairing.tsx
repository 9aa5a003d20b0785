import { pairingApi } from '@hcc/shared/api/pairing';
import type { PairingTicket } from '@hcc/shared/schemas/device';
import { useEffect, useState } from 'preact/hooks';
import { attempt } from './api';
import type { KioskCredentials } from './device';
import './pairing.css';

const POLL_MS = 2000;
const RETRY_MS = 5000;

/**
 * A kiosk not yet paired shows a six-digit code for staff to approve in the console (Devices), as a
 * new TV does, and waits; until then it takes no survey answers (the server would not count them).
 */
export function Pairing({ onPaired }: { onPaired: (c: KioskCredentials) => void }) {
  const [ticket, setTicket] = useState<PairingTicket | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer = 0;
    const request = async () => {
      const res = await attempt(pairingApi.request, { body: { kind: 'kiosk' } });
      if (!live) return;
      if (!res.ok) {
        setProblem(res.status === 429 ? 'Đã xin quá nhiều mã ghép nối từ mạng này; đang chờ để thử lại…' : 'Không kết nối được máy chủ, đang thử lại…');
        timer = window.setTimeout(request, res.status === 429 ? 60_000 : RETRY_MS);
        return;
      }
      setTicket(res.data);
      setProblem(null);
      timer = window.setTimeout(() => void poll(res.data), POLL_MS);
    };
    const poll = async (t: PairingTicket) => {
      const res = await attempt(pairingApi.claim, { params: { id: t.pairingId }, body: { claimSecret: t.claimSecret } });
      if (!live) return;
      // Expired or lost: start again with a fresh code rather than showing a dead one.
      if (!res.ok && (res.status === 410 || res.status === 404)) return void request();
      if (res.ok && res.data.status === 'paired') return onPaired({ token: res.data.token, centreId: res.data.centreId });
      timer = window.setTimeout(() => void poll(t), res.ok ? POLL_MS : RETRY_MS);
    };
    void request();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);

  return (
    <main class="kiosk-pairing" data-testid="kiosk-pairing">
      <h1>Ghép nối kiosk</h1>
      <p>Cán bộ nhập mã này trong Bảng điều khiển › Thiết bị để ghép nối kiosk với Trung tâm.</p>
      <div class="kiosk-pairing-code" data-testid="kiosk-pairing-code">
        {ticket ? `${ticket.code.slice(0, 3)} ${ticket.code.slice(3)}` : '··· ···'}
      </div>
      {problem && <p class="kiosk-pairing-problem">{problem}</p>}
      <p class="kiosk-pairing-en">Pair this kiosk: staff enter the code in the console › Devices.</p>
    </main>
  );
}
