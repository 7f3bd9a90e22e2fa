// The app's version, stamped at build time from package.json.
declare const __RAKOR_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __RAKOR_VERSION__ === 'string' ? __RAKOR_VERSION__ : '0.0.0-dev';
