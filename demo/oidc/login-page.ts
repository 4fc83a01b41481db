const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The provider's German sign-in page: a plain HTML form, usable with keyboard and screen reader. */
export function loginPage(options: {
  providerName: string;
  clientName: string;
  uid: string;
  requestedLevel?: string;
  error?: string;
  username?: string;
}): string {
  const { providerName, clientName, uid, requestedLevel, error, username } = options;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anmelden – ${escape(providerName)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f3f2f1; color: #0b0c0c; line-height: 1.5; }
  header { background: #0b3d6b; color: #fff; padding: 1rem; }
  main { max-width: 30rem; margin: 2rem auto; background: #fff; padding: 1.5rem; border-radius: 4px; }
  label { display: block; font-weight: bold; margin-top: 1rem; }
  input { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; border: 2px solid #0b0c0c; border-radius: 4px; }
  .actions { display: flex; gap: 1rem; flex-wrap: wrap; margin-top: 1.5rem; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: 4px; border: 2px solid #0b3d6b; background: #0b3d6b; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0b3d6b; }
  :focus-visible { outline: 3px solid #ffbf47; box-shadow: 0 0 0 6px #0b0c0c; }
  .error { border-left: 5px solid #b00020; padding-left: .75rem; color: #b00020; font-weight: bold; }
  .hint { color: #505a5f; }
</style>
</head>
<body>
<header><strong>${escape(providerName)}</strong></header>
<main>
  <h1>Anmelden</h1>
  <p><strong>${escape(clientName)}</strong> möchte Sie anmelden.${requestedLevel ? ` Verlangt wird das Vertrauensniveau „${escape(requestedLevel)}“.` : ''}</p>
  ${error ? `<p class="error" role="alert" id="error">${escape(error)}</p>` : ''}
  <form method="post" action="/interaction/${escape(uid)}/login" autocomplete="on">
    <label for="username">Benutzername</label>
    <input id="username" name="username" autocomplete="username" required value="${escape(username ?? '')}" ${error ? 'aria-describedby="error" aria-invalid="true"' : ''} autofocus>
    <label for="password">Passwort</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <div class="actions">
      <button type="submit">Anmelden</button>
    </div>
  </form>
  <form method="post" action="/interaction/${escape(uid)}/abort">
    <div class="actions"><button type="submit" class="secondary">Abbrechen und zurück</button></div>
  </form>
  <p class="hint">Demo-Konten: erika / erika, jonas / jonas, aylin / aylin (siehe README).</p>
</main>
</body>
</html>`;
}
