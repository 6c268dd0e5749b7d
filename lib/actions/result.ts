// One result shape for every write of lib/ (a save, a transition, a review…), and one
// mapping of it to what a form action returns to its form. No "server-only" here: the
// type is shared with the client components that read ActionState.

/** What every form action returns to its form (see components/ui/form-message). */
export interface ActionState {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** Typed values sent back so that a refused form keeps what the user entered. */
  values?: Record<string, string>;
  /** Secrets shown once to their owner and never stored in clear (recovery codes). */
  reveal?: string[];
  /** What a counter of the page moves by after this success (components/ui/live-counter). */
  increment?: number;
}

/** A refused write: one message, and the form field(s) it is about. */
export interface WriteFailure {
  ok: false;
  message: string;
  /** The one field the message is about. */
  field?: string;
  /** Several fields, each with its own message (wins over `field`). */
  errors?: Record<string, string>;
}

/** What a write of lib/ returns: success with its own data `T`, or a WriteFailure. */
export type WriteResult<T extends object = object> = ({ ok: true } & T) | WriteFailure;

/** Field errors of a failure, in the form's shape (one message per field). */
function fieldErrors(failure: WriteFailure): ActionState["errors"] {
  if (failure.errors)
    return Object.fromEntries(
      Object.entries(failure.errors).map(([field, message]) => [field, [message]]),
    );
  if (failure.field) return { [failure.field]: [failure.message] };
  return undefined;
}

/**
 * Maps a write's result to the form's state. On success: `{ ok: true, ...extras }`
 * (extras.message says what was done). On failure: the failure's message and field
 * errors, with extras.values only (so that the form keeps what was typed).
 */
export function toActionState(
  result: WriteResult,
  extras: Omit<ActionState, "ok"> = {},
): ActionState {
  if (result.ok) return { ok: true, ...extras };
  const state: ActionState = { ok: false, message: result.message };
  const errors = fieldErrors(result);
  if (errors) state.errors = errors;
  if (extras.values) state.values = extras.values;
  return state;
}
