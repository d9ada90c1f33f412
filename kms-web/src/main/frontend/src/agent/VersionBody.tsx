import type { VersionView } from '../api/types';
import { t } from '../i18n';

/** The readable content of a version: short answer, the server-sanitized body, questions and answers. */
export function VersionBody({ version, withShortAnswer = true }: { version: VersionView; withShortAnswer?: boolean }) {
  return (
    <>
      {withShortAnswer && (
        <section className="kms-short-answer" aria-labelledby={`kms-short-${version.number}`}>
          <h3 id={`kms-short-${version.number}`} className="utrecht-heading-3">{t.article.shortAnswer}</h3>
          <p className="utrecht-paragraph utrecht-paragraph--lead">{version.shortAnswer}</p>
        </section>
      )}
      {/* bodyHtml is rendered and sanitized by the server (allow-list); it is never built here */}
      <div className="utrecht-html kms-article-body" dangerouslySetInnerHTML={{ __html: version.bodyHtml }} />
      {version.questionAnswers.length > 0 && (
        <section aria-labelledby={`kms-qa-${version.number}`}>
          <h3 id={`kms-qa-${version.number}`} className="utrecht-heading-3">{t.article.questionAnswers}</h3>
          <dl className="kms-qa">
            {version.questionAnswers.map((qa, i) => (
              <div key={i} className="kms-qa__pair">
                <dt>{qa.question}</dt>
                <dd>{qa.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
