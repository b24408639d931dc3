import { describe, expect, it } from 'vitest';
import { AppError, badRequest, conflict, forbidden, notFound, unauthorized, unprocessable } from '#domain/errors';

describe('AppError', () => {
  it('is an Error with status, code, message and details', () => {
    const e = new AppError(418, 'teapot', '我是茶壶', { cups: 2 });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(AppError);
    expect(e.name).toBe('AppError');
    expect([e.status, e.code, e.message, e.details]).toEqual([418, 'teapot', '我是茶壶', { cups: 2 }]);
    expect(e.stack).toBeTypeOf('string');
  });

  it('defaults details to an empty object', () => {
    expect(new AppError(500, 'x', 'm').details).toEqual({});
  });
});

describe('error helpers', () => {
  it.each([
    ['badRequest', badRequest('bad_json', 'm', { a: 1 }), 400, 'bad_json'],
    ['forbidden', forbidden('no_role', 'm', { a: 1 }), 403, 'no_role'],
    ['notFound', notFound('case_not_found', 'm', { a: 1 }), 404, 'case_not_found'],
    ['conflict', conflict('invalid_state', 'm', { a: 1 }), 409, 'invalid_state'],
    ['unprocessable', unprocessable('materials_incomplete', 'm', { a: 1 }), 422, 'materials_incomplete'],
    ['unauthorized', unauthorized('m', { a: 1 }), 401, 'unauthorized'],
  ])('%s gives status %i and code %s', (_name, e, status, code) => {
    expect(e).toBeInstanceOf(AppError);
    expect(e.status).toBe(status);
    expect(e.code).toBe(code);
    expect(e.message).toBe('m');
    expect(e.details).toEqual({ a: 1 });
  });

  it('default details to {} when none are given', () => {
    for (const e of [badRequest('c', 'm'), unauthorized('m'), forbidden('c', 'm'), notFound('c', 'm'), conflict('c', 'm'), unprocessable('c', 'm')]) {
      expect(e.details).toEqual({});
    }
  });
});
