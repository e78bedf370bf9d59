import type { Actor } from './actor.js';

/** Organisation admins manage people, keys and settings of their own organisation. */
export const canManageUsers = (actor: Actor) => actor.role === 'admin';
export const canManageApiKeys = (actor: Actor) => actor.role === 'admin';
export const canReadAuditLog = (actor: Actor) => actor.role === 'admin';
export const canManageOrganisation = (actor: Actor) => actor.role === 'admin';
