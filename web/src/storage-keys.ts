/**
 * Everything the web app stores in the browser is declared in common/privacy/browser-storage.ts,
 * where the server's cookie register (P13) reads it too: a new key is declared there before it is
 * used here.
 */
export { STORAGE_KEYS, type StorageDeclaration } from '../../common/privacy/browser-storage';
