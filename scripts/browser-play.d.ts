import type { Page } from 'playwright-core';

export function screenOf(page: Page): Promise<string>;
export function playToEnd(page: Page, decide?: boolean): Promise<void>;
