package org.careloop.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfOneToAThousandMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 1000; ms++) {
            latencies.recordMillis(ms);
        }

        Percentiles p = latencies.percentiles();

        assertThat(p.count()).isEqualTo(1000);
        // Three significant digits: values are exact to 0.1 %.
        assertThat(p.p50()).isCloseTo(500, offset(1.0));
        assertThat(p.p90()).isCloseTo(900, offset(1.0));
        assertThat(p.p99()).isCloseTo(990, offset(1.0));
        assertThat(p.max()).isCloseTo(1000, offset(1.0));
        assertThat(p.mean()).isCloseTo(500.5, offset(1.0));
    }

    @Test
    void nanosecondsAreReadAsMilliseconds() {
        Latencies latencies = new Latencies();
        latencies.recordNanos(12_345_000);

        assertThat(latencies.percentiles().p50()).isCloseTo(12.345, offset(0.02));
    }

    @Test
    void noValuesGiveEmptyFigures() {
        Latencies latencies = new Latencies();

        assertThat(latencies.percentiles()).isEqualTo(Percentiles.EMPTY);
        assertThat(latencies.curve()).isEmpty();
        assertThat(latencies.bins(10).counts()).isEmpty();
    }

    @Test
    void binsCountEveryValueOnce() {
        Latencies latencies = new Latencies();
        for (int ms = 0; ms < 100; ms++) {
            latencies.recordMillis(ms);
        }
        latencies.recordMillis(5_000); // a far outlier lands in the last bin

        Latencies.Histogram1D bins = latencies.bins(10);
        long total = 0;
        for (long c : bins.counts()) {
            total += c;
        }

        assertThat(bins.counts()).hasSize(10);
        assertThat(total).isEqualTo(101);
        assertThat(bins.counts()[9]).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theCurveRisesToTheMaximum() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.recordMillis(ms);
        }

        List<double[]> curve = latencies.curve();

        assertThat(curve.get(0)[0]).isZero();
        assertThat(curve.get(curve.size() - 1)[1]).isCloseTo(100, offset(0.5));
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i)[1]).isGreaterThanOrEqualTo(curve.get(i - 1)[1]);
        }
    }

    @Test
    void perSecondCountsFillTheSecondsWithoutEvents() {
        PerSecond perSecond = new PerSecond();
        perSecond.count(10);
        perSecond.count(999);
        perSecond.count(2_500);

        assertThat(perSecond.series()).containsExactly(2L, 0L, 1L);
        assertThat(perSecond.total()).isEqualTo(3);
    }
}
