import type { TrustLevel } from '../../contract/catalogue.ts';

/** Test citizens of the demo providers (documented in the README). Passwords are for the demo only. */
export interface TestCitizen {
  username: string;
  password: string;
  /** The highest eIDAS level this account can sign in with. */
  maxTrustLevel: Exclude<TrustLevel, 'none'>;
  claims: {
    given_name: string;
    family_name: string;
    birthdate: string;
    email: string;
    phone_number?: string;
    address: { street_address: string; postal_code: string; locality: string; country: string };
  };
}

export const citizens: TestCitizen[] = [
  {
    username: 'erika',
    password: 'erika',
    maxTrustLevel: 'substantiell',
    claims: {
      given_name: 'Erika',
      family_name: 'Mustermann',
      birthdate: '1964-08-12',
      email: 'erika.mustermann@example.de',
      phone_number: '+49 4441 123456',
      address: { street_address: 'Lange Straße 12', postal_code: '49356', locality: 'Diepholz', country: 'DE' },
    },
  },
  {
    username: 'jonas',
    password: 'jonas',
    maxTrustLevel: 'niedrig',
    claims: {
      given_name: 'Jonas',
      family_name: 'Schröder',
      birthdate: '1998-02-03',
      email: 'jonas.schroeder@example.de',
      address: { street_address: 'Hauptstraße 7', postal_code: '28857', locality: 'Syke', country: 'DE' },
    },
  },
  {
    username: 'aylin',
    password: 'aylin',
    maxTrustLevel: 'hoch',
    claims: {
      given_name: 'Aylin',
      family_name: 'Demir',
      birthdate: '1987-11-30',
      email: 'aylin.demir@example.de',
      phone_number: '+49 421 5678901',
      address: { street_address: 'Blockener Straße 3', postal_code: '28816', locality: 'Stuhr', country: 'DE' },
    },
  },
];
