/** The clerk view's access to the backend's staff API, with a client-credentials token per municipality. */
export class StaffClient {
  private token?: { value: string; expiresAt: number };

  constructor(
    private readonly api: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.api}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${await this.accessToken()}` } });
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 30_000) return this.token.value;
    const response = await fetch(`${this.api}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret }),
    });
    if (!response.ok) throw new Error(`staff token: HTTP ${response.status}`);
    const { access_token, expires_in } = (await response.json()) as { access_token: string; expires_in: number };
    this.token = { value: access_token, expiresAt: Date.now() + expires_in * 1000 };
    return access_token;
  }
}
