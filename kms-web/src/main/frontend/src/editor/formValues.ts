import type { ContentRequest, QuestionAnswer, VersionView } from '../api/types';

/** What the editor form holds: strings as typed, turned into the API's content only on save. */
export interface FormValues {
  title: string;
  shortAnswer: string;
  body: string;
  keywords: string;
  questionAnswers: QuestionAnswer[];
  changeSummary: string;
  changeLevel: 'MINOR' | 'MAJOR';
  validFrom: string;
  validUntil: string;
}

export const emptyForm: FormValues = {
  title: '',
  shortAnswer: '',
  body: '',
  keywords: '',
  questionAnswers: [],
  changeSummary: '',
  changeLevel: 'MAJOR',
  validFrom: '',
  validUntil: '',
};

export function fromVersion(v: VersionView): FormValues {
  return {
    title: v.title,
    shortAnswer: v.shortAnswer,
    body: v.body,
    keywords: v.keywords.join(', '),
    questionAnswers: v.questionAnswers.map((qa) => ({ ...qa })),
    changeSummary: v.changeSummary ?? '',
    changeLevel: v.changeLevel === 'MINOR' ? 'MINOR' : 'MAJOR',
    validFrom: v.validFrom ?? '',
    validUntil: v.validUntil ?? '',
  };
}

export function toContent(f: FormValues): ContentRequest {
  return {
    title: f.title.trim(),
    shortAnswer: f.shortAnswer.trim(),
    body: f.body,
    keywords: f.keywords.split(',').map((k) => k.trim()).filter(Boolean),
    questionAnswers: f.questionAnswers,
    changeSummary: f.changeSummary.trim(),
    changeLevel: f.changeLevel,
    validFrom: f.validFrom || null,
    validUntil: f.validUntil || null,
  };
}
