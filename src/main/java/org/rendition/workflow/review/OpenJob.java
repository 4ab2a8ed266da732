package org.rendition.workflow.review;

import java.util.Map;

/**
 * An analyst's job on a document that is not yet approved: where further work on the document
 * belongs, so a supervisor who returned it sees the fixes in the same job.
 *
 * @param jobId the job
 * @param machineOutputs what the model produced for each segment, by index, for later edits to record
 */
public record OpenJob(String jobId, Map<Integer, String> machineOutputs) {
    public OpenJob {
        machineOutputs = Map.copyOf(machineOutputs);
    }
}
