package org.careloop.policy.deid;

import java.util.List;

public record DeidResult(String deidentifiedText, List<DeidEntity> entities) {}
