/**
 * A small history router for the apps (each app lives under its own base path). Routes are patterns like
 * `/documents/:id`; `route.current` is reactive. Links with `href` inside the app are intercepted by `link`.
 */
export interface RouteMatch {
  pattern: string;
  params: Record<string, string>;
  path: string;
  query: URLSearchParams;
}

export interface Router {
  readonly current: RouteMatch | null;
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Builds an app-absolute URL (`/office` + path). */
  href(path: string): string;
}

export function createRouter(base: string, patterns: readonly string[]): Router {
  const state = $state({ url: typeof window === 'undefined' ? base : window.location.href });

  function match(href: string): RouteMatch | null {
    const url = new URL(href, 'http://x');
    let path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    if (!path.startsWith('/')) path = `/${path}`;
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    for (const pattern of patterns) {
      const names: string[] = [];
      const regex = new RegExp(
        `^${pattern.replace(/:([a-zA-Z]+)/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        })}$`,
      );
      const found = regex.exec(path);
      if (found) {
        const params: Record<string, string> = {};
        names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')));
        return { pattern, params, path, query: url.searchParams };
      }
    }
    return null;
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('popstate', () => (state.url = window.location.href));
    document.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const anchor = (event.target as Element | null)?.closest?.('a');
      if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || !url.pathname.startsWith(base)) return;
      event.preventDefault();
      router.navigate(url.pathname.slice(base.length) + url.search);
    });
  }

  const router: Router = {
    get current() {
      return match(state.url);
    },
    navigate(path, options = {}) {
      const url = base + (path.startsWith('/') ? path : `/${path}`);
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      state.url = window.location.href;
    },
    href(path) {
      return base + (path.startsWith('/') ? path : `/${path}`);
    },
  };
  return router;
}
