// Types for media/webview.js (type-checked by tsconfig.js.json; not shipped): the one global the
// webview host provides.
interface VsCodeWebviewApi {
  postMessage(message: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeWebviewApi;
