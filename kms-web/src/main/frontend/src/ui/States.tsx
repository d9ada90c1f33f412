import { t } from '../i18n';

export function Loading({ label = t.app.loading }: { label?: string }) {
  return (
    <p className="utrecht-paragraph kms-loading" role="status">
      {label}
    </p>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="utrecht-paragraph kms-empty">{children}</p>;
}
