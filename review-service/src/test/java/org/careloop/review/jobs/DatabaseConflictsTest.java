package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class DatabaseConflictsTest {

    @Test
    void aDeadlockOrSerialisationFailureAnywhereInTheCauseChainIsAConflict() {
        SQLException deadlock = new SQLException("ERROR: deadlock detected", "40P01");
        assertThat(DatabaseConflicts.isConflict(
                        new ProcessEngineException("flush failed", new PersistenceException(deadlock))))
                .isTrue();
        assertThat(DatabaseConflicts.isConflict(new SQLException("could not serialize access", "40001")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseConflicts.isConflict(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseConflicts.isConflict(new IllegalStateException("release refused")))
                .isFalse();
        assertThat(DatabaseConflicts.isConflict(null)).isFalse();
    }

    @Test
    void onlyTheFirstConflictInARowIsFree() {
        assertThat(DatabaseConflicts.triedAgainBefore(null)).isFalse();
        assertThat(DatabaseConflicts.triedAgainBefore("ERROR: deadlock detected"))
                .isFalse();
        assertThat(DatabaseConflicts.triedAgainBefore(DatabaseConflicts.MARKER + "ERROR: deadlock detected"))
                .isTrue();
    }
}
