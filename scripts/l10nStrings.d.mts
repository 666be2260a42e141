/** Folders whose `.ts` files may hold messages, relative to the repository root. */
export declare const MESSAGE_SOURCES: string[];
/** Every message literal of the sources with its uses (`path:line`), and non-literal `t()` calls. */
export declare function extractL10nStrings(root: string, folders?: string[]): { messages: Map<string, string[]>; nonLiteral: string[] };
