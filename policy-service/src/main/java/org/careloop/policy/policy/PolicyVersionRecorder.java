package org.careloop.policy.policy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Writes down, once, each policy version the service starts with, so that past answers can be traced. */
@ApplicationScoped
public class PolicyVersionRecorder {

    private static final Logger LOG = Logger.getLogger(PolicyVersionRecorder.class);

    @Transactional
    void onStart(@Observes StartupEvent event, CurrentPolicy policy) {
        if (PolicyVersionRecord.findById(policy.version()) == null) {
            PolicyVersionRecord record = new PolicyVersionRecord();
            record.version = policy.version();
            record.catalogueVersions = new LinkedHashMap<>(policy.catalogueVersions());
            record.firstLoadedAt = OffsetDateTime.now(ZoneOffset.UTC);
            record.persist();
        }
        LOG.infof("policy %s in force with catalogues %s", policy.version(), policy.catalogueVersions());
    }
}
