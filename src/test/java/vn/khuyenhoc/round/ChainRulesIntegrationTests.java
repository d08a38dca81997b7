package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.registry.RegistryFixtures;

/** The chain as stored and adapted, with the area: who may do which step for which subject. */
@IntegrationTest
@Transactional
class ChainRulesIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CriteriaEditor editor;
    @Autowired
    Rounds rounds;
    @Autowired
    Registrations registrations;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    Decisions decisions;

    RoundFixtures fixtures;
    RegistryFixtures registry;
    long setId;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        registry = new RegistryFixtures(jdbc);
        setId = fixtures.householdSet();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theDefaultChainsHaveNoDistrictLevelAndHouseholdsAreRecognisedByTheCommune() {
        Chain households = rounds.chain(Title.GIA_DINH, null);

        assertThat(households.levelOf(Step.REGISTER)).isEqualTo(Level.VILLAGE);
        assertThat(households.levelOf(Step.RECOGNISE)).isEqualTo(Level.COMMUNE);
        assertThat(rounds.chain(Title.CONG_DONG_XA, null).levelOf(Step.RECOGNISE)).isEqualTo(Level.PROVINCE);
        assertThat(rounds.chain(Title.DON_VI_XA, null).levelOf(Step.SCORE)).isEqualTo(Level.SELF);
        for (Title title : List.of(Title.GIA_DINH, Title.DONG_HO, Title.CONG_DONG_THON, Title.DON_VI_XA,
                Title.DON_VI_HUYEN_TINH, Title.CONG_DAN, Title.CONG_DONG_XA, Title.CONG_DONG_TINH)) {
            assertThat(rounds.chain(title, null).levels()).as(title.name()).hasSize(Step.values().length);
        }
    }

    @Test
    void aBranchOfficerRegistersHouseholdsOfTheirVillageOnly() {
        long round = fixtures.lienHuongHouseholdRound(setId);
        long own = registry.household("22969-008", "CHAIN-OWN", null);
        long neighbour = registry.household("22969-001", "CHAIN-NEIGHBOUR", null);
        fixtures.users().signIn("kp8.lienhuong");

        assertThat(registrations.register(round, own)).isPositive();
        assertThatThrownBy(() -> registrations.register(round, neighbour)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBranchOfficerDoesNotProposeAndAnotherCommuneDoesNotRecognise() {
        long round = fixtures.lienHuongHouseholdRound(setId);
        long household = registry.household("22969-008", "CHAIN-PROPOSE", null);
        fixtures.users().signIn("kp8.lienhuong");
        long registration = registrations.register(round, household);
        sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        sheets.review(registration, ReviewOutcome.ACCEPTED, null, fixtures.version(registration));

        assertThatThrownBy(() -> decisions.propose(round, List.of(registration))).isInstanceOf(AccessDenied.class);
        fixtures.users().create("xa.nhabe.chain", Role.COMMUNE_OFFICER, "27655");
        fixtures.users().signIn("xa.nhabe.chain");
        assertThatThrownBy(() -> decisions.propose(round, List.of(registration))).isInstanceOf(AccessDenied.class);
        assertThat(fixtures.status(registration)).isEqualTo("ACCEPTED");
    }

    @Test
    void aBranchOfficerCannotOpenARoundAndACommuneOnlyInItsOwnArea() {
        fixtures.users().signIn("kp8.lienhuong");
        var form = new RoundForm(RoundFixtures.YEAR, Title.GIA_DINH, fixtures.users().unit("22969"), null, setId,
                false, List.of(), null, null, null, null);
        assertThatThrownBy(() -> rounds.open(form)).isInstanceOf(AccessDenied.class);

        fixtures.users().signIn("xa.lienhuong");
        var foreign = new RoundForm(RoundFixtures.YEAR, Title.GIA_DINH, fixtures.users().unit("27655"), null, setId,
                false, List.of(), null, null, null, null);
        assertThatThrownBy(() -> rounds.open(foreign)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aProvinceThatMovesTheReviewToTheCommuneKeepsBranchOfficersFromReviewing() {
        fixtures.users().signIn("tinh.lamdong");
        rounds.adaptChain(Title.GIA_DINH, fixtures.users().unit("68"), Step.REVIEW, Level.COMMUNE);
        long round = fixtures.lienHuongHouseholdRound(setId);
        long household = registry.household("22969-008", "CHAIN-ADAPTED", null);
        fixtures.users().signIn("kp8.lienhuong");
        long registration = registrations.register(round, household);

        assertThat(rounds.chainOf(round).levelOf(Step.REVIEW)).isEqualTo(Level.COMMUNE);
        assertThat(rounds.chain(Title.GIA_DINH, null).levelOf(Step.REVIEW)).isEqualTo(Level.VILLAGE);
        assertThatThrownBy(() -> sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null)))
                .isInstanceOf(AccessDenied.class);
        fixtures.users().signIn("xa.lienhuong");
        assertThat(sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null)).achieved()).isTrue();
    }

    @Test
    void aPilotRoundRegistersOnlySubjectsOfItsChosenUnits() {
        fixtures.users().signIn("xa.lienhuong");
        long round = rounds.open(new RoundForm(RoundFixtures.YEAR, Title.GIA_DINH, fixtures.users().unit("22969"),
                "Thí điểm", setId, true, List.of(fixtures.users().unit("22969-008")), null, null, null,
                LocalDate.of(RoundFixtures.YEAR + 1, 3, 31)));
        long inside = registry.household("22969-008", "CHAIN-PILOT-IN", null);
        long outside = registry.household("22969-001", "CHAIN-PILOT-OUT", null);

        assertThat(registrations.registerMany(round, List.of(inside))).hasSize(1);
        assertThatThrownBy(() -> registrations.register(round, outside)).hasMessage("round.register.outsidePilot");
    }

    @Test
    void anIncompleteSetOpensOnlyAHistoricalRound() {
        long incomplete = jdbc.sql("select id from criteria_set where code = 'GDHT-448-2015' and version = 1")
                .query(Long.class).single();
        fixtures.users().signIn("xa.lienhuong");
        long past = rounds.open(new RoundForm(2017, Title.GIA_DINH, fixtures.users().unit("22969"), null,
                incomplete, false, List.of(), null, null, null, null));

        assertThat(rounds.require(past).historical()).isTrue();
        assertThat(jdbc.sql("select used from criteria_set where id = :id").param("id", incomplete)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRoundBelongsToTheRecognisingLevel() {
        fixtures.users().signIn("tinh.lamdong");
        var inAProvince = new RoundForm(RoundFixtures.YEAR, Title.GIA_DINH, fixtures.users().unit("68"), null, setId,
                false, List.of(), null, null, null, null);

        assertThatThrownBy(() -> rounds.open(inAProvince)).hasMessage("round.open.wrongArea.COMMUNE");
    }
}
