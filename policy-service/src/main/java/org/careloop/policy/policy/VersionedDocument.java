package org.careloop.policy.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Reads only the {@code version} of a catalogue. */
@JsonIgnoreProperties(ignoreUnknown = true)
record VersionedDocument(String version) {}
