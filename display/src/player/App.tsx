import { useMemo, useState } from 'preact/hooks';
import { type Credentials, clearCredentials, loadCredentials, saveCredentials } from './credentials';
import { ErrorBoundary } from './ErrorBoundary';
import { Pairing } from './Pairing';
import { Screen } from './Screen';
import { watchForUpdates } from './updates';

export function App() {
  const [creds, setCreds] = useState<Credentials | null>(loadCredentials);
  const updates = useMemo(watchForUpdates, []);
  if (!creds) {
    return (
      <Pairing
        onPaired={(c) => {
          saveCredentials(c);
          setCreds(c);
        }}
      />
    );
  }
  return (
    <ErrorBoundary
      fallback={
        <div class="pairing">
          <h1>Trung tâm Phục vụ hành chính công</h1>
        </div>
      }
    >
      <Screen
        key={creds.token}
        creds={creds}
        onItemBoundary={updates.atItemBoundary}
        onRevoked={() => {
          clearCredentials();
          setCreds(null);
        }}
      />
    </ErrorBoundary>
  );
}
