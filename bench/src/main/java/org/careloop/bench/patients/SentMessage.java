package org.careloop.bench.patients;

import org.careloop.bench.load.MessageKind;

/**
 * A message careloop accepted: its id, who sent it, its kind, and the client's clock (nanoseconds since the run's
 * start) when the 202 came back.
 */
public record SentMessage(String id, String patient, MessageKind kind, long acceptedAtNanos) {}
