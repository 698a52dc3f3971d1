export const DEFAULT_CODEBASE: string;
export function extensionIdOf(privateKeyPem: string): string;
export function updatesXml(id: string, version: string, codebase: string): string;
