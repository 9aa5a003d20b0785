import { useEffect, useState } from 'preact/hooks';
import { App } from './App';
import { clearKioskCredentials, connectKiosk, type KioskCredentials, loadKioskCredentials, saveKioskCredentials } from './device';
import { Pairing } from './Pairing';

/** How long a newly enrolled kiosk waits for the server to name its centre before it opens anyway. */
const CENTRE_WAIT_MS = 5_000;

/**
 * What opens first. The kiosk in the hall must be paired (its answers and counts are believed only
 * then), so until it is it shows its pairing code. A citizen's phone is not a kiosk: the survey page
 * (?survey=1), the dossier look-up (?hoso=1) and a procedure's link (?p=) open as they are, anonymously.
 */
export function Start() {
  const params = new URLSearchParams(location.search);
  const onPhone = params.get('survey') === '1' || params.get('hoso') === '1' || params.has('p');
  const [creds, setCreds] = useState<KioskCredentials | null>(() => (onPhone ? null : loadKioskCredentials()));

  useEffect(() => {
    if (!creds) return undefined;
    return connectKiosk(creds, {
      onRevoked: () => {
        clearKioskCredentials();
        setCreds(null);
      },
      onCentre: (centreId) => {
        const next = { ...creds, centreId };
        saveKioskCredentials(next);
        setCreds(next);
      },
    });
  }, [creds?.token]);

  // A kiosk enrolled by its link learns its centre from the server a moment after it opens. Showing the
  // home screen before would throw a citizen's first taps away when the kiosk redraws for its centre,
  // so it waits for that answer — but not for ever: offline, it opens with what it has.
  const [gaveUpOnCentre, setGaveUpOnCentre] = useState(false);
  const centreUnknown = creds !== null && creds.centreId === null;
  useEffect(() => {
    if (!centreUnknown) return undefined;
    const timer = setTimeout(() => setGaveUpOnCentre(true), CENTRE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [centreUnknown]);

  if (onPhone) return <App />;
  if (!creds)
    return (
      <Pairing
        onPaired={(c) => {
          saveKioskCredentials(c);
          setCreds(c);
        }}
      />
    );
  // Meanwhile the kiosk's title and greeting stand where the home screen will show them (as index.html
  // drew them): a screen with words on it at once, not a blank one (Lighthouse's first and largest
  // contentful paints waited for the centre).
  if (centreUnknown && !gaveUpOnCentre)
    return (
      <main class="kiosk kiosk-waiting" aria-busy="true">
        <header class="toolbar">
          <strong class="title">Tra cứu thủ tục hành chính</strong>
        </header>
        <div class="home-screen">
          <header class="home-head">
            <p class="home-kicker">Xin chào! Đây là</p>
            <h1>Trung tâm Phục vụ hành chính công</h1>
          </header>
        </div>
      </main>
    );
  // Keyed by centre: a kiosk moved to another centre reloads that centre's catalogue and survey.
  return <App key={creds.centreId ?? ''} />;
}
