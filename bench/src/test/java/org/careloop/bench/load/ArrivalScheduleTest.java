package org.careloop.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void constantRateSpacesArrivalsEvenly() {
        ArrivalSchedule schedule = ArrivalSchedule.constant(20);

        assertThat(schedule.nextGapNanos()).isEqualTo(50_000_000L);
        assertThat(schedule.nextGapNanos()).isEqualTo(50_000_000L);
    }

    @Test
    void poissonArrivalsHaveTheRateAsTheirMeanAndVary() {
        ArrivalSchedule schedule = ArrivalSchedule.poisson(10, 7);
        int n = 100_000;
        double sum = 0;
        long below = 0;
        for (int i = 0; i < n; i++) {
            long gap = schedule.nextGapNanos();
            sum += gap;
            if (gap < 100_000_000L) {
                below++;
            }
        }

        assertThat(sum / n).isCloseTo(100_000_000.0, org.assertj.core.data.Percentage.withPercentage(2));
        // An exponential distribution puts 1 - 1/e (63 %) of its gaps below the mean.
        assertThat((double) below / n).isCloseTo(0.632, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theSameSeedGivesTheSameArrivals() {
        ArrivalSchedule a = ArrivalSchedule.poisson(5, 42);
        ArrivalSchedule b = ArrivalSchedule.poisson(5, 42);

        for (int i = 0; i < 10; i++) {
            assertThat(a.nextGapNanos()).isEqualTo(b.nextGapNanos());
        }
    }

    @Test
    void shouldRefuseARateOfZero() {
        assertThatThrownBy(() -> ArrivalSchedule.constant(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrivalSchedule.poisson(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openModelFiresOnScheduleWithoutWaitingForTheWork() {
        OpenModel open = new OpenModel(ArrivalSchedule.constant(1000), Duration.ofMillis(50), 0);
        long start = System.nanoTime();

        int fired = open.run(() -> {});

        assertThat(fired).isBetween(49, 51);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void openModelStopsAtTheMessageLimit() {
        OpenModel open = new OpenModel(ArrivalSchedule.constant(10_000), Duration.ofSeconds(10), 25);

        assertThat(open.run(() -> {})).isEqualTo(25);
    }
}
