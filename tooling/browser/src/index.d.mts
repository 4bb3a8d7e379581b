import type { Browser } from 'playwright-core';
export declare function findChromium(): string | undefined;
export declare function browserUnavailableReason(): string | undefined;
export declare function launchChromium(): Promise<Browser>;
