/**
 * The KMS application: one package per subject ({@code article}, {@code search}, {@code identity},
 * {@code audit}) with its application services, infrastructure adapters and REST resources, plus
 * {@code platform} for what every subject shares (time, migrations, problem responses, health).
 */
package nl.gemeente.kms;
