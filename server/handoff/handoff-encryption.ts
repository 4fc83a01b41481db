import { CompactEncrypt, importJWK, type CryptoKey, type JWK } from 'jose';
import { ConfigError } from '../config.ts';

/** The key algorithms FIT-Connect uses for end-to-end encryption to an authority, and the content encryption. */
export const KEY_ALGORITHMS = ['RSA-OAEP-256', 'ECDH-ES'] as const;
const CONTENT_ENCRYPTION = 'A256GCM';

export interface EncryptionKey {
  key: CryptoKey | Uint8Array;
  alg: (typeof KEY_ALGORITHMS)[number];
  kid?: string;
}

/**
 * Imports a town's public key once at start; a key that cannot encrypt (wrong type, a private key, an
 * algorithm we do not use) stops the start with its municipality named, rather than failing deliveries at night.
 */
export async function importEncryptionKey(municipality: string, jwk: JWK): Promise<EncryptionKey> {
  const where = `WEBHOOKS.${municipality}.encryptionKey`;
  const alg = jwk.alg as EncryptionKey['alg'];
  if (!KEY_ALGORITHMS.includes(alg)) throw new ConfigError(`${where}: "alg" must be ${KEY_ALGORITHMS.join(' or ')}, got "${jwk.alg}".`);
  if (jwk.d !== undefined) throw new ConfigError(`${where} is a private key; configure the town's public key only.`);
  if (jwk.use !== undefined && jwk.use !== 'enc') throw new ConfigError(`${where}: "use" must be "enc".`);
  if ((alg === 'RSA-OAEP-256') !== (jwk.kty === 'RSA'))
    throw new ConfigError(`${where}: a ${alg} key must have "kty" ${alg === 'RSA-OAEP-256' ? 'RSA' : 'EC'}.`);
  try {
    const key = await importJWK(jwk, alg);
    // A trial encryption catches what the import alone does not (e.g. an RSA key that is too short).
    const trial: EncryptionKey = { key, alg, ...(jwk.kid ? { kid: jwk.kid } : {}) };
    await encrypt(new TextEncoder().encode('probe'), trial, 'text/plain');
    if (alg === 'RSA-OAEP-256' && Buffer.from(jwk.n ?? '', 'base64url').length < 256) throw new Error('RSA keys need at least 2048 bits');
    return trial;
  } catch (error) {
    throw new ConfigError(`${where} cannot be used to encrypt: ${(error as Error).message}.`);
  }
}

/** JWE in compact serialisation; `cty` says what the plaintext is. */
export function encrypt(plaintext: Uint8Array, key: EncryptionKey, contentType: string): Promise<string> {
  return new CompactEncrypt(plaintext)
    .setProtectedHeader({ alg: key.alg, enc: CONTENT_ENCRYPTION, cty: contentType, ...(key.kid ? { kid: key.kid } : {}) })
    .encrypt(key.key);
}
