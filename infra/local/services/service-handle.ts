/** A running local stand-in for an AWS service. */
export interface ServiceHandle {
  /** Base URL clients pass as their SDK `endpoint`. */
  readonly endpoint: string;
  readonly port: number;
  /** Stops the service and releases its port; safe to call twice. */
  stop(): Promise<void>;
}
