// Passkey ceremonies in the browser (docs/auth.md): the server's options in WebAuthn's JSON form go through the
// browser's own parsers, and the answer goes back as PublicKeyCredential.toJSON() gives it.
import { api } from './api.js';

export const passkeysSupported = () => typeof window.PublicKeyCredential?.parseCreationOptionsFromJSON === 'function';

// Registers a passkey named `name` for the signed-in user; answers the server's response.
export async function registerPasskey(name) {
  const options = await api('POST', '/api/v1/account/passkeys/options');
  if (!options.ok) return options;
  const credential = await navigator.credentials.create({
    publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options.data.publicKey) });
  return api('POST', '/api/v1/account/passkeys', { ceremony: options.data.ceremony, name, credential: credential.toJSON() });
}

// Asks the authenticator for an assertion on options from `optionsPath` and sends it to `finishPath`.
export async function assertPasskey(optionsPath, finishPath, extra = {}) {
  const options = await api('POST', optionsPath, extra);
  if (!options.ok) return options;
  const credential = await navigator.credentials.get({
    publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options.data.publicKey) });
  return api('POST', finishPath, { ceremony: options.data.ceremony, credential: credential.toJSON(), ...extra });
}
