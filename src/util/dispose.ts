// Lifetimes for the VS Code adapters, after VS Code's markdown extension (src/util/dispose.ts):
// long-lived objects extend Disposable and `_register` what they own. Nothing here imports vscode.

export interface DisposableLike {
  dispose(): unknown;
}

/** Disposes every item (last registered first), then rethrows what failed. */
export function disposeAll(disposables: DisposableLike[]): void {
  const errors: unknown[] = [];
  while (disposables.length > 0) {
    try {
      disposables.pop()!.dispose();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Encountered errors while disposing');
}

export abstract class Disposable implements DisposableLike {
  #isDisposed = false;
  protected readonly _disposables: DisposableLike[] = [];

  dispose(): void {
    if (this.#isDisposed) return;
    this.#isDisposed = true;
    disposeAll(this._disposables);
  }

  /** Takes ownership of `value`; once this object is disposed, disposes `value` right away. */
  protected _register<T extends DisposableLike>(value: T): T {
    if (this.#isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }

  protected get isDisposed(): boolean {
    return this.#isDisposed;
  }
}

/** Where event handlers report what went wrong (a LogOutputChannel fits). */
export interface ErrorLog {
  error(message: string | Error, ...args: unknown[]): void;
}

/**
 * Wraps an event handler so that it never throws into VS Code: a synchronous throw or a rejected
 * promise is logged with what the handler was doing.
 */
export function guard<A extends unknown[]>(log: ErrorLog, what: string, handler: (...args: A) => unknown): (...args: A) => void {
  const report = (error: unknown) => log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
}
