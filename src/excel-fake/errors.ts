/** Errors shaped like OfficeExtension.Error ("RichApi.Error" with a string code), as real Excel throws them. */
export class FakeExcelError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(property: string, owner: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
