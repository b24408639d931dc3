/** An error a caller can act on: HTTP status, stable code, a message a clerk can read, details. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) => new AppError(400, code, message, details);
export const unauthorized = (message: string, details?: Record<string, unknown>) => new AppError(401, 'unauthorized', message, details);
export const forbidden = (code: string, message: string, details?: Record<string, unknown>) => new AppError(403, code, message, details);
export const notFound = (code: string, message: string, details?: Record<string, unknown>) => new AppError(404, code, message, details);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) => new AppError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(422, code, message, details);
