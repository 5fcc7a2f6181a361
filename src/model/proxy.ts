import { type Translate, english } from './translate';
import type { ProxyType } from './types';

export interface ProxyTypeOption {
  value: ProxyType;
  label: string;
  description: string;
}

/** The backend's proxy modes, its default first. */
export const proxyTypeOptions: readonly ProxyTypeOption[] = [
  {
    value: 'env',
    label: 'Environment (default)',
    description: 'Uses the HTTP_PROXY and HTTPS_PROXY environment variables of grafana-server, if set.',
  },
  { value: 'none', label: 'None', description: 'Connects to AWS directly, even when the environment names a proxy.' },
  { value: 'url', label: 'URL', description: 'Connects through the proxy entered here.' },
];

export interface ProxyUrlCheck {
  /** What to fix, when the backend could not use the URL. */
  problem?: string;
  /** The URL carries user:password, which would be stored in plain jsonData. */
  hasCredentials: boolean;
}

// Schemes Go's HTTP client accepts for a proxy.
const proxySchemes = ['http:', 'https:', 'socks5:', 'socks5h:'];

/** Checks a proxy URL the way the backend will parse it. Never repeats the URL (it may hold a password). */
export function checkProxyUrl(value: string, tr: Translate = english): ProxyUrlCheck {
  if (value.trim() === '') {
    return { hasCredentials: false };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      problem: tr('grafana-aws-auth.proxy.url-shape', 'Enter a full URL, for example http://proxy.example.com:3128.'),
      hasCredentials: false,
    };
  }
  const hasCredentials = url.username !== '' || url.password !== '';
  if (!proxySchemes.includes(url.protocol)) {
    return {
      problem: tr(
        'grafana-aws-auth.proxy.url-scheme',
        'A proxy URL starts with http://, https://, socks5:// or socks5h://.'
      ),
      hasCredentials,
    };
  }
  return { hasCredentials };
}
