import { pairingApi } from '@hcc/shared/api/pairing';
import type { PairingTicket } from '@hcc/shared/schemas/device';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../lib/api';
import type { Credentials } from './credentials';

const POLL_MS = 2000;

/** A new screen shows a code big enough to read from across the room, and waits for staff to approve it. */
export function Pairing({ onPaired }: { onPaired: (c: Credentials) => void }) {
  const [ticket, setTicket] = useState<PairingTicket | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer = 0;
    const askForCode = async () => {
      try {
        const t = await request(pairingApi.request, { body: { kind: 'screen' } });
        if (!live) return;
        setTicket(t);
        setProblem(null);
        timer = window.setTimeout(() => poll(t), POLL_MS);
      } catch {
        setProblem('Không kết nối được máy chủ, đang thử lại…');
        timer = window.setTimeout(askForCode, 5000);
      }
    };
    const poll = async (t: PairingTicket) => {
      try {
        const r = await request(pairingApi.claim, { params: { id: t.pairingId }, body: { claimSecret: t.claimSecret } });
        if (!live) return;
        if (r.status === 'paired') return onPaired({ token: r.token, deviceId: r.deviceId });
        timer = window.setTimeout(() => poll(t), POLL_MS);
      } catch (err) {
        if (!live) return;
        // Expired or lost: start again with a fresh code rather than showing a dead one.
        if (err instanceof ApiError && (err.status === 410 || err.status === 404)) return void askForCode();
        timer = window.setTimeout(() => poll(t), 5000);
      }
    };
    void askForCode();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);

  return (
    <div class="pairing">
      <h1>Ghép nối màn hình</h1>
      <p>Nhập mã này trong Bảng điều khiển › Thiết bị để ghép nối màn hình với Trung tâm.</p>
      <div class="pairing-code" data-testid="pairing-code">
        {ticket ? `${ticket.code.slice(0, 3)} ${ticket.code.slice(3)}` : '··· ···'}
      </div>
      {problem && <p class="pairing-problem">{problem}</p>}
      <p class="pairing-en">Pair this screen: enter the code in the staff console › Devices.</p>
    </div>
  );
}
