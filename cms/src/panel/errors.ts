import { message, type Locale, type MessageCode } from './messages';

import type { FieldIssue, Params } from './messages';

export type { FieldIssue };

const NAMES: Record<number, string> = {
  400: 'ValidationError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  405: 'MethodNotAllowedError',
  409: 'ConflictError',
  413: 'PayloadTooLargeError',
  500: 'ApplicationError',
};

/** An error the panel API answers with; anything else becomes a logged 500. */
export class PanelError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Params = {},
    readonly fields: Record<string, FieldIssue> = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** A 400 naming the fields at fault and each one's issue: every door's refusal of a bad write reads the same. */
export function validationError(resource: string, issues: Record<string, FieldIssue>): PanelError {
  const fields = Object.keys(issues);
  return new PanelError(400, 'validation', { count: fields.length, fields: { resource, fields } }, issues, {
    fields,
  });
}

export interface ErrorBody {
  error: { status: number; name: string; message: string; details: Record<string, unknown> };
  /** Per-field messages, in the shape react-admin puts on form inputs. */
  errors?: Record<string, string>;
  /** Repeated at the top level: react-admin's HttpError shows `message`. */
  message: string;
}

export function toBody(e: PanelError, locale: Locale): ErrorBody {
  const text = message(locale, e.code, e.params);
  const body: ErrorBody = {
    error: {
      status: e.status,
      name: NAMES[e.status] ?? 'ApplicationError',
      message: text,
      details: e.details,
    },
    message: text,
  };
  const entries = Object.entries(e.fields);
  if (entries.length) {
    body.errors = Object.fromEntries(entries.map(([f, i]) => [f, message(locale, i.code, i.params)]));
  }
  return body;
}
