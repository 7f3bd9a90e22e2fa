// Reads the official area lists (idn-area-data: provinces, regencies, districts) once, on the
// Node side only: the districts alone are 7,000 rows the renderer never needs whole. The build
// copies the CSV files beside the bundle (area-data/); in development and tests they are read
// from the package in node_modules.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAreaCsv, type AreaData } from '../../shared/domain/regions';
import { AppError } from '../../shared/errors';

const FILES = { provinces: 'provinces.csv', regencies: 'regencies.csv', districts: 'districts.csv' } as const;

export const AREA_DATA_ATTRIBUTION = 'Daftar wilayah: idn-area-data (Fityan Nugroho, dari data resmi pemerintah), lisensi ODbL 1.0 (Open Database License).';

function dataDir(): string {
  const candidates = [
    ...(typeof __dirname === 'string' ? [path.join(__dirname, 'area-data')] : []),
    path.join(process.cwd(), 'node_modules', 'idn-area-data', 'data'),
  ];
  const found = candidates.find((dir) => existsSync(path.join(dir, FILES.regencies)));
  if (!found) throw new AppError('area_data_missing', 'Daftar wilayah resmi tidak ditemukan pada instalasi Rakor. Pasang ulang Rakor.');
  return found;
}

let cached: AreaData | null = null;

export function areaData(): AreaData {
  if (cached) return cached;
  const dir = dataDir();
  const read = (file: string) => parseAreaCsv(readFileSync(path.join(dir, file), 'utf8'));
  cached = { provinces: read(FILES.provinces), regencies: read(FILES.regencies), districts: read(FILES.districts) };
  return cached;
}
