import { useEffect, useRef, useState, type FormEvent } from 'react';
import { session as sessionApi } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { Session } from '../api/types';
import { t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button, LinkButton } from '../ui/Button';
import { Field, textboxClass } from '../ui/Field';
import { problemMessage } from '../ui/problems';

export function Login({ expired, onLoggedIn }: { expired: boolean; onLoggedIn: (s: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(expired ? t.app.sessionExpired : null);
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [singleSignOnUrl, setSingleSignOnUrl] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => usernameRef.current?.focus(), []);
  useEffect(() => {
    // without an answer the password form alone is shown, as on a fresh install
    sessionApi.options().then((o) => setSingleSignOnUrl(o.singleSignOn ? o.singleSignOnUrl : null), () => undefined);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { username: !username.trim(), password: !password };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) return;
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await sessionApi.login(username.trim(), password));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t.login.failed : problemMessage(e));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="kms-login">
      <form className="kms-login__form" onSubmit={submit} noValidate>
        <h1 className="utrecht-heading-1">{t.app.title}</h1>
        <h2 className="utrecht-heading-2">{t.login.heading}</h2>
        {!singleSignOnUrl && <p className="utrecht-paragraph">{t.login.intro}</p>}
        {error && <Alert kind="error">{error}</Alert>}
        {singleSignOnUrl && (
          <>
            <LinkButton href={singleSignOnUrl} appearance="primary">{t.login.singleSignOn}</LinkButton>
            <p className="utrecht-paragraph">{t.login.or}</p>
          </>
        )}
        <Field label={t.login.username} error={missing.username ? t.login.required : undefined}>
          {(ids) => (
            <input {...ids} ref={usernameRef} name="username" autoComplete="username" className={textboxClass(!!missing.username)}
              value={username} onChange={(e) => setUsername(e.target.value)} />
          )}
        </Field>
        <Field label={t.login.password} error={missing.password ? t.login.required : undefined}>
          {(ids) => (
            <input {...ids} name="password" type="password" autoComplete="current-password"
              className={`${textboxClass(!!missing.password)} utrecht-textbox--password`}
              value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t.login.busy : t.login.submit}
        </Button>
      </form>
    </main>
  );
}
