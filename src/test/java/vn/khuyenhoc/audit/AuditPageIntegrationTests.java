package vn.khuyenhoc.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.Units;

/**
 * Reading the audit log: administrators read everything, a province officer only their province's entries
 * (never national ones, never another province's), and the filters narrow by actor and by area.
 */
@IntegrationTest
@Transactional
class AuditPageIntegrationTests {

    @Autowired MockMvc mvc;
    AuditProbe probe;

    @BeforeEach
    void probe(@Autowired ApplicationEventPublisher events, @Autowired JdbcClient jdbc,
               @Autowired UserDetailsService users, @Autowired Units units) {
        probe = new AuditProbe(events, jdbc, users, units);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProvinceOfficerSeesTheirProvinceOnlyAndNoNationalEntries() throws Exception {
        long inLamDong = probe.publish(probe.lienHuong());
        long inHoChiMinhCity = probe.publish(probe.nhaBe());
        long national = probe.publish(null);

        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).with(user(probe.user("tinh.lamdong"))))
                .andExpect(status().isOk())
                .andExpect(shows(inLamDong)).andExpect(hides(inHoChiMinhCity)).andExpect(hides(national));
        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).with(user(probe.user("admin"))))
                .andExpect(shows(inLamDong)).andExpect(shows(inHoChiMinhCity)).andExpect(shows(national));
    }

    @Test
    void theAreaFilterNarrowsToAUnitAndRefusesAUnitOutsideTheReadersArea() throws Exception {
        long inLamDong = probe.publish(probe.lienHuong());
        long inHoChiMinhCity = probe.publish(probe.nhaBe());

        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).param("unit", String.valueOf(probe.nhaBe()))
                        .with(user(probe.user("admin"))))
                .andExpect(status().isOk()).andExpect(shows(inHoChiMinhCity)).andExpect(hides(inLamDong));
        mvc.perform(get("/audit").param("unit", String.valueOf(probe.nhaBe()))
                        .with(user(probe.user("tinh.lamdong"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theActorFilterShowsOnlyThatUsersChanges() throws Exception {
        probe.signInAs("admin");
        long byAdmin = probe.publish(probe.lienHuong());
        probe.signInAs("tinh.lamdong");
        long byProvinceOfficer = probe.publish(probe.lienHuong());
        SecurityContextHolder.clearContext();

        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).param("actor", "tinh.lamdong")
                        .with(user(probe.user("admin"))))
                .andExpect(shows(byProvinceOfficer)).andExpect(hides(byAdmin));
        mvc.perform(get("/api/v1/audit").param("entity", AuditProbe.ENTITY).param("actor", "ADMIN")
                        .with(user(probe.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].id", contains((int) byAdmin)))
                .andExpect(jsonPath("$.entries[0].actorName").value("admin"))
                .andExpect(jsonPath("$.entries[0].after.name").value("Xã Nhà Bè"));
    }

    @Test
    void theHtmxRequestGetsOnlyTheEntriesAndOthersAreTurnedAway() throws Exception {
        long entry = probe.publish(probe.lienHuong());
        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).header("HX-Request", "true")
                        .with(user(probe.user("admin"))))
                .andExpect(shows(entry)).andExpect(content().string(not(containsString("<nav class=\"navbar"))));
        mvc.perform(get("/audit").with(user(probe.user("xa.lienhuong")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user(probe.user("kp8.lienhuong")))).andExpect(status().isForbidden());
    }

    @Test
    void theDateRangeIsInclusiveAndShownTheVietnameseWay() throws Exception {
        long today = probe.publish(probe.lienHuong());
        var now = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).param("from", now.toString())
                        .param("to", now.toString()).with(user(probe.user("admin"))))
                .andExpect(shows(today))
                .andExpect(content().string(containsString(now.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        mvc.perform(get("/audit").param("entity", AuditProbe.ENTITY).param("to", now.minusDays(1).toString())
                        .with(user(probe.user("admin"))))
                .andExpect(hides(today));
        mvc.perform(get("/audit").param("from", now.toString()).param("to", now.minusDays(1).toString())
                        .with(user(probe.user("admin"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.")));
    }

    private static ResultMatcher shows(long entry) {
        return content().string(containsString("id=\"audit-" + entry + "\""));
    }

    private static ResultMatcher hides(long entry) {
        return content().string(not(containsString("id=\"audit-" + entry + "\"")));
    }
}
