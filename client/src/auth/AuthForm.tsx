import { useId, useState, type FormEvent } from 'react';
import { errorCodeOf, errorMessageOf } from '../apollo/graphql-errors.ts';
import { Link, navigate } from '../routing/router.tsx';
import { plainSignUpError, SIGN_UP_RULES } from './sign-up-rules.ts';
import { useLogIn } from './use-log-in.ts';
import { useSignUp } from './use-sign-up.ts';

/** Where to go after logging in: the page that sent the buyer here (`?next=`), or the events. */
function nextPage(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function failureText(mode: 'login' | 'signup', failure: unknown): string {
  if (errorCodeOf(failure) === 'NETWORK') return 'No connection to the box office. Check your connection and try again.';
  if (mode === 'signup') return plainSignUpError(errorMessageOf(failure));
  return errorCodeOf(failure) === 'UNAUTHENTICATED' ? 'Wrong email or password.' : errorMessageOf(failure);
}

/** Log in or sign up: the same fields, plus a name for a new account; the rules shown before the attempt. */
export function AuthForm({ mode }: { mode: 'login' | 'signup' }) {
  const logIn = useLogIn();
  const signUp = useSignUp();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [invite, setInvite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = nextPage();
  const other = mode === 'login' ? '/signup' : '/login';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'login') await logIn(email, password);
      else await signUp(email, password, name, invite);
      navigate(next);
    } catch (failure) {
      setError(failureText(mode, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="auth-form" onSubmit={(event) => void submit(event)}>
      <h2>{mode === 'login' ? 'Log in' : 'Create an account'}</h2>
      {mode === 'signup' && (
        <label>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} required autoComplete="name" aria-describedby={`${id}-name`} />
          <small id={`${id}-name`}>{SIGN_UP_RULES.name}</small>
        </label>
      )}
      <label>
        Email
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required autoComplete="email" />
      </label>
      <label>
        Password
        <input
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          minLength={mode === 'signup' ? 8 : undefined}
          autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          aria-describedby={mode === 'signup' ? `${id}-password` : undefined}
        />
        {mode === 'signup' && <small id={`${id}-password`}>{SIGN_UP_RULES.password}</small>}
      </label>
      {mode === 'signup' && (
        <details className="organiser-invite" open={invite !== ''}>
          <summary>Selling tickets? Sign up as an organiser</summary>
          <label>
            Organiser invite code
            <input value={invite} onChange={(event) => setInvite(event.target.value)} autoComplete="off" aria-describedby={`${id}-invite`} />
            <small id={`${id}-invite`}>{SIGN_UP_RULES.organizerInvite}</small>
          </label>
        </details>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {mode === 'login' ? 'Log in' : 'Sign up'}
      </button>
      <p>
        <Link href={next === '/' ? other : `${other}?next=${encodeURIComponent(next)}`}>
          {mode === 'login' ? 'No account yet? Sign up' : 'Already have an account? Log in'}
        </Link>
      </p>
    </form>
  );
}
