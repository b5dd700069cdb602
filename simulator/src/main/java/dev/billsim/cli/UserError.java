package dev.billsim.cli;

/** Signals a mistake the user can fix; reported as one message with exit code 2, no stack trace. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
