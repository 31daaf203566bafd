import { z } from 'zod';

/** Zod schemas of the rules data in rules/*.json: the data is checked when it is loaded. */
export const PeriodSchema = z.enum(['2021-2025', '2026-2030']);
export type Period = z.infer<typeof PeriodSchema>;

export const LevelIdSchema = z.enum(['dat-chuan', 'nang-cao', 'kieu-mau']);
export type LevelId = z.infer<typeof LevelIdSchema>;

export const MetricCodeSchema = z.enum([
  'so_xa',
  'so_xa_dat_chuan_ntm',
  'ty_le_xa_dat_chuan_ntm',
  'so_xa_ntm_nang_cao',
  'ty_le_xa_ntm_nang_cao',
  'so_xa_ntm_kieu_mau',
  'ty_le_xa_ntm_kieu_mau',
  'binh_quan_tieu_chi',
  'so_xa_duoi_10_tieu_chi',
  'so_xa_10_14_tieu_chi',
  'so_xa_15_18_tieu_chi',
  'so_xa_dat_5_9_tieu_chi',
  'so_xa_duoi_5_tieu_chi',
  'thu_nhap_binh_quan',
  'ty_le_ho_ngheo',
  'ty_le_bhyt',
  'so_san_pham_ocop',
  'so_san_pham_ocop_3_sao',
  'so_san_pham_ocop_4_sao',
  'so_san_pham_ocop_5_sao',
  'so_san_pham_ocop_htx_tht',
  'so_xa_co_san_pham_ocop',
  'ty_le_xa_co_san_pham_ocop',
  'so_don_vi_co_san_pham_ocop',
  'ty_le_don_vi_co_san_pham_ocop',
  'so_xa_dat_chuan_ntm_trong_nam',
  'so_xa_ntm_nang_cao_trong_nam',
  'so_xa_ntm_kieu_mau_trong_nam',
  'so_san_pham_ocop_trong_nam',
]);
export type MetricCode = z.infer<typeof MetricCodeSchema>;

/** The recognised NTM level of a commune; 'chua-dat' below the first level. */
export const CommuneLevelSchema = z.enum(['chua-dat', 'dat-chuan', 'nang-cao', 'kieu-mau']);
export type CommuneLevel = z.infer<typeof CommuneLevelSchema>;

/** rules/levels.json: the levels in ascending order, their names and the spellings offices use. */
export const LevelCatalogSchema = z
  .object({
    source: z.string().min(1),
    levels: z.array(
      z.object({
        id: CommuneLevelSchema,
        name: z.string().min(1),
        aliases: z.array(z.string()),
        /** "năm đạt chuẩn", "năm đạt nâng cao": the year column as sentences name it. */
        yearLabel: z.string().optional(),
        /** The commune column holding the level's recognition year. */
        yearField: z.enum(['namDatChuan', 'namNangCao', 'namKieuMau']).optional(),
        yearPhrase: z.string().optional(),
      }),
    ),
  })
  .superRefine((catalog, ctx) => {
    const ids = catalog.levels.map((l) => l.id);
    if (ids.join() !== CommuneLevelSchema.options.join()) ctx.addIssue({ code: 'custom', message: `các mức phải theo thứ tự ${CommuneLevelSchema.options.join(', ')}` });
    for (const l of catalog.levels) {
      if (l.id !== 'chua-dat' && (!l.yearField || !l.yearLabel || !l.yearPhrase)) ctx.addIssue({ code: 'custom', message: `mức ${l.id} thiếu yearField, yearLabel hoặc yearPhrase` });
    }
  });
export type LevelCatalog = z.infer<typeof LevelCatalogSchema>;
export type LevelInfo = LevelCatalog['levels'][number];

