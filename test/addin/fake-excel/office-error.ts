/**
 * Errors as Office.js raises them: an Error named "RichApi.Error" with a code and Excel's English
 * message, so the pane's translation to Vietnamese is tested against what Excel really says.
 */
export const OFFICE_MESSAGES = {
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidOperation: 'The requested operation is invalid.',
  InvalidOperationInCellEditMode: "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by clicking another cell, and then try again.",
  GeneralException: 'There was an internal error while processing the request.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. See the documentation at https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. See the documentation at https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.',
  PropertyNotLoaded: 'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  ConnectionFailure: 'The connection to the server was lost.',
} as const;

export type OfficeErrorCode = keyof typeof OFFICE_MESSAGES;

export class FakeOfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: OfficeErrorCode, location?: string) {
    super(OFFICE_MESSAGES[code]);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: OFFICE_MESSAGES[code], errorLocation: location };
  }
}
