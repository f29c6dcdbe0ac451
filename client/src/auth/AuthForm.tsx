import { useState, type FormEvent } from 'react';
import { errorMessageOf } from '../apollo/graphql-errors.ts';
import { Link, navigate } from '../routing/router.tsx';
import { useAuthActions } from './use-auth-actions.ts';

/** Log in or sign up: the same fields, plus a name for a new account. */
export function AuthForm({ mode }: { mode: 'login' | 'signup' }) {
  const { logIn, signUp } = useAuthActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'login') await logIn(email, password);
      else await signUp(email, password, name);
      navigate('/');
    } catch (failure) {
      setError(errorMessageOf(failure));
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
          <input value={name} onChange={(event) => setName(event.target.value)} required autoComplete="name" />
        </label>
      )}
      <label>
        Email
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required autoComplete="email" />
      </label>
      <label>
        Password
        <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} required minLength={mode === 'signup' ? 8 : undefined} autoComplete={mode === 'login' ? 'current-password' : 'new-password'} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {mode === 'login' ? 'Log in' : 'Sign up'}
      </button>
      <p>{mode === 'login' ? <Link href="/signup">No account yet? Sign up</Link> : <Link href="/login">Already have an account? Log in</Link>}</p>
    </form>
  );
}
