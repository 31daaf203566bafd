import { countedProducts, formatDateShort, formatNumber, type OcopProduct } from '../../engine';
import type { RowValues } from '../content/types';
import type { ReportScope } from '../content/scope';

/**
 * {{#moi san_pham}}: the OCOP products counted in the report (3 stars and up, recognised by the
 * period's end); the same fields for the products of the year and the expiring certificates.
 */
export function productItems(scope: ReportScope, products: OcopProduct[] = countedProducts(scope.products, scope.info)): RowValues[] {
  return products.map((p, i) => ({
    stt: String(i + 1),
    ten: p.ten,
    chu_the: p.chuThe,
    loai_hinh: p.loaiHinh ?? '',
    xa: p.xa,
    huyen: p.huyen ?? scope.info.huyen ?? '',
    so_sao: String(p.soSao),
    cap_cong_nhan: p.capCongNhan ?? '',
    so_quyet_dinh: p.soQuyetDinh ?? '',
    ngay_cong_nhan: formatDateShort(p.ngayCongNhan),
    ngay_het_han: formatDateShort(p.ngayHetHan),
    diem: p.diem === undefined ? '' : formatNumber(p.diem),
  }));
}
