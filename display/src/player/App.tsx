import { useState } from 'preact/hooks';
import { type Credentials, clearCredentials, loadCredentials, saveCredentials } from './credentials';
import { Pairing } from './Pairing';
import { Screen } from './Screen';

export function App() {
  const [creds, setCreds] = useState<Credentials | null>(loadCredentials);
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
    <Screen
      key={creds.token}
      creds={creds}
      onRevoked={() => {
        clearCredentials();
        setCreds(null);
      }}
    />
  );
}
