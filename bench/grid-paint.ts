// The one figure measured in Chromium: setting one attendance cell in a 514 x 3 grid until
// the next paint, against the real UI served by the browser host.
export async function measureGridPaint(): Promise<{ name: string; target: string; value?: string; median_ms?: number; min_ms?: number; max_ms?: number; met: boolean }> {
  return { name: 'in Chromium: setting one attendance cell in a 514 x 3 grid until the next paint', target: 'median <= 50 ms', value: 'NOT MEASURED', met: false };
}
