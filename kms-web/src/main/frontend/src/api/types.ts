// The JSON shapes of the public REST API, as the resources in kms-api serve them.

export interface Session {
  username: string;
  roles: string[];
  departments: string[];
}

/** How one may log in: single sign-on is shown only when the server has it configured. */
export interface LoginOptions {
  singleSignOn: boolean;
  singleSignOnUrl: string | null;
}

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** RFC 9457 problem details with the KMS extensions. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  allowedTransitions?: string[];
  reference?: string;
}

export interface SearchHit {
  articleId: number;
  slug: string;
  title: string;
  department: string;
  shortAnswer: string;
  externalId: string | null;
  highlights: string[];
  score: number;
}

/** `facets` is not served yet; when the search API adds it, the facet filter uses it as is. */
export interface SearchResults {
  /** Only for a search logged for the analytics (typing=false); clicks are recorded against it. */
  searchId?: number | null;
  total: number;
  /** More hits than `total` exist; the search stops counting there. */
  totalIsLowerBound?: boolean;
  hits: SearchHit[];
  tookMillis: number;
  /** Only when nothing was found: the text with each unknown word replaced by the closest title word. */
  didYouMean?: string | null;
  facets?: { department?: Record<string, number> };
}

export interface VersionSummary {
  number: number;
  state: string;
  title: string;
  changeLevel: string;
  changeSummary: string | null;
  validFrom: string | null;
  author: string;
  updatedAt: string;
  allowedTransitions: string[];
}

export interface ArticleView {
  id: number;
  slug: string;
  department: string;
  audience: string;
  topics: string[];
  externalId: string | null;
  sourceUrl: string | null;
  lastReviewed: string | null;
  publishedVersion: number | null;
  scheduledVersion: number | null;
  versions: VersionSummary[];
}

export interface QuestionAnswer {
  question: string;
  answer: string;
}

export interface VersionView {
  articleId: number;
  number: number;
  state: string;
  title: string;
  shortAnswer: string;
  body: string;
  bodyHtml: string;
  keywords: string[];
  questionAnswers: QuestionAnswer[];
  changeSummary: string | null;
  changeLevel: string;
  validFrom: string | null;
  validUntil: string | null;
  author: string;
  reviewer: string | null;
  reviewComment: string | null;
  createdAt: string;
  updatedAt: string;
  liveFrom: string | null;
  liveUntil: string | null;
  lockVersion: number;
  allowedTransitions: string[];
}

/** A version together with the ETag a later write must send in If-Match. */
export interface LoadedVersion {
  version: VersionView;
  etag: string;
}

export interface ContentRequest {
  title: string;
  shortAnswer: string;
  body: string;
  keywords: string[];
  questionAnswers: QuestionAnswer[];
  changeSummary: string;
  changeLevel: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface CreateArticleRequest {
  slug?: string;
  department: string;
  audience: string;
  content: ContentRequest;
}

export type SegmentKind = 'SAME' | 'INSERTED' | 'DELETED';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface DiffRow {
  kind: 'UNCHANGED' | 'ADDED' | 'REMOVED' | 'CHANGED';
  oldText: string | null;
  newText: string | null;
  oldSegments: Segment[];
  newSegments: Segment[];
}

export interface VersionComparison {
  from: number;
  to: number;
  fields: { field: string; oldValue: string | null; newValue: string | null }[];
  body: { rows: DiffRow[]; added: number; removed: number; changed: number };
}

/** A report as the agent files it; `quote` holds offsets into the version's Markdown body. */
export interface ProblemReport {
  articleId: number;
  version: number;
  category: string;
  relatedArticleId: number | null;
  quote: QuoteView | null;
  description: string;
}

/** One notice in the employee's inbox; the event stream sends the same shape. */
export interface NotificationView {
  id: number;
  type: string;
  title: string;
  body: string | null;
  link: string | null;
  articleId: number | null;
  version: number | null;
  changeLevel: string | null;
  validFrom: string | null;
  createdAt: string;
  read: boolean;
  readAt: string | null;
  /** A major change the employee must confirm as read and understood. */
  confirmationRequested: boolean;
  confirmedAt: string | null;
}

export interface QuoteView {
  text: string;
  start: number;
  end: number;
}

export interface ReportHistory {
  at: string;
  actor: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
}

export interface ReportOutcome {
  kind: string;
  fixedInVersion: number | null;
  diffLink: string | null;
  reportDiffLink: string | null;
  note: string | null;
  duplicateOf: number | null;
}

export interface ReportView {
  id: number;
  articleId: number;
  versionNumber: number;
  articleTitle: string;
  category: string;
  relatedArticleId: number | null;
  quote: QuoteView | null;
  description: string;
  reporter: string | null;
  department: string;
  assignee: string | null;
  state: string;
  filedAt: string;
  updatedAt: string;
  closedAt: string | null;
  reopenCount: number;
  outcome: ReportOutcome | null;
  allowedTransitions: string[];
  history: ReportHistory[] | null;
  link: string;
}

export interface Dashboard {
  generatedAt: string;
  workingDays: string;
  openByDepartment: { department: string; total: number; byAge: Record<string, number> }[];
  openTotal: number;
  medianWorkingDaysToResolution: number | null;
  slaBreaches: { workingDays: number; open: number; openReportIds: number[]; answeredLate: number };
  hotSpots: { articleId: number; title: string; reports: number; open: number }[];
  reopenRate: { reopened: number; answered: number; rate: number | null };
  overdueForReview: { articleId: number; slug: string; title: string; department: string; lastReviewed: string | null }[];
}

export interface ConfirmationStatistics {
  articleId: number;
  version: number;
  title: string;
  readers: number;
  confirmed: number;
  percentage: number;
  notConfirmed: { username: string; displayName?: string }[];
}

export interface QueryCount {
  query: string;
  searches: number;
  clicks: number;
}

export interface SearchAnalyticsReport {
  from: string;
  to: string;
  searches: number;
  clickThroughRate: number;
  top: QueryCount[];
  zeroResults: QueryCount[];
  noClick: QueryCount[];
}

export interface SynonymRule {
  id: number;
  terms: string[];
  createdBy: string;
  createdAt: string;
}
