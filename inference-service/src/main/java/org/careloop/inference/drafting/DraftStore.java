package org.careloop.inference.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Short transactions around the draft table; never held open across a model call. */
@ApplicationScoped
public class DraftStore {

    @Transactional
    public Optional<Draft> findByIdempotencyKey(String key) {
        return Draft.findByIdempotencyKey(key);
    }

    @Transactional
    public void insert(Draft draft) {
        draft.persistAndFlush();
    }
}
