/** Where a long-running part writes its progress: the action's core.info/warning/group, the CLI's stderr. */
export interface Logger {
  info(line: string): void;
  warning(line: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
