import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageSession, type CitizenSession } from './session.ts';

/** Re-renders its element whenever the page's session changes. */
export class SessionController implements ReactiveController {
  readonly session: CitizenSession = pageSession();
  private readonly onChange = () => {
    this.host.requestUpdate();
    this.changed?.();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.session.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.session.removeEventListener('change', this.onChange);
  }
}
