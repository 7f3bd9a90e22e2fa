// A small hash router: the app has few screens, and a hash route survives reloads in both
// the Electron window and the browser host.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'meetings' }
  | { name: 'bin' }
  | { name: 'new-meeting' }
  | { name: 'edit-meeting'; id: string }
  | { name: 'meeting'; id: string; tab: string }
  | { name: 'minutes-print'; id: string }
  | { name: 'letter-print'; id: string; form: 'all' | 'per-unit' }
  | { name: 'roster'; unit?: string }
  | { name: 'settings' }
  | { name: 'rekap' }
  | { name: 'follow-ups'; meetingId?: string; series?: string }
  | { name: 'series'; series: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'rapat':
      if (parts[1] === 'baru') return { name: 'new-meeting' };
      if (parts[1] && parts[2] === 'ubah') return { name: 'edit-meeting', id: parts[1] };
      if (parts[1] && parts[2] === 'cetak') return { name: 'minutes-print', id: parts[1] };
      if (parts[1] && parts[2] === 'cetak-surat') return { name: 'letter-print', id: parts[1], form: parts[3] === 'per-unit' ? 'per-unit' : 'all' };
      if (parts[1]) return { name: 'meeting', id: parts[1], tab: parts[2] ?? 'undangan' };
      return { name: 'meetings' };
    case 'sampah':
      return { name: 'bin' };
    case 'roster':
      return { name: 'roster', unit: parts[1] };
    case 'pengaturan':
      return { name: 'settings' };
    case 'rekap':
      return { name: 'rekap' };
    case 'tindak-lanjut':
      if (parts[1] === 'rapat' && parts[2]) return { name: 'follow-ups', meetingId: parts[2] };
      if (parts[1] === 'seri' && parts[2]) return { name: 'follow-ups', series: parts[2] };
      return { name: 'follow-ups' };
    case 'seri':
      if (parts[1]) return { name: 'series', series: parts[1] };
      return { name: 'meetings' };
    default:
      return { name: 'meetings' };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'meetings':
      return '#/';
    case 'bin':
      return '#/sampah';
    case 'new-meeting':
      return '#/rapat/baru';
    case 'edit-meeting':
      return `#/rapat/${encodeURIComponent(route.id)}/ubah`;
    case 'meeting':
      return `#/rapat/${encodeURIComponent(route.id)}/${route.tab}`;
    case 'minutes-print':
      return `#/rapat/${encodeURIComponent(route.id)}/cetak`;
    case 'letter-print':
      return `#/rapat/${encodeURIComponent(route.id)}/cetak-surat/${route.form}`;
    case 'roster':
      return route.unit ? `#/roster/${route.unit}` : '#/roster';
    case 'settings':
      return '#/pengaturan';
    case 'rekap':
      return '#/rekap';
    case 'follow-ups':
      if (route.meetingId) return `#/tindak-lanjut/rapat/${encodeURIComponent(route.meetingId)}`;
      if (route.series) return `#/tindak-lanjut/seri/${encodeURIComponent(route.series)}`;
      return '#/tindak-lanjut';
    case 'series':
      return `#/seri/${encodeURIComponent(route.series)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
