package org.careloop.review.admin;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;

/** The business key (the message id) of each running process instance named, in one query. */
final class BusinessKeys {

    private BusinessKeys() {}

    static Map<String, String> of(RuntimeService runtimeService, Collection<String> processInstanceIds) {
        Set<String> ids = processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceIds(ids)
                    .list()
                    .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
        }
        return keys;
    }
}
