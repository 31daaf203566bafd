import type { Comparator } from './workbook-layout/sheets';
import type { CommuneLevel } from './rules/levels';
import type { MetricCode, Period } from './rules/schemas';
import type { UnitKind } from './places/unit-kind';

/** What the engine read from a workbook, typed. Row numbers are Excel's (1-based). */
export interface UnitInfo {
  tinh: string;
  huyen?: string;
  period: Period;
  /** Where the period came from: "Giai đoạn", else "Năm báo cáo"; 'default' when the sheet says neither. */
  periodFrom: 'giai-doan' | 'nam-bao-cao' | 'default';
  vung?: string;
  year: number;
  /** 'nam' for the year, '6-thang' for the first half. */
  reportPeriod: 'nam' | '6-thang';
  coQuanChuQuan?: string;
  coQuanBanHanh?: string;
  kyHieuCoQuan?: string;
  soVanBan?: string;
  diaDanh?: string;
  ngayBanHanh?: Date;
  /** "KT." and the like, or the whole line as typed ("KT. CHỦ TỊCH"). */
  quyenHanKy?: string;
  chucVuNguoiKy?: string;
  nguoiKy?: string;
  /** Addressees of the report, one per line (empty: no "Kính gửi"). */
  kinhGui: string[];
  noiNhan: string[];
  canCuKeHoach?: string;
}

export interface Commune {
  row: number;
  /** A xã's name without "Xã"/"X."; a phường's or thị trấn's name with its prefix ("Thị trấn Thạnh An"). */
  ten: string;
  /** Xã, phường or thị trấn: only xã are communes for the NTM criteria (SPEC §3). */
  kind: UnitKind;
  huyen?: string;
  /** Commune group as written in its cell ("1", "2", "3"; 2026-2030). */
  nhom?: string;
  level: CommuneLevel;
  namDatChuan?: number;
  namNangCao?: number;
  namKieuMau?: number;
  /** criteria[i] is criterion i+1: met or not. */
  criteria: boolean[];
  criteriaMet: number;
  soTieuChiDat?: number;
  thuNhap?: number;
  tyLeHoNgheo?: number;
  tyLeBhyt?: number;
  tyLeLaoDongDaoTao?: number;
  danSo?: number;
  /** A1 address of each field's cell, for findings. */
  cells: Record<string, string>;
}

export interface OcopProduct {
  row: number;
  ten: string;
  chuThe: string;
  loaiHinh?: string;
  xa: string;
  huyen?: string;
  nhomSanPham?: string;
  diem?: number;
  soSao: number;
  capCongNhan?: string;
  soQuyetDinh?: string;
  ngayCongNhan: Date;
  /** As typed, or Ngày công nhận + the validity of the rules data (36 months). */
  ngayHetHan: Date;
  /** False when Ngày hết hạn was blank and computed from the validity period. */
  ngayHetHanTyped: boolean;
  cells: Record<string, string>;
}

export type TargetScope = { kind: 'all' } | { kind: 'district'; name: string } | { kind: 'each-district' } | { kind: 'each-commune' };

export interface TargetRow {
  row: number;
  code: MetricCode | 'khac';
  description: string;
  scope: TargetScope;
  /** The scope as written, for messages and the JSON output. */
  scopeText: string;
  comparator: Comparator;
  target: number;
  unit?: string;
  deadline: number;
  actualTyped?: number;
  baselineYear?: number;
  baselineValue?: number;
  source?: string;
  cells: Record<string, string>;
}

export interface ThresholdRow {
  row: number;
  indicator: string;
  level: 'dat-chuan' | 'nang-cao' | 'kieu-mau';
  /** Region name or commune group ("1", "2", "3"); undefined for all. */
  unit?: string;
  year: number;
  value: number;
  source?: string;
}

export interface WorkbookData {
  info: UnitInfo;
  /** The xã of sheet "Xã": the communes of the NTM figures. */
  communes: Commune[];
  /** Phường and thị trấn of sheet "Xã": places for OCOP products, not NTM communes. */
  otherUnits: Commune[];
  products: OcopProduct[];
  targets: TargetRow[];
  thresholds: ThresholdRow[];
  /** Sheet names as the workbook spells them, for the sheets that were found. */
  sheetNames: Partial<Record<'info' | 'communes' | 'ocop' | 'targets' | 'thresholds', string>>;
  /** True when sheet "Xã" exists (some metrics and references depend on it). */
  hasCommuneSheet: boolean;
  hasOcopSheet: boolean;
}

export type Metrics = Record<MetricCode, number>;
