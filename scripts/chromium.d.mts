export function chromiumPath(): string;
export function chromiumArgs(extensionPath: string): string[];
