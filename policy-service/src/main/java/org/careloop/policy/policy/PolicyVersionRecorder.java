package org.careloop.policy.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import org.jboss.logging.Logger;

/** Writes down, once, each policy version the service starts with, so that past answers can be traced. */
@ApplicationScoped
public class PolicyVersionRecorder {

    private static final Logger LOG = Logger.getLogger(PolicyVersionRecorder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Transactional
    void onStart(@Observes StartupEvent event, CurrentPolicy policy, EntityManager em) throws JsonProcessingException {
        // Several replicas may start at once: the first insert wins, the others change nothing.
        em.createNativeQuery("insert into policy_version (version, catalogue_versions, first_loaded_at) "
                        + "values (?1, cast(?2 as jsonb), ?3) on conflict (version) do nothing")
                .setParameter(1, policy.version())
                .setParameter(2, JSON.writeValueAsString(new LinkedHashMap<>(policy.catalogueVersions())))
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        LOG.infof("policy %s in force with catalogues %s", policy.version(), policy.catalogueVersions());
    }
}
