-- The national targets of DOMAIN.md: QĐ 281/QĐ-TTg (2020), QĐ 387/QĐ-TTg (2025), QĐ 677/QĐ-TTg (2030).
-- Variant DISADVANTAGED is the lower target of disadvantaged areas; for citizens HOUSEHOLD = adults in
-- families, clans and communities, ORGANISATION = staff of units.
insert into stat_target (unit_id, title, year, variant, rate, basis) values
    (null, 'GIA_DINH', 2020, 'ALL', 70, 'QĐ 281/QĐ-TTg'),
    (null, 'GIA_DINH', 2020, 'DISADVANTAGED', 60, 'QĐ 281/QĐ-TTg'),
    (null, 'DONG_HO', 2020, 'ALL', 50, 'QĐ 281/QĐ-TTg'),
    (null, 'DONG_HO', 2020, 'DISADVANTAGED', 40, 'QĐ 281/QĐ-TTg'),
    (null, 'CONG_DONG_THON', 2020, 'ALL', 60, 'QĐ 281/QĐ-TTg'),
    (null, 'CONG_DONG_THON', 2020, 'DISADVANTAGED', 50, 'QĐ 281/QĐ-TTg'),
    (null, 'DON_VI_XA', 2020, 'ALL', 50, 'QĐ 281/QĐ-TTg'),
    (null, 'GIA_DINH', 2025, 'ALL', 70, 'QĐ 387/QĐ-TTg'),
    (null, 'DONG_HO', 2025, 'ALL', 65, 'QĐ 387/QĐ-TTg'),
    (null, 'CONG_DONG_THON', 2025, 'ALL', 65, 'QĐ 387/QĐ-TTg'),
    (null, 'DON_VI_XA', 2025, 'ALL', 80, 'QĐ 387/QĐ-TTg'),
    (null, 'CONG_DAN', 2025, 'HOUSEHOLD', 40, 'QĐ 387/QĐ-TTg'),
    (null, 'CONG_DAN', 2025, 'ORGANISATION', 60, 'QĐ 387/QĐ-TTg'),
    (null, 'CONG_DAN', 2030, 'HOUSEHOLD', 70, 'QĐ 677/QĐ-TTg'),
    (null, 'CONG_DAN', 2030, 'ORGANISATION', 80, 'QĐ 677/QĐ-TTg');