export const CriteriaSetSchema = z
  .object({
    period: PeriodSchema,
    title: z.string().min(1),
    source: z.string().min(1),
    unitDimension: z.enum(['vung', 'nhom']),
    groups: z.array(z.object({ id: z.number().int(), name: z.string(), criteria: z.array(z.number().int()) })),
    groupsSource: z.string().min(1),
    criteria: z.array(z.object({ number: z.number().int().positive(), name: z.string().min(1), aliases: z.array(z.string()) })).min(1),
    levels: z.array(
      z.object({
        level: LevelIdSchema,
        requires: LevelIdSchema.nullable(),
        /** Why the prerequisite holds, as the level-order finding says it. */
        requiresNote: z.string().optional(),
        allCriteria: z.boolean(),
        source: z.string().min(1),
      }),
    ),
    regions: z.array(z.string()).optional(),
    communeGroups: z.array(z.object({ group: z.number().int(), description: z.string() })).optional(),
    /** Metrics counting the communes whose number of criteria met lies in [min, max]. */
    criteriaBands: z.array(z.object({ metric: MetricCodeSchema, min: z.number().int(), max: z.number().int() })),
  })
  .superRefine((set, ctx) => {
    set.criteria.forEach((c, i) => {
      if (c.number !== i + 1) ctx.addIssue({ code: 'custom', message: `tiêu chí thứ ${i + 1} mang số ${c.number}` });
    });
    const inGroups = set.groups.flatMap((g) => g.criteria).sort((a, b) => a - b);
    if (inGroups.length !== set.criteria.length || inGroups.some((n, i) => n !== i + 1)) {
      ctx.addIssue({ code: 'custom', message: 'các nhóm không chứa đúng mỗi tiêu chí một lần' });
    }
    if (set.unitDimension === 'vung' && !set.regions?.length) ctx.addIssue({ code: 'custom', message: 'thiếu danh sách vùng' });
    if (set.unitDimension === 'nhom' && !set.communeGroups?.length) ctx.addIssue({ code: 'custom', message: 'thiếu nhóm xã' });
    for (const l of set.levels) {
      if (l.requires && !l.requiresNote) ctx.addIssue({ code: 'custom', message: `mức ${l.level} cần requiresNote` });
    }
  });
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const OcopRulesSchema = z.object({
  title: z.string(),
  source: z.string().min(1),
  starBands: z.object({
    source: z.string().min(1),
    bands: z.array(z.object({ stars: z.number().int().min(1).max(5), minScore: z.number(), maxScoreExclusive: z.number() })).length(5),
  }),
  recognisedStars: z.object({ min: z.number().int(), max: z.number().int(), source: z.string() }),
  validity: z.object({ months: z.number().int().positive(), source: z.string().min(1) }),
  levels: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  recognitionRules: z.object({
    source: z.string().min(1),
    rules: z.array(z.object({ stars: z.number().int(), levels: z.array(z.string()), from: IsoDate.optional(), until: IsoDate.optional() })),
  }),
  districtAbolished: z.object({ date: IsoDate, source: z.string().min(1) }),
  subjectTypes: z.array(z.object({ code: z.string(), name: z.string(), aliases: z.array(z.string()) })),
  cooperativeSubjectTypes: z.array(z.string()),
  productGroups: z.object({ source: z.string(), groups: z.array(z.string()).length(6), aliases: z.record(z.string(), z.array(z.string())).optional() }),
});
export type OcopRules = z.infer<typeof OcopRulesSchema>;

export const IndicatorSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['>=', '<=']),
  field: z.enum(['thuNhap', 'tyLeHoNgheo', 'tyLeLaoDongDaoTao', 'tyLeBhyt']),
  criterion: z.record(PeriodSchema, z.number().int().positive()),
  source: z.string().min(1),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ThresholdLevelSchema = z.enum(['dat-chuan', 'nang-cao', 'kieu-mau']);

/** A threshold value with its legal source; only verified values may ship in rules/indicators.json. */
export const ThresholdSchema = z.object({
  indicator: z.string(),
  level: ThresholdLevelSchema,
  /** Region name (2021-2025) or commune group "1"/"2"/"3" (2026-2030); null for all. */
  unit: z.string().nullable(),
  year: z.number().int(),
  value: z.number(),
  source: z.string().min(1),
});
export type Threshold = z.infer<typeof ThresholdSchema>;

export const IndicatorRulesSchema = z.object({
  source: z.string(),
  indicators: z.array(IndicatorSchema),
  thresholds: z.array(ThresholdSchema),
});
export type IndicatorRules = z.infer<typeof IndicatorRulesSchema>;

export const MetricCatalogSchema = z
  .object({
    source: z.string(),
    metrics: z.array(
      z.object({
        code: MetricCodeSchema,
        label: z.string(),
        unit: z.string(),
        kind: z.enum(['count', 'percent', 'average']),
        /** The sheets the metric is computed from: without them it is unknown, never 0. */
        needs: z.array(z.enum(['communes', 'ocop'])).min(1),
      }),
    ),
  })
  .superRefine((catalog, ctx) => {
    const codes = new Set(catalog.metrics.map((m) => m.code));
    for (const code of MetricCodeSchema.options) {
      if (!codes.has(code)) ctx.addIssue({ code: 'custom', message: `thiếu chỉ số ${code}` });
    }
  });
export type MetricCatalog = z.infer<typeof MetricCatalogSchema>;
export type MetricInfo = MetricCatalog['metrics'][number];
