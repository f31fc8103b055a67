/**
 * The browser every tool here drives: Debian's Chromium through playwright-core (nothing is
 * downloaded), headless and without any network of its own. Shared by `npm run pdf`, the
 * studio's screenshots and the browser tests.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const bukaPeramban = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
