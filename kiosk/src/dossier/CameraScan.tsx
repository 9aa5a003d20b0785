import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { ScanFailure } from './camera-scanner';

type State = 'loading' | 'scanning' | ScanFailure | 'offline';

/**
 * The camera view. The decoder is imported here, when the look-up page opens, so it never weighs on
 * the kiosk's start-up; when it cannot run (no camera, permission refused, decoder not fetched while
 * offline) the page says so and typing still works.
 */
export function CameraScan({ onCode, onClose }: { onCode: (text: string) => void; onClose?: () => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<State>('loading');
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    import('./camera-scanner')
      .then(({ startScanner }) => {
        if (gone || !video.current) return;
        stop = startScanner(video.current, (text) => onCodeRef.current(text), setState);
        setState((s) => (s === 'loading' ? 'scanning' : s));
      })
      .catch(() => !gone && setState('offline'));
    return () => {
      gone = true;
      stop?.();
    };
  }, []);

  const message: Record<State, string> = {
    loading: t('Đang mở camera…', 'Opening the camera…'),
    scanning: t('Đưa mã QR hoặc mã vạch trên giấy hẹn vào trước camera, giữ yên một chút.', 'Hold the QR code or barcode on your receipt in front of the camera, keep it still.'),
    'no-camera': t('Máy này chưa có camera dùng được. Ông/bà vui lòng nhập mã bên dưới.', 'No camera is available here. Please type the code below.'),
    denied: t('Camera chưa được cho phép. Ông/bà có thể nhập mã bên dưới.', 'The camera is not allowed. You can type the code below.'),
    decoder: t('Không đọc được mã bằng camera lúc này. Ông/bà vui lòng nhập mã bên dưới.', 'The camera cannot read codes right now. Please type the code below.'),
    offline: t('Chưa tải được phần đọc mã (mất mạng). Ông/bà vui lòng nhập mã bên dưới.', 'The code reader could not be loaded (offline). Please type the code below.'),
  };
  const working = state === 'loading' || state === 'scanning';
  return (
    <div class="dossier-camera" data-testid="dossier-camera" data-state={state}>
      <div class={`camera-frame ${working ? '' : 'off'}`}>
        <video ref={video} muted playsInline aria-hidden="true" />
        {working && <span class="camera-aim" aria-hidden="true" />}
      </div>
      <p class={working ? 'camera-hint' : 'notice'}>{message[state]}</p>
      {onClose && (
        <button class="tool" onClick={onClose}>
          {t('Tắt camera', 'Close the camera')}
        </button>
      )}
    </div>
  );
}
