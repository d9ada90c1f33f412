package nl.gemeente.kms.exchange.application;

import nl.gemeente.kms.exchange.format.ExchangeFormat;
import nl.gemeente.kms.workflow.VersionState;

/**
 * An administrator's import as asked for.
 *
 * @param department the department question-answer records are filed under (they name none)
 * @param target PUBLISHED for a migration of reviewed content, DRAFT to have editors review it
 * @param dryRun only validate and report
 * @param fileName the name the report uses for the upload
 */
public record ImportRequest(ExchangeFormat format, String department, VersionState target, boolean dryRun, String fileName) {}
