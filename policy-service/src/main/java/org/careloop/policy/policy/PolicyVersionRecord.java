package org.careloop.policy.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A policy version this service has run with, and the versions of its catalogues. */
@Entity
@Table(name = "policy_version")
public class PolicyVersionRecord extends PanacheEntityBase {

    @Id
    public String version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "catalogue_versions", nullable = false)
    public Map<String, String> catalogueVersions;

    @Column(name = "first_loaded_at", nullable = false)
    public OffsetDateTime firstLoadedAt;
}
