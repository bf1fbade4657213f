package org.careloop.review.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.careloop.review.oversight.OversightReport.Figures;
import org.careloop.review.oversight.OversightReport.Thresholds;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.CanaryOutcome;
import org.junit.jupiter.api.Test;

class OversightFiguresTest {

    private static final Thresholds CLINIC = new Thresholds(0.8, 20_000);

    private static DecisionMeasurement decision(
            String action, Long timeOnTaskMs, Integer draftWords, int high, int highUnchanged, Boolean seenToEnd) {
        DecisionMeasurement m = new DecisionMeasurement();
        m.stage = "REVIEW";
        m.action = action;
        m.timeOnTaskMs = timeOnTaskMs;
        m.draftWords = draftWords;
        m.highFindings = high;
        m.highFindingsUnchanged = highUnchanged;
        m.draftSeenToEnd = seenToEnd;
        return m;
    }

    private static Canary canary(CanaryOutcome outcome) {
        Canary c = new Canary();
        c.outcome = outcome;
        return c;
    }

    @Test
    void aReviewerWhoApprovesInSecondsAndMissesPlantedErrorsIsFlaggedOnBoth() {
        List<DecisionMeasurement> decisions = new ArrayList<>();
        for (long t : new long[] {3_000, 4_000, 5_000, 6_000, 90_000}) {
            decisions.add(decision("APPROVE", t, 40, 0, 0, true));
        }
        decisions.add(decision("APPROVE", null, 40, 1, 1, false));
        decisions.add(decision("EDIT_AND_APPROVE", 60_000L, 40, 1, 0, true));
        decisions.add(decision("REJECT", 30_000L, 40, 0, 0, true));
        List<Canary> canaries = List.of(
                canary(CanaryOutcome.APPROVED_UNEDITED),
                canary(CanaryOutcome.CAUGHT_BY_EDIT),
                canary(CanaryOutcome.APPROVED_UNEDITED),
                canary(CanaryOutcome.APPROVED_WITH_ERROR_KEPT));

        Figures f = OversightReports.figures("quick", decisions, canaries, CLINIC);

        assertThat(f.decisions()).isEqualTo(8);
        assertThat(f.medianTimeOnTaskMs())
                .as("nearest rank of 7 timed decisions")
                .isEqualTo(6_000L);
        assertThat(f.p10TimeOnTaskMs()).isEqualTo(3_000L);
        assertThat(f.decidedWithoutOpening()).isEqualTo(1);
        assertThat(f.uneditedApprovalRate()).isCloseTo(6 / 8.0, within(1e-9));
        assertThat(f.highFindingDrafts()).isEqualTo(2);
        assertThat(f.highFindingApprovalRate()).isEqualTo(1.0);
        assertThat(f.highFindingsApprovedUnchanged()).isEqualTo(1);
        assertThat(f.draftEndNotSeen()).isEqualTo(1);
        assertThat(f.canaries().met()).isEqualTo(4);
        assertThat(f.canaries().caught()).isEqualTo(1);
        assertThat(f.canaries().catchRate()).isEqualTo(0.25);
        assertThat(f.canaries().interval95().low()).isCloseTo(0.046, within(0.001));
        assertThat(f.canaries().interval95().high()).isCloseTo(0.699, within(0.001));
        assertThat(f.flags())
                .containsExactly(
                        "caught 1 of 4 planted errors, under the clinic's 80%",
                        "median time on task 6.0 s, under the clinic's 20 s");
    }

    @Test
    void aCarefulReviewerIsNotFlaggedAndEmptyRatesStayEmpty() {
        Figures f = OversightReports.figures(
                "careful",
                List.of(decision("REJECT", 120_000L, null, 0, 0, null)),
                List.of(canary(CanaryOutcome.REJECTED)),
                CLINIC);
        assertThat(f.flags()).isEmpty();
        assertThat(f.uneditedApprovalRate()).as("no draft was compared").isNull();
        assertThat(f.highFindingApprovalRate()).isNull();
        assertThat(f.canaries().catchRate()).isEqualTo(1.0);

        Figures none = OversightReports.figures("new", List.of(), List.of(), CLINIC);
        assertThat(none.medianTimeOnTaskMs()).isNull();
        assertThat(none.canaries().catchRate()).isNull();
        assertThat(none.flags()).isEmpty();
    }

    @Test
    void theWilsonIntervalOfNoTrialsIsEverything() {
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0, 1));
        WilsonInterval allCaught = WilsonInterval.of(10, 10);
        assertThat(allCaught.high()).isCloseTo(1.0, within(1e-9));
        assertThat(allCaught.low()).isCloseTo(0.722, within(0.001));
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(OversightCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(OversightCsv.cell("-1.5")).isEqualTo("-1.5");
        assertThat(OversightCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(OversightCsv.cell("@carter")).isEqualTo("'@carter");
    }
}
