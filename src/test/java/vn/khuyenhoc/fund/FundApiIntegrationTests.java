package vn.khuyenhoc.fund;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** The fund's JSON API as Xã Liên Hương's commune officer uses it on the demo fund. */
@IntegrationTest
@Transactional
class FundApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aDonationRecordedThroughTheApiMovesTheBalanceAndAnOverdraftIsRefusedInVietnamese() throws Exception {
        long fund = new FundFixtures(jdbc).fund("22969", LocalDate.of(2020, 1, 1), 0);
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
        long before = jdbc.sql("""
                select f.opening_balance + coalesce(sum(case when e.kind = 'DONATION' then e.amount else -e.amount end), 0)
                from fund f left join fund_entry e on e.fund_id = f.id and e.entry_date <= date '2026-01-15'
                where f.id = :f group by f.id""").param("f", fund).query(Long.class).single();
        mvc.perform(post("/api/v1/funds/{id}/entries", fund).with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "DONATION", "amount": 7000000, "date": "2026-01-15",
                                 "receiptNumber": "API-1", "partyName": "Công ty API Thử"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        mvc.perform(get("/api/v1/funds/{id}", fund).param("on", "2026-01-15").param("kind", "DONATION")
                        .with(officer).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance.cash").value(before + 7_000_000))
                .andExpect(jsonPath("$.entries[?(@.receiptNumber == 'API-1')].party").value("Công ty API Thử"));
        mvc.perform(post("/api/v1/funds/{id}/entries", fund).with(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "OPERATING", "amount": %d, "date": "2026-01-15"}""".formatted(before + 7_000_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Không ghi được: ngày 15/01/2026 quỹ sẽ thiếu 1 đồng tiền mặt."));
    }
}
