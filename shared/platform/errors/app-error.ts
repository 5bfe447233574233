/**
 * Errors are values: a machine code, an HTTP status and a message in Russian and English.
 * Every rule that can refuse a request throws one of these; a single mapper turns it into
 * an RFC 9457 problem. Anything that is not an AppError is our fault and becomes a 500.
 */
export interface LocalisedText {
  readonly ru: string;
  readonly en: string;
}

export interface FieldProblem {
  /** JSON-pointer-like dotted path of the field at fault, e.g. `body.pipeline.stages.0.id`. */
  readonly field: string;
  readonly code: string;
  readonly message: LocalisedText;
}

export interface AppErrorInit {
  readonly code: string;
  readonly status: number;
  readonly message: LocalisedText;
  readonly fields?: readonly FieldProblem[];
  readonly headers?: Readonly<Record<string, string>>;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly localised: LocalisedText;
  readonly fields: readonly FieldProblem[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: AppErrorInit) {
    super(init.message.en);
    this.name = 'AppError';
    this.code = init.code;
    this.status = init.status;
    this.localised = init.message;
    this.fields = init.fields ?? [];
    this.headers = init.headers ?? {};
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
