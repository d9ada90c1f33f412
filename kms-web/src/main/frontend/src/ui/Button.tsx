import type { ButtonHTMLAttributes } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  busy?: boolean;
}

/** The Utrecht button; `busy` keeps it focusable and says so to screen readers. */
export function Button({ appearance = 'secondary', busy = false, className, type = 'button', ...rest }: Props) {
  const classes = ['utrecht-button', `utrecht-button--${appearance}-action`];
  if (busy) classes.push('utrecht-button--busy');
  if (className) classes.push(className);
  return <button type={type} className={classes.join(' ')} aria-busy={busy || undefined} {...rest} />;
}

export function LinkButton({ href, children, appearance = 'secondary' }: { href: string; children: React.ReactNode; appearance?: Appearance }) {
  return (
    <a href={href} className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}-action`}>
      {children}
    </a>
  );
}
