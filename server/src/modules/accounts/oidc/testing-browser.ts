/**
 * Walks a test provider's development login and consent pages over plain HTTP, as a browser would (cookies,
 * redirects, form posts), until the provider sends the browser back to `redirectUri`; returns that URL.
 */
export async function signInAtTestProvider(
  authorizationUrl: string,
  redirectUri: string,
  login: string,
): Promise<URL> {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    remember(response);
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location')!, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`provider page without a form (${response.status}): ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
      fields.set(match[1]!, match[2]!);
    }
    if (html.includes('name="login"')) {
      fields.set('login', login);
      fields.set('password', 'any password');
    }
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    method = 'POST';
    body = fields.toString();
  }
  throw new Error('the provider did not send the browser back');
}
