package vn.khuyenhoc.demo;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;

/** The demo logins listed in README. Demo data only: a real installation has no default password. */
@Component
class DemoAccounts {

    static final String PASSWORD = "khuyenhoc";
    static final String LOGINS = """

            ==== KhuyenHoc demo logins (password for all: khuyenhoc) ====
              admin          Quản trị hệ thống (administrator)
              tinh.lamdong   Cán bộ tỉnh Lâm Đồng (province officer)
              xa.lienhuong   Cán bộ Xã Liên Hương (commune officer)
              kp8.lienhuong  Cán bộ chi hội Khu phố 8, Xã Liên Hương (branch officer)
              xa.nhabe       Cán bộ Xã Nhà Bè, TP. Hồ Chí Minh (commune officer)
            ==== http://localhost:8080 ====""";
    private final Accounts accounts;
    private final Units units;

    DemoAccounts(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    void create() {
        LocalDate today = LocalDate.now();
        accounts.createUser(new NewUser("admin", "Quản trị hệ thống", PASSWORD, Role.ADMIN, null, null, null),
                null, false);
        user("tinh.lamdong", "Cán bộ tỉnh Lâm Đồng", Role.PROVINCE_OFFICER, unit("68", UnitKind.PROVINCE, today));
        user("xa.lienhuong", "Cán bộ Xã Liên Hương", Role.COMMUNE_OFFICER, unit("22969", UnitKind.COMMUNE, today));
        user("kp8.lienhuong", "Chi hội Khu phố 8", Role.BRANCH_OFFICER, unit("22969-008", UnitKind.VILLAGE, today));
        user("xa.nhabe", "Cán bộ Xã Nhà Bè", Role.COMMUNE_OFFICER, unit("27655", UnitKind.COMMUNE, today));
    }

    private void user(String username, String name, Role role, long unitId) {
        accounts.createUser(new NewUser(username, name, PASSWORD, role, unitId, null, null), null, false);
    }

    private long unit(String code, UnitKind kind, LocalDate on) {
        return units.byCode(code, kind, on)
                .orElseThrow(() -> new IllegalStateException("Demo unit " + code + " is missing"))
                .unitId();
    }
}
