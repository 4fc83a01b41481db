import type { ServiceEntry } from '../../contract/catalogue.ts';
import type { Status } from '../../contract/applications.ts';
import type { TrustLevel } from '../session/identity.ts';

/** The events the kit sends to the host page: all bubble, cross shadow roots (composed) and carry a typed detail. */
export interface RathausEventMap {
  /** A citizen chose a service in the list. Cancelable: preventDefault() keeps the list from following `form-url`. */
  'rathaus-service-select': { service: ServiceEntry; municipality: string; formUrl?: string };
  /** The county portal's citizen said which town they live in. */
  'rathaus-municipality-select': { municipality: string };
  'rathaus-signed-in': { name: string; trustLevel: TrustLevel };
  'rathaus-signed-out': Record<string, never>;
  /** An application was received by the backend. */
  'rathaus-application-sent': { reference: string; service: string; municipality: string };
  /** A tracked application changed its status (live). */
  'rathaus-status-change': { reference: string; status: Status };
}

export type RathausEvent<K extends keyof RathausEventMap> = CustomEvent<RathausEventMap[K]>;

/** Dispatches a kit event from `target`; returns false if the host page called preventDefault(). */
export function emit<K extends keyof RathausEventMap>(
  target: EventTarget,
  name: K,
  detail: RathausEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rathaus-service-select': RathausEvent<'rathaus-service-select'>;
    'rathaus-municipality-select': RathausEvent<'rathaus-municipality-select'>;
    'rathaus-signed-in': RathausEvent<'rathaus-signed-in'>;
    'rathaus-signed-out': RathausEvent<'rathaus-signed-out'>;
    'rathaus-application-sent': RathausEvent<'rathaus-application-sent'>;
    'rathaus-status-change': RathausEvent<'rathaus-status-change'>;
  }
}
