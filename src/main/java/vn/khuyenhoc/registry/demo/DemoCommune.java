package vn.khuyenhoc.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.TargetGroup;

/**
 * The clans (dòng họ) and the ten organisations (đơn vị) of the demo commune, Xã Liên Hương, a fishing town on
 * the coast of Tuy Phong: schools from kindergarten to upper secondary, the commune's agencies, its armed
 * forces and a seafood company. One primary school and one clan are recent, so the yearly counts change.
 */
public final class DemoCommune {

    public record Clan(String code, String surname, String representative, String phone, boolean hasBoard,
                       LocalDate since) {
        public String name() {
            return "Dòng họ " + surname;
        }
    }

    public record Organisation(String code, String name, OrganisationKind kind, ManagingLevel level, int staff,
                               int village, String address, LocalDate since, String headTitle, String staffTitle,
                               TargetGroup staffGroup) {
    }

    public static final List<Clan> CLANS = List.of(
            new Clan("DH01", "Nguyễn", "Nguyễn Văn Hòa", "0913456210", true, LocalDate.of(2008, 3, 15)),
            new Clan("DH02", "Trần", "Trần Hữu Lộc", "0905123874", true, LocalDate.of(2010, 1, 20)),
            new Clan("DH03", "Lê", "Lê Văn Thắng", "0978332156", false, LocalDate.of(2011, 6, 1)),
            new Clan("DH04", "Phạm", "Phạm Đức Tài", null, true, LocalDate.of(2012, 9, 9)),
            new Clan("DH05", "Huỳnh", "Huỳnh Tấn Phát", "0834567123", false, LocalDate.of(2014, 2, 2)),
            new Clan("DH06", "Võ", "Võ Minh Trí", "0356789012", true, LocalDate.of(2018, 4, 10)),
            new Clan("DH07", "Phan", "Phan Công Nghĩa", "0767123456", false, LocalDate.of(2021, 11, 20)));

    private static final TargetGroup OFFICIAL = TargetGroup.OFFICIAL;
    public static final List<Organisation> ORGANISATIONS = List.of(
            school("MN-LH", "Trường Mầm non Liên Hương", OrganisationKind.KINDERGARTEN, 34, 2, 1978),
            school("TH-LH1", "Trường Tiểu học Liên Hương 1", OrganisationKind.PRIMARY_SCHOOL, 42, 3, 1976),
            new Organisation("TH-LH2", "Trường Tiểu học Liên Hương 2", OrganisationKind.PRIMARY_SCHOOL,
                    ManagingLevel.COMMUNE, 30, 10, "Số 5, đường Hùng Vương", LocalDate.of(2018, 8, 15),
                    "Hiệu trưởng", "Giáo viên", OFFICIAL),
            school("THCS-LH", "Trường THCS Liên Hương", OrganisationKind.LOWER_SECONDARY_SCHOOL, 56, 5, 1980),
            new Organisation("THPT-TP", "Trường THPT Tuy Phong", OrganisationKind.UPPER_SECONDARY_SCHOOL,
                    ManagingLevel.PROVINCE, 78, 6, "Số 2, đường Trần Hưng Đạo", LocalDate.of(1979, 9, 5),
                    "Hiệu trưởng", "Giáo viên", OFFICIAL),
            agency("UBND-LH", "UBND xã Liên Hương", OrganisationKind.AGENCY, ManagingLevel.COMMUNE, 32,
                    "Chủ tịch", "Công chức"),
            agency("CA-LH", "Công an xã Liên Hương", OrganisationKind.ARMED_FORCES, ManagingLevel.PROVINCE, 26,
                    "Trưởng Công an xã", "Cán bộ"),
            agency("TYT-LH", "Trạm Y tế xã Liên Hương", OrganisationKind.AGENCY, ManagingLevel.COMMUNE, 16,
                    "Trưởng trạm", "Nhân viên y tế"),
            agency("QS-LH", "Ban Chỉ huy Quân sự xã Liên Hương", OrganisationKind.ARMED_FORCES,
                    ManagingLevel.COMMUNE, 12, "Chỉ huy trưởng", "Cán bộ"),
            new Organisation("CTY-TSLH", "Công ty TNHH Thủy sản Liên Hương", OrganisationKind.ENTERPRISE,
                    ManagingLevel.COMMUNE, 120, 13, "Khu công nghiệp Liên Hương", LocalDate.of(2012, 5, 1),
                    "Giám đốc", "Công nhân", TargetGroup.WORKER));

    /** About 40% of households: those of a clan's family join it about half the time. */
    public static final double CLAN_SHARE = 0.53;

    private DemoCommune() {
    }

    public static Map<String, String> clanCodeBySurname() {
        return CLANS.stream().collect(Collectors.toMap(Clan::surname, Clan::code));
    }

    private static Organisation school(String code, String name, OrganisationKind kind, int staff, int village,
                                       int since) {
        return new Organisation(code, name, kind, ManagingLevel.COMMUNE, staff, village,
                "Khu phố " + (village + 1), LocalDate.of(since, 9, 5), "Hiệu trưởng", "Giáo viên", OFFICIAL);
    }

    private static Organisation agency(String code, String name, OrganisationKind kind, ManagingLevel level,
                                       int staff, String headTitle, String staffTitle) {
        return new Organisation(code, name, kind, level, staff, 0, "Số 1, đường Nguyễn Huệ",
                LocalDate.of(1976, 1, 1), headTitle, staffTitle, OFFICIAL);
    }
}
